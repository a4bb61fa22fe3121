/**
 * Test-local helpers for the game tests: small hand-built trees from the literature, a random tree
 * generator that also produces imperfect recall (src/testing's `arbTree` only makes perfect-recall trees),
 * and a tiny independent evaluator of pure behaviour profiles.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import {
  type ChanceInfosetId,
  type ExtensiveGame,
  type InfosetId,
  type NodeSpec,
  type PureBehavior,
  type TreeNode,
  accumulatedPayoffs,
  buildTree,
  chance,
  decision,
  terminal,
} from '../../src/game/index.js';
import { type Rational, ZERO, formatRational, rat } from '../../src/numeric/index.js';

/** Selten (1975), Figure 2 (Gambit `catalog/selten1975/fig2`, `e02.efg`). */
export function seltenFig2(): ExtensiveGame {
  return buildTree({
    players: ['Player 1', 'Player 2'],
    root: decision(
      'Player 1',
      [
        ['R', terminal([1, 1])],
        [
          'L',
          decision('Player 2', [
            ['R', terminal([0, 2])],
            [
              'L',
              decision('Player 1', [
                ['r', terminal([0, 3])],
                ['l', terminal([2, 0])],
              ]),
            ],
          ]),
        ],
      ],
      { infoset: 'P1a' },
    ),
  });
}

/** Stripped-down poker (Reiley et al. 2008; Gambit `tests/stripped_down_poker.efg`). */
export function strippedPoker(): ExtensiveGame {
  const bob = (call: number) =>
    decision(
      'Bob',
      [
        ['Call', terminal([call, -call])],
        ['Fold', terminal([1, -1])],
      ],
      { infoset: "Bob's response" },
    );
  return buildTree({
    players: ['Alice', 'Bob'],
    root: chance([
      [
        'King',
        '1/2',
        decision(
          'Alice',
          [
            ['Bet', bob(2)],
            ['Fold', terminal([-1, 1])],
          ],
          { infoset: 'Alice has King' },
        ),
      ],
      [
        'Queen',
        '1/2',
        decision(
          'Alice',
          [
            ['Bet', bob(-2)],
            ['Fold', terminal([-1, 1])],
          ],
          { infoset: 'Alice has Queen' },
        ),
      ],
    ]),
  });
}

/** Formats a vector of rationals. */
export const fmt = (v: readonly Rational[]): string[] => v.map(formatRational);

/**
 * Independent evaluation of a pure behaviour profile: a recursive walk, chance as `player` believes it.
 */
export function playPure(game: ExtensiveGame, pure: PureBehavior, player: number): Rational {
  const acc = accumulatedPayoffs(game);
  const go = (id: number): Rational => {
    const node = game.nodes[id] as TreeNode;
    if (node.type === 'terminal') return (acc[id] as Rational[])[player] as Rational;
    if (node.type === 'personal') return go(node.children[pure[node.infoset as InfosetId] as number] as number);
    const c = game.chanceInfosets[node.infoset as ChanceInfosetId];
    const probs = c?.beliefs?.[player] ?? c?.probs ?? [];
    return node.children.reduce((s, child, a) => s.add((probs[a] as Rational).mul(go(child))), ZERO);
  };
  return go(0);
}

type Shape =
  | { readonly t: 'leaf'; readonly pay: readonly number[] }
  | { readonly t: 'chance'; readonly w: readonly number[]; readonly belief: number; readonly kids: readonly Shape[] }
  | { readonly t: 'move'; readonly player: number; readonly cls: number; readonly kids: readonly Shape[] };

function arbShape(players: number, depth: number, maxDepth: number, withChance: boolean): Arbitrary<Shape> {
  const leaf = fc
    .array(fc.integer({ min: -4, max: 4 }), { minLength: players, maxLength: players })
    .map((pay): Shape => ({ t: 'leaf', pay }));
  if (depth >= maxDepth) return leaf;
  const kids = (n: number) =>
    fc.array(arbShape(players, depth + 1, maxDepth, withChance), { minLength: n, maxLength: n });
  const move = fc
    .record({
      player: fc.integer({ min: 0, max: players - 1 }),
      cls: fc.integer({ min: 0, max: 1 }),
      n: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ player, cls, n }) => kids(n).map((k): Shape => ({ t: 'move', player, cls, kids: k })));
  const options: { weight: number; arbitrary: Arbitrary<Shape> }[] = [
    { weight: depth === 0 ? 0 : 1, arbitrary: leaf },
    { weight: 3, arbitrary: move },
  ];
  if (withChance) {
    options.push({
      weight: 1,
      arbitrary: fc.integer({ min: 2, max: 3 }).chain((n) =>
        fc
          .tuple(
            fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
            fc.integer({ min: 0, max: 3 }),
            kids(n),
          )
          .map(
            ([w, belief, k]): Shape => ({
              t: 'chance',
              w: w.every((x) => x === 0) ? w.map(() => 1) : w,
              belief,
              kids: k,
            }),
          ),
      ),
    });
  }
  return fc.oneof(...options);
}

/**
 * Random small trees whose information sets merge nodes of one player with the same number of actions and
 * the same (random) class, anywhere in the tree: imperfect recall and absent-mindedness happen. Chance
 * nodes sometimes carry a non-common prior for player 1 (`beliefs`), and may have zero-probability moves.
 */
export function arbAnyTree(
  options: { players?: number; maxDepth?: number; chance?: boolean } = {},
): Arbitrary<ExtensiveGame> {
  const players = options.players ?? 2;
  const names = Array.from({ length: players }, (_, i) => `P${i + 1}`);
  return arbShape(players, 0, options.maxDepth ?? 3, options.chance ?? true).map((shape) => {
    const walk = (s: Shape): NodeSpec<Rational> => {
      if (s.t === 'leaf') return terminal(s.pay);
      if (s.t === 'chance') {
        const total = s.w.reduce((a, b) => a + b, 0);
        const probs = s.w.map((x) => rat(x, total));
        const rev = [...probs].reverse();
        return chance(
          s.kids.map((k, a) => [`c${a}`, probs[a] as Rational, walk(k)] as const),
          s.belief === 0 ? { beliefs: { P1: rev } } : {},
        );
      }
      return decision(
        s.player,
        s.kids.map((k, a) => [`a${a}`, walk(k)] as const),
        { infoset: `${s.kids.length}:${s.cls}` },
      );
    };
    return buildTree({ players: names, root: walk(shape) });
  });
}
