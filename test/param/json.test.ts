import { describe, expect, it } from 'vitest';
import { polyFormat } from '../../src/numeric/polynomial.js';
import { instantiate } from '../../src/param/game.js';
import { parseParametricJson } from '../../src/param/json.js';
import { equilibriumRegion, formatRegion } from '../../src/param/region.js';

const doc = {
  format: 'subgame-game',
  version: 1,
  type: 'extensive',
  parameters: ['q', 'g', 'c'],
  players: ['P', 'R'],
  root: {
    type: 'chance',
    moves: [
      {
        action: 'H',
        probability: 'q',
        node: {
          type: 'decision',
          player: 'P',
          infoset: 'I',
          moves: [
            { action: 'Safe', node: { type: 'terminal', payoffs: [1, 0] } },
            { action: 'Risky', node: { type: 'terminal', payoffs: ['g', '0.5'] } },
          ],
        },
      },
      {
        action: 'L',
        probability: '1 - q',
        node: {
          type: 'decision',
          player: 'P',
          infoset: 'I',
          moves: [
            { action: 'Safe', node: { type: 'terminal', payoffs: [1, 0] } },
            { action: 'Risky', node: { type: 'terminal', payoffs: ['-c', 0] } },
          ],
        },
      },
    ],
  },
};

describe('parseParametricJson', () => {
  it('reads expressions in the JSON game form and instantiates them', () => {
    const game = parseParametricJson(JSON.stringify(doc));
    expect(game.kind).toBe('extensive');
    if (game.kind !== 'extensive') return;
    expect(game.chanceInfosets[0]?.probs.map(polyFormat)).toEqual(['q', '-q + 1']);
    expect(game.outcomes.map((o) => o.payoffs.map(polyFormat).join(','))).toContain('g,1/2');
    const region = equilibriumRegion(game, [1], { concept: 'nash' });
    expect(formatRegion(region)).toMatch(/^c\*q \+ g\*q - c - 1 >= 0/);
    expect(() => instantiate(game, { q: 2, g: 1, c: 1 })).toThrow(/q = 2.*outside \[0, 1\]/);
  });

  it('reports a non-polynomial expression and an undeclared parameter at their position', () => {
    const bad = JSON.stringify(
      { ...doc, root: { ...doc.root, moves: [{ ...doc.root.moves[0], probability: 'sqrt(q)' }, doc.root.moves[1]] } },
      null,
      1,
    );
    expect(() => parseParametricJson(bad)).toThrow(/sqrt/);
    const undeclared = JSON.stringify({ ...doc, parameters: ['q', 'g'] });
    expect(() => parseParametricJson(undeclared)).toThrow(/unknown parameter "c"/);
  });
});
