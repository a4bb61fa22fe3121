import { describe, expect, it } from 'vitest';
import { negotiationGame } from '../../src/governance/index.js';
import { InvalidArgumentError } from '../../src/game/index.js';

describe('negotiationGame (MODEL.md stage 1)', () => {
  it('builds alternating offers on a grid with perfect information under complete information', () => {
    // Arrange / Act: 2 rounds, offers 0, 1/2, 1
    const game = negotiationGame({ deltaG: '9/10', deltaS: '8/10', rounds: 2, grid: 2 });
    // Assert: G offers (3 choices), S answers (2), then S offers (3), G answers (2)
    expect(game.infosets.every((i) => i.members.length === 1)).toBe(true);
    const terminals = game.nodes.filter((n) => n.type === 'terminal');
    expect(terminals).toHaveLength(3 * (1 + 3 * 2));
  });

  it('hides S’s type from G: G’s information sets span the types', () => {
    const game = negotiationGame({
      deltaG: '1/2',
      deltaS: '1/2',
      rounds: 1,
      grid: 2,
      types: [0, '1/4'],
      prior: ['1/3', '2/3'],
    });
    const gSets = game.infosets.filter((i) => game.players[i.player] === 'G');
    expect(gSets).toHaveLength(1);
    expect(gSets[0]?.members).toHaveLength(2);
  });

  it('carries non-common priors on recognition', () => {
    const game = negotiationGame({
      deltaG: '9/10',
      deltaS: '9/10',
      rounds: 2,
      grid: 2,
      recognition: '1/2',
      drawnRounds: [2],
      optimismG: '7/10',
      optimismS: '7/10',
    });
    const c = game.chanceInfosets[0];
    expect(c?.beliefs?.map((b) => b.map((x) => x.toFraction()))).toEqual([
      ['7/10', '3/10'],
      ['3/10', '7/10'],
    ]);
  });

  it('rejects impossible parameters by name and refuses oversized trees', () => {
    expect(() => negotiationGame({ deltaG: '3/2', deltaS: '1/2' })).toThrow(/deltaG/);
    expect(() => negotiationGame({ deltaG: '1/2', deltaS: '1/2', types: [0, 1], prior: ['1/2', '1/3'] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => negotiationGame({ deltaG: '1/2', deltaS: '1/2', rounds: 12, grid: 20 })).toThrow(/leaves/);
  });
});
