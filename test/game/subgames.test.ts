import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  type NodeId,
  accumulatedPayoffs,
  reducedStrategicForm,
  subgameAt,
  subgameRoots,
  subgameTree,
} from '../../src/game/index.js';
import { arbTree } from '../../src/testing/index.js';
import { arbAnyTree, fmt, seltenFig2, strippedPoker } from './trees.js';

describe('subgameRoots', () => {
  it("finds Selten Figure 2's three roots (Gambit tests/test_node.py: [], [L], [L, L])", () => {
    expect(subgameRoots(seltenFig2())).toEqual([0, 2, 4]);
  });

  it('finds only the root of stripped-down poker', () => {
    expect(subgameRoots(strippedPoker())).toEqual([0]);
  });

  it('agrees with the definition on random trees', () => {
    fc.assert(
      fc.property(arbAnyTree({ players: 2, maxDepth: 4 }), (game) => {
        // Brute force: x roots a subgame iff no information set has members both inside and outside it.
        const inside = (x: number, y: number): boolean => {
          let cur: number | null = y;
          while (cur !== null) {
            if (cur === x) return true;
            cur = game.nodes[cur]?.parent ?? null;
          }
          return false;
        };
        const sets = [...game.infosets.map((i) => i.members), ...game.chanceInfosets.map((c) => c.members)];
        const expected = game.nodes
          .filter((n) => n.id === 0 || n.type !== 'terminal')
          .filter((n) => sets.every((m) => m.every((y) => inside(n.id, y)) || m.every((y) => !inside(n.id, y))))
          .map((n) => n.id);
        expect(subgameRoots(game)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('subgameTree', () => {
  it('nests the subgames and lists them in postorder', () => {
    const t = subgameTree(seltenFig2());
    expect(t.postorder).toEqual([4, 2, 0]);
    expect(t.parent.get(4 as NodeId)).toBe(2);
    expect(t.parent.get(0 as NodeId)).toBeNull();
    expect(t.children.get(0 as NodeId)).toEqual([2]);
    expect(t.infosetRoot).toEqual([0, 4, 2]);
  });
});

describe('subgameAt', () => {
  it('extracts a subgame with maps back to the game', () => {
    // Arrange
    const game = seltenFig2();
    // Act
    const sub = subgameAt(game, 2 as NodeId);
    // Assert
    expect(sub.game.nodes).toHaveLength(5);
    expect(sub.nodeMap).toEqual([2, 3, 4, 5, 6]);
    expect(sub.infosetMap).toEqual([1, 2]);
    expect(sub.game.players).toEqual(game.players);
    const { strategic } = reducedStrategicForm(sub.game);
    expect(strategic.strategies).toEqual([
      ['1', '2'],
      ['1', '2'],
    ]);
  });

  it('can carry the payoffs collected above the root', () => {
    const game = seltenFig2();
    const sub = subgameAt(game, 4 as NodeId, { includePathPayoffs: true });
    expect(fmt(accumulatedPayoffs(sub.game)[1] ?? [])).toEqual(['0', '3']);
  });

  it('refuses a node that does not root a subgame', () => {
    expect(() => subgameAt(strippedPoker(), 1 as NodeId)).toThrow(InvalidArgumentError);
  });

  it('keeps every node, information set and payoff of random subgames', () => {
    fc.assert(
      fc.property(arbTree({ players: 2, maxDepth: 4, chance: true }), (game) => {
        const acc = accumulatedPayoffs(game);
        for (const r of subgameRoots(game)) {
          const sub = subgameAt(game, r, { includePathPayoffs: true });
          const subAcc = accumulatedPayoffs(sub.game);
          sub.game.nodes.forEach((n, i) => {
            const orig = game.nodes[sub.nodeMap[i] as number];
            expect(n.type).toBe(orig?.type);
            if (n.type === 'terminal') expect(fmt(subAcc[i] ?? [])).toEqual(fmt(acc[orig?.id as number] ?? []));
          });
          sub.game.infosets.forEach((info, i) => {
            const orig = game.infosets[sub.infosetMap[i] as number];
            expect(info.members.map((m) => sub.nodeMap[m])).toEqual(orig?.members);
            expect(info.actions).toEqual(orig?.actions);
          });
        }
      }),
      { numRuns: 50 },
    );
  });
});
