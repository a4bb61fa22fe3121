import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbBimatrix,
  arbDegenerateBimatrix,
  arbPerfectInformationTree,
  arbStrategicGame,
  arbTree,
} from '../../src/testing/index.js';

describe('game arbitraries', () => {
  it('random trees have consistent information sets (same player and action count)', () => {
    fc.assert(
      fc.property(arbTree({ players: 3, maxDepth: 4 }), (game) => {
        for (const info of game.infosets) {
          for (const m of info.members) {
            const node = game.nodes[m];
            expect(node?.player).toBe(info.player);
            expect(node?.children.length).toBe(info.actions.length);
          }
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('perfect-information trees have singleton information sets', () => {
    fc.assert(
      fc.property(arbPerfectInformationTree(), (game) => game.infosets.every((i) => i.members.length === 1)),
      { numRuns: 100 },
    );
  });

  it('strategic games have one payoff vector per profile', () => {
    fc.assert(
      fc.property(arbStrategicGame({ players: 3 }), (game) => {
        const size = game.strategies.reduce((a, s) => a * s.length, 1);
        return game.payoffs.length === size && game.payoffs.every((p) => p.length === 3);
      }),
    );
  });

  it('bimatrix and degenerate games have two players', () => {
    fc.assert(
      fc.property(arbBimatrix(), arbDegenerateBimatrix(), (a, b) => a.players.length === 2 && b.players.length === 2),
    );
  });
});
