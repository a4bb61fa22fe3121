/**
 * fast-check arbitraries of games, for subgame's own tests and for users' property tests of their models:
 * random trees (players, depth, branching, chance, information sets with perfect recall), random bimatrix
 * and n-player strategic games, and deliberately degenerate games (ties, repeated payoffs, duplicate
 * strategies).
 * @remarks Since 0.1.0
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { type NodeSpec, buildTree, chance, decision, terminal } from '../game/builder.js';
import { strategicGame } from '../game/strategic.js';
import type { ExtensiveGame, StrategicGame } from '../game/types.js';
import { type Rational, rat } from '../numeric/rational.js';

/** Constraints of {@link arbTree}. */
export type TreeConstraints = {
  /** number of players; default 2 */
  readonly players?: number;
  /** maximum depth (edges from root to leaf); default 3 */
  readonly maxDepth?: number;
  /** maximum number of actions at a node; default 3 */
  readonly maxBranching?: number;
  /** whether chance nodes may appear; default true */
  readonly chance?: boolean;
  /**
   * whether information sets may contain several nodes (default true). Information sets are formed with
   * perfect recall: a player's nodes are merged only when they share the player's own history (own earlier
   * information sets and actions) and sit at the same depth.
   */
  readonly imperfectInformation?: boolean;
  /** payoffs are integers in [-payoffRange, payoffRange]; default 5 */
  readonly payoffRange?: number;
};

/** @internal a tree shape before information sets are assigned */
type Shape =
  | { readonly t: 'leaf'; readonly pay: readonly number[] }
  | { readonly t: 'chance'; readonly w: readonly number[]; readonly kids: readonly Shape[] }
  | { readonly t: 'move'; readonly player: number; readonly merge: number; readonly kids: readonly Shape[] };

function arbShape(c: Required<TreeConstraints>, depth: number): Arbitrary<Shape> {
  const leaf = fc
    .array(fc.integer({ min: -c.payoffRange, max: c.payoffRange }), { minLength: c.players, maxLength: c.players })
    .map((pay): Shape => ({ t: 'leaf', pay }));
  if (depth >= c.maxDepth) return leaf;
  const kids = (n: number) => fc.array(arbShape(c, depth + 1), { minLength: n, maxLength: n });
  const move = fc
    .record({
      player: fc.integer({ min: 0, max: c.players - 1 }),
      merge: fc.integer({ min: 0, max: c.imperfectInformation ? 2 : 0 }),
      n: fc.integer({ min: 2, max: Math.max(2, c.maxBranching) }),
    })
    .chain(({ player, merge, n }) => kids(n).map((k): Shape => ({ t: 'move', player, merge, kids: k })));
  const options: { weight: number; arbitrary: Arbitrary<Shape> }[] = [
    { weight: depth === 0 ? 0 : 1, arbitrary: leaf },
    { weight: 3, arbitrary: move },
  ];
  if (c.chance) {
    const ch = fc
      .integer({ min: 2, max: Math.max(2, c.maxBranching) })
      .chain((n) =>
        fc
          .tuple(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }), kids(n))
          .map(([w, k]): Shape => ({ t: 'chance', w, kids: k })),
      );
    options.push({ weight: 1, arbitrary: ch });
  }
  return fc.oneof(...options);
}

/**
 * Assigns information sets with perfect recall: a node of player p joins an information set keyed by
 * (p's own history of information sets and actions, depth, number of actions, merge class). Nodes in one
 * such set share p's entire own history, so p never forgets what it knew or did.
 */
function shapeToSpec(shape: Shape, players: readonly string[]): NodeSpec<Rational> {
  let singleton = 0;
  const walk = (s: Shape, depth: number, own: readonly string[][]): NodeSpec<Rational> => {
    if (s.t === 'leaf') return terminal(s.pay.map((x) => rat(x)));
    if (s.t === 'chance') {
      const total = s.w.reduce((a, b) => a + b, 0);
      return chance(s.kids.map((k, i) => [`c${i}`, rat(s.w[i] as number, total), walk(k, depth + 1, own)] as const));
    }
    const hist = own[s.player] as string[];
    const key = s.merge === 0 ? `solo${singleton++}` : `${depth}|${s.kids.length}|${s.merge}|${hist.join('/')}`;
    return decision(
      s.player,
      s.kids.map((k, i) => {
        const nextOwn = own.map((h, p) => (p === s.player ? [...h, `${key}:${i}`] : h));
        return [`a${i}`, walk(k, depth + 1, nextOwn)] as const;
      }),
      s.merge === 0 ? {} : { infoset: key },
    );
  };
  return walk(
    shape,
    0,
    players.map(() => []),
  );
}

/**
 * Random extensive-form games with perfect recall.
 * @remarks Since 0.1.0
 */
export function arbTree(constraints: TreeConstraints = {}): Arbitrary<ExtensiveGame> {
  const c: Required<TreeConstraints> = {
    players: constraints.players ?? 2,
    maxDepth: constraints.maxDepth ?? 3,
    maxBranching: constraints.maxBranching ?? 3,
    chance: constraints.chance ?? true,
    imperfectInformation: constraints.imperfectInformation ?? true,
    payoffRange: constraints.payoffRange ?? 5,
  };
  const players = Array.from({ length: c.players }, (_, i) => `P${i + 1}`);
  return arbShape(c, 0).map((shape) => buildTree({ players, root: shapeToSpec(shape, players) }));
}

/**
 * Random perfect-information trees (every information set a singleton), with optional chance.
 * @remarks Since 0.1.0
 */
export function arbPerfectInformationTree(
  constraints: Omit<TreeConstraints, 'imperfectInformation'> = {},
): Arbitrary<ExtensiveGame> {
  return arbTree({ ...constraints, imperfectInformation: false });
}

/** Constraints of {@link arbStrategicGame}. */
export type StrategicConstraints = {
  /** number of players; default 2 */
  readonly players?: number;
  /** minimum strategies per player; default 1 */
  readonly minStrategies?: number;
  /** maximum strategies per player; default 4 */
  readonly maxStrategies?: number;
  /** payoffs are integers in [-payoffRange, payoffRange]; default 9 */
  readonly payoffRange?: number;
};

/**
 * Random n-player strategic games with integer payoffs.
 * @remarks Since 0.1.0
 */
export function arbStrategicGame(constraints: StrategicConstraints = {}): Arbitrary<StrategicGame> {
  const n = constraints.players ?? 2;
  const range = constraints.payoffRange ?? 9;
  return fc
    .array(fc.integer({ min: constraints.minStrategies ?? 1, max: constraints.maxStrategies ?? 4 }), {
      minLength: n,
      maxLength: n,
    })
    .chain((counts) => {
      const size = counts.reduce((a, b) => a * b, 1);
      return fc
        .array(fc.array(fc.integer({ min: -range, max: range }), { minLength: n, maxLength: n }), {
          minLength: size,
          maxLength: size,
        })
        .map((payoffs) => strategicGame({ players: counts.map((_, i) => `P${i + 1}`), strategies: counts, payoffs }));
    });
}

/**
 * Random bimatrix (two-player strategic) games.
 * @remarks Since 0.1.0
 */
export function arbBimatrix(constraints: Omit<StrategicConstraints, 'players'> = {}): Arbitrary<StrategicGame> {
  return arbStrategicGame({ ...constraints, players: 2, minStrategies: constraints.minStrategies ?? 2 });
}

/**
 * Deliberately degenerate bimatrix games: payoffs from a tiny set (many ties), duplicated strategies and
 * constant rows/columns — the cases that break naive support enumeration and Lemke–Howson.
 * @remarks Since 0.1.0
 */
export function arbDegenerateBimatrix(constraints: { readonly maxStrategies?: number } = {}): Arbitrary<StrategicGame> {
  const max = constraints.maxStrategies ?? 4;
  return fc
    .record({
      m: fc.integer({ min: 2, max }),
      n: fc.integer({ min: 2, max }),
      duplicateRow: fc.boolean(),
      constantColumn: fc.boolean(),
    })
    .chain(({ m, n, duplicateRow, constantColumn }) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), {
          minLength: m * n,
          maxLength: m * n,
        })
        .map((cells) => {
          const at = (i: number, j: number): [number, number] => {
            const ii = duplicateRow && i === m - 1 ? 0 : i;
            const cell = cells[ii * n + j] as [number, number];
            return constantColumn && j === 0 ? [cell[0], 1] : cell;
          };
          return strategicGame({
            title: 'degenerate',
            players: ['1', '2'],
            strategies: [m, n],
            payoffs: ([i, j]) => at(i as number, j as number),
          });
        }),
    );
}
