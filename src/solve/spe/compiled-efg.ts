/**
 * Streams a compiled tree as a Gambit `.efg` file (format: Gambit's `doc/formats.efg.rst`; layout as
 * Gambit's own writer, one node per line in preorder), in chunks, so that trees of 10^7 nodes can be
 * written without building the text or a game object. Other tools (Gambit's command-line solvers) can then
 * be given the same games as the benchmark.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../../game/errors.js';
import { Fraction, formatRational } from '../../numeric/rational.js';
import { type CompiledTree, TERMINAL_MOVER, chanceIndexOf, payoffBig } from './compiled-tree.js';

/** Options of {@link writeCompiledEfg}. */
export type CompiledEfgOptions = {
  readonly title?: string;
  /** player names; default `"1"`, `"2"`, … */
  readonly players?: readonly string[];
  /** characters per chunk handed to the sink; default 65 536 */
  readonly chunkSize?: number;
};

/**
 * Writes the tree in preorder, calling `sink` with consecutive chunks of the file's text. Personal
 * information sets are numbered per player and chance sets globally, 1, 2, … in preorder; actions are
 * labelled `a1`, `a2`, … (chance: `c1`, …); each outcome is described at its first use only.
 * @throws InvalidArgumentError if the tree shares subtrees or has non-common priors (not expressible in `.efg`)
 * @remarks Since 0.1.0
 */
export function writeCompiledEfg(
  tree: CompiledTree,
  sink: (chunk: string) => void,
  options: CompiledEfgOptions = {},
): void {
  if (!tree.isTree) throw new InvalidArgumentError('writeCompiledEfg(): the compiled tree shares subtrees');
  if (tree.chance.some((c) => c.beliefs !== undefined)) {
    throw new InvalidArgumentError('writeCompiledEfg(): non-common priors cannot be written to .efg');
  }
  const np = tree.playerCount;
  const players = options.players ?? Array.from({ length: np }, (_, p) => String(p + 1));
  const chunk = options.chunkSize ?? 65_536;
  const q = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  let buf = `EFG 2 R ${q(options.title ?? '')} { ${players.map(q).join(' ')} }\n""\n\n`;
  const emit = (line: string): void => {
    buf += line;
    if (buf.length >= chunk) {
      sink(buf);
      buf = '';
    }
  };
  const scales = tree.payoffs.scale;
  const written = new Uint8Array(tree.payoffs.outcomeCount);
  const outcomeText = (v: number): string => {
    const o = tree.outcome[v] as number;
    if (o < 0) return '0';
    if (written[o] === 1) return String(o + 1);
    written[o] = 1;
    const pays: string[] = [];
    for (let p = 0; p < np; p++) {
      pays.push(formatRational(new Fraction(payoffBig(tree.payoffs, np, o, p), scales[p] as bigint)));
    }
    return `${o + 1} "" { ${pays.join(', ')} }`;
  };
  const labels = (k: number, prefix: string): string[] => Array.from({ length: k }, (_, a) => q(`${prefix}${a + 1}`));
  const perPlayer = new Array<number>(np).fill(0);
  let chanceSets = 0;
  const stack = [tree.nodeCount - 1];
  while (stack.length > 0) {
    const v = stack.pop() as number;
    const m = tree.mover[v] as number;
    const s = tree.childStart[v] as number;
    const e = tree.childStart[v + 1] as number;
    if (m === TERMINAL_MOVER) emit(`t "" ${outcomeText(v)}\n`);
    else if (m >= 0) {
      perPlayer[m] = (perPlayer[m] as number) + 1;
      emit(`p "" ${m + 1} ${perPlayer[m]} "" { ${labels(e - s, 'a').join(' ')} } ${outcomeText(v)}\n`);
    } else {
      const dist = tree.chance[chanceIndexOf(m)];
      if (dist === undefined)
        throw new InvalidArgumentError(`writeCompiledEfg(): node ${v} has no chance distribution`);
      chanceSets += 1;
      const acts = labels(e - s, 'c').map((l, a) => `${l} ${formatRational(dist.probs[a] ?? new Fraction(0))}`);
      emit(`c "" ${chanceSets} "" { ${acts.join(' ')} } ${outcomeText(v)}\n`);
    }
    for (let i = e - 1; i >= s; i--) stack.push(tree.children[i] as number);
  }
  if (buf.length > 0) sink(buf);
}
