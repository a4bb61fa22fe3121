/**
 * Test-local generators of small random games and profiles for the checker's property tests (kept local so
 * the checker's tests do not depend on other areas' generators). Seed-based: fast-check draws a seed and a
 * small PRNG (mulberry32) builds the game, so every failure is reproducible from its seed.
 */
import fc from 'fast-check';
import {
  type ExtensiveGame,
  type NodeSpec,
  type StrategicGame,
  buildTree,
  chance,
  decision,
  strategicGame,
  terminal,
} from '../../src/game/index.js';
import { type Rational, rat } from '../../src/numeric/index.js';
import { mulberry32 as prng } from '../../src/numeric/random.js';

export { prng };

const int = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** A random probability vector of `k` entries with small denominators; zeros allowed unless `positive`. */
export function randomDistribution(rnd: () => number, k: number, positive = false): Rational[] {
  const w: number[] = Array.from({ length: k }, () => int(rnd, positive ? 1 : 0, 3));
  if (!w.some((x) => x > 0)) w[int(rnd, 0, k - 1)] = 1;
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => rat(x, total));
}

export type TreeGenOptions = {
  readonly players?: number;
  readonly maxDepth?: number;
  readonly maxBranching?: number;
  readonly chance?: boolean;
  /** 'none': perfect information; 'recall': merged information sets with perfect recall; 'any': may forget */
  readonly information?: 'none' | 'recall' | 'any';
  readonly nonCommonPriors?: boolean;
  /** outcomes on nonterminal nodes, and terminals without outcome */
  readonly looseOutcomes?: boolean;
};

type Shape =
  | { kind: 'terminal'; payoffs: number[] | null }
  | { kind: 'decision'; player: number; children: Shape[]; payoffs: number[] | null; depth: number; infoset?: string }
  | { kind: 'chance'; probs: Rational[]; beliefs: Rational[][] | null; children: Shape[]; payoffs: number[] | null };

/** A random tree from a seed. */
export function randomTree(seed: number, options: TreeGenOptions = {}): ExtensiveGame {
  const rnd = prng(seed);
  const n = options.players ?? 2;
  const maxDepth = options.maxDepth ?? 3;
  const maxBranching = options.maxBranching ?? 2;
  const payoffs = () => Array.from({ length: n }, () => int(rnd, -3, 3));
  const loose = options.looseOutcomes ?? true;
  const shape = (depth: number): Shape => {
    const stop = depth >= maxDepth || (depth > 0 && rnd() < 0.25);
    if (stop) return { kind: 'terminal', payoffs: loose && rnd() < 0.1 ? null : payoffs() };
    const k = int(rnd, 2, maxBranching);
    const children = Array.from({ length: k }, () => shape(depth + 1));
    const own = loose && rnd() < 0.2 ? payoffs() : null;
    if (options.chance !== false && rnd() < 0.2) {
      const probs = randomDistribution(rnd, k);
      const beliefs =
        options.nonCommonPriors === true ? Array.from({ length: n }, () => randomDistribution(rnd, k)) : null;
      return { kind: 'chance', probs, beliefs, children, payoffs: own };
    }
    return { kind: 'decision', player: int(rnd, 0, n - 1), children, payoffs: own, depth };
  };
  const root = shape(0);
  // Information sets, top-down: a node joins an existing set of the same player, action count and depth
  // (never an ancestor), and, for perfect recall, the same own history.
  const groups = new Map<string, string[]>();
  let next = 0;
  const assign = (s: Shape, hist: readonly string[]): void => {
    if (s.kind === 'terminal') return;
    if (s.kind === 'decision') {
      const mode = options.information ?? 'recall';
      const key = `${s.player}|${s.children.length}|${s.depth}|${mode === 'recall' ? (hist[s.player] ?? '') : ''}`;
      const names = groups.get(key) ?? [];
      if (mode !== 'none' && names.length > 0 && rnd() < 0.6)
        s.infoset = names[int(rnd, 0, names.length - 1)] as string;
      else {
        s.infoset = `i${next++}`;
        groups.set(key, [...names, s.infoset]);
      }
      s.children.forEach((c, a) => {
        const h = [...hist];
        h[s.player] = `${h[s.player] ?? ''}${s.infoset}:${a};`;
        assign(c, h);
      });
    } else s.children.forEach((c) => assign(c, hist));
  };
  assign(root, []);
  const players = Array.from({ length: n }, (_, i) => `P${i + 1}`);
  const spec = (s: Shape): NodeSpec => {
    if (s.kind === 'terminal') return terminal(s.payoffs);
    const opts = s.payoffs === null ? {} : { payoffs: s.payoffs };
    if (s.kind === 'decision') {
      return decision(
        s.player,
        s.children.map((c, a) => [`a${a}`, spec(c)] as const),
        { ...opts, infoset: s.infoset as string },
      );
    }
    const beliefs =
      s.beliefs === null ? {} : { beliefs: Object.fromEntries(s.beliefs.map((b, p) => [players[p] as string, b])) };
    return chance(
      s.children.map((c, a) => [`c${a}`, s.probs[a] as Rational, spec(c)] as const),
      { ...opts, ...beliefs },
    );
  };
  return buildTree({ players, root: spec(root) });
}

/** A random behaviour profile of a tree from a seed. */
export function randomBehavior(game: ExtensiveGame, seed: number, positive = false): Rational[][] {
  const rnd = prng(seed);
  return game.infosets.map((info) => randomDistribution(rnd, info.actions.length, positive));
}

/** A random n-player strategic game with small integer payoffs. */
export function randomStrategic(seed: number, counts: readonly number[]): StrategicGame {
  const rnd = prng(seed);
  return strategicGame({
    players: counts.map((_, i) => `P${i + 1}`),
    strategies: [...counts],
    payoffs: () => counts.map(() => int(rnd, -4, 4)),
  });
}

/** Arbitrary seed. */
export const arbSeed: fc.Arbitrary<number> = fc.integer({ min: 0, max: 0x7fffffff });
