/**
 * Test-local helpers for the SPE / enumpure tests: a seeded generator of small perfect-information trees
 * with chance, non-common priors and nonterminal outcomes; a tree rebuilder that permutes actions and
 * players or transforms payoffs; brute force over all pure behaviour profiles; profile keys.
 */
import fc from 'fast-check';
import {
  type BehaviorProfile,
  type ExtensiveGame,
  type NodeSpec,
  type TreeNode,
  agentProfileCount,
  buildTree,
  chance,
  decision,
  terminal,
} from '../../src/game/index.js';
import { type Rational, formatRational, rat } from '../../src/numeric/index.js';
import { mulberry32 as prng } from '../../src/numeric/random.js';

export { prng };

const int = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

function distribution(rnd: () => number, k: number): Rational[] {
  const w = Array.from({ length: k }, () => int(rnd, 0, 3));
  if (!w.some((x) => x !== 0)) w[0] = 1;
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => rat(x, total));
}

/** Options of {@link randomPiGame}. */
export type PiGameOptions = {
  readonly players?: number;
  readonly maxDepth?: number;
  readonly maxBranching?: number;
  /** payoffs in [-range, range]: small ranges give many ties */
  readonly range?: number;
  readonly chance?: boolean;
  readonly nonCommonPriors?: boolean;
  /** outcomes on inner nodes */
  readonly innerOutcomes?: boolean;
};

/** A random perfect-information tree from a seed. */
export function randomPiGame(seed: number, o: PiGameOptions = {}): ExtensiveGame {
  const rnd = prng(seed);
  const n = o.players ?? 2;
  const range = o.range ?? 2;
  const players = Array.from({ length: n }, (_, i) => `P${i + 1}`);
  const pays = () => Array.from({ length: n }, () => int(rnd, -range, range));
  const walk = (depth: number): NodeSpec => {
    if (depth >= (o.maxDepth ?? 3) || (depth > 0 && rnd() < 0.3)) return terminal(pays());
    const k = int(rnd, 2, o.maxBranching ?? 2);
    const kids = Array.from({ length: k }, () => walk(depth + 1));
    const extra = o.innerOutcomes === true && rnd() < 0.3 ? { payoffs: pays() } : {};
    if (o.chance !== false && rnd() < 0.25) {
      const probs = distribution(rnd, k);
      const beliefs =
        o.nonCommonPriors === true
          ? { beliefs: Object.fromEntries(players.map((p) => [p, distribution(rnd, k)])) }
          : {};
      return chance(
        kids.map((c, a) => [`c${a}`, probs[a] as Rational, c] as const),
        { ...extra, ...beliefs },
      );
    }
    return decision(
      int(rnd, 0, n - 1),
      kids.map((c, a) => [`a${a}`, c] as const),
      extra,
    );
  };
  return buildTree({ players, root: walk(0) });
}

/** Seeds whose games have at most `maxProfiles` pure behaviour profiles. */
export const arbSmallPiGame = (o: PiGameOptions = {}, maxProfiles = 3000): fc.Arbitrary<ExtensiveGame> =>
  fc
    .integer({ min: 0, max: 0x7fffffff })
    .map((seed) => randomPiGame(seed, o))
    .filter((g) => agentProfileCount(g) <= BigInt(maxProfiles));

/** How {@link rebuild} transforms a tree. */
export type Transform = {
  /** per node id: the new order of its children (`perm[i]` = old action at new position `i`) */
  readonly actionPerm?: (node: TreeNode) => readonly number[];
  /** `playerPerm[oldPlayer]` = new player index */
  readonly playerPerm?: readonly number[];
  /** per old player: payoff ↦ a·payoff + b (a > 0), applied to every outcome */
  readonly affine?: readonly (readonly [Rational, Rational])[];
};

/**
 * Rebuilds a tree (outcomes on any node, chance, priors) with actions and players permuted and payoffs
 * transformed. Nonterminal outcomes get `a·x` (the shift `b` goes on terminal nodes, along every path once).
 */
export function rebuild(game: ExtensiveGame, t: Transform): ExtensiveGame {
  const np = game.players.length;
  const pp = t.playerPerm ?? game.players.map((_, p) => p);
  const names = new Array<string>(np);
  pp.forEach((q, p) => {
    names[q] = game.players[p] as string;
  });
  const mapPay = (node: TreeNode): Rational[] | null => {
    const base = node.outcome === null ? null : (game.outcomes[node.outcome]?.payoffs ?? null);
    if (base === null && (node.type !== 'terminal' || t.affine === undefined)) return null;
    const out = new Array<Rational>(np);
    for (let p = 0; p < np; p++) {
      const [a, b] = t.affine?.[p] ?? [rat(1), rat(0)];
      const x = base?.[p] ?? rat(0);
      out[pp[p] as number] = node.type === 'terminal' ? a.mul(x).add(b) : a.mul(x);
    }
    return out;
  };
  const walk = (node: TreeNode): NodeSpec => {
    const pay = mapPay(node);
    if (node.type === 'terminal') return terminal(pay);
    const order = t.actionPerm?.(node) ?? node.children.map((_, a) => a);
    const extra = pay === null ? {} : { payoffs: pay };
    if (node.type === 'chance') {
      const c = game.chanceInfosets[node.infoset as number];
      const beliefs =
        c?.beliefs === undefined
          ? {}
          : {
              beliefs: Object.fromEntries(
                c.beliefs.map((b, p) => [names[pp[p] as number] as string, order.map((a) => b[a] as Rational)]),
              ),
            };
      return chance(
        order.map(
          (a) =>
            [
              c?.actions[a] ?? `c${a}`,
              c?.probs[a] as Rational,
              walk(game.nodes[node.children[a] as number] as TreeNode),
            ] as const,
        ),
        { ...extra, ...beliefs },
      );
    }
    const info = game.infosets[node.infoset as number];
    return decision(
      pp[node.player as number] as number,
      order.map(
        (a) => [info?.actions[a] ?? `a${a}`, walk(game.nodes[node.children[a] as number] as TreeNode)] as const,
      ),
      extra,
    );
  };
  return buildTree({ players: names, root: walk(game.nodes[0] as TreeNode) });
}

/** All pure behaviour profiles (action index per information set). */
export function* allPureBehaviors(game: ExtensiveGame): Generator<number[]> {
  const k = game.infosets.map((s) => s.actions.length);
  const cur = k.map(() => 0);
  for (;;) {
    yield [...cur];
    let i = 0;
    while (i < k.length && (cur[i] = (cur[i] as number) + 1) === k[i]) {
      cur[i] = 0;
      i += 1;
    }
    if (i === k.length) return;
  }
}

/** The pure action indices of a degenerate behaviour profile. */
export function pureOf(profile: BehaviorProfile): number[] {
  return profile.map((v) => v.findIndex((x) => x.n === 1n && x.d === 1n));
}

/** A key for a profile (mixed or behaviour): its probabilities as text. */
export const profileKey = (profile: readonly (readonly Rational[])[]): string =>
  profile.map((v) => v.map(formatRational).join(',')).join('|');

/** Sorted keys of a list of profiles. */
export const keySet = (profiles: readonly (readonly (readonly Rational[])[])[]): string[] =>
  profiles.map(profileKey).sort();

/** Maps a pure behaviour of `game` to the corresponding one of `rebuild(game, t)` (walking both trees). */
export function mapPure(game: ExtensiveGame, rebuilt: ExtensiveGame, t: Transform, pure: readonly number[]): number[] {
  const out = new Array<number>(rebuilt.infosets.length).fill(-1);
  const walk = (o: TreeNode, n: TreeNode): void => {
    const order = t.actionPerm?.(o) ?? o.children.map((_, a) => a);
    if (o.type === 'personal') out[n.infoset as number] = order.indexOf(pure[o.infoset as number] as number);
    order.forEach((a, i) =>
      walk(game.nodes[o.children[a] as number] as TreeNode, rebuilt.nodes[n.children[i] as number] as TreeNode),
    );
  };
  walk(game.nodes[0] as TreeNode, rebuilt.nodes[0] as TreeNode);
  return out;
}
