import { describe, expect, it } from 'vitest';
import { instantiate, parametricStrategicGame } from '../../src/param/game.js';
import { equilibriumRegion } from '../../src/param/region.js';
import { sweepRegions } from '../../src/param/sweep.js';
import { phaseDiagramSvg } from '../../src/render/phase-diagram.js';
import { isNashPure } from '../../src/verify/index.js';

// a coordination game: (A, A) pays a, (B, B) pays b; off-diagonal 0
const game = parametricStrategicGame({
  players: ['1', '2'],
  strategies: [
    ['A', 'B'],
    ['A', 'B'],
  ],
  payoffs: [
    ['a', 'a'],
    [0, 0],
    [0, 0],
    ['b', 'b'],
  ],
});
const regions = [
  { label: '(A, A)', region: equilibriumRegion(game, [0, 0], { concept: 'nash' }) },
  { label: '(B, B)', region: equilibriumRegion(game, [1, 1], { concept: 'nash' }) },
];

describe('sweepRegions and phaseDiagramSvg', () => {
  it('marks every cell exactly as src/verify does', async () => {
    // Act
    const s = await sweepRegions({
      regions,
      x: { parameter: 'a', from: -2, to: 2, steps: 8 },
      y: { parameter: 'b', from: -2, to: 2, steps: 8 },
      workers: 0,
    });
    // Assert
    expect(s.stopped).toBeNull();
    s.ys.forEach((b, j) =>
      s.xs.forEach((a, i) => {
        const g = instantiate(game, { a, b });
        const expected = [isNashPure(g, [0, 0]) ? 0 : -1, isNashPure(g, [1, 1]) ? 1 : -1].filter((k) => k >= 0);
        expect(s.cells[j]?.[i]).toEqual(expected);
      }),
    );
    const svg = phaseDiagramSvg(s, { title: 'Coordination', xLabel: 'a', yLabel: 'b' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('(A, A) + (B, B)');
    expect(svg).toContain('none of the listed properties holds');
    expect(svg).toContain('Coordination');
  });

  it('gives the same answer with worker threads, and stops at a cell budget', async () => {
    const axes = {
      x: { parameter: 'a', from: -1, to: 1, steps: 20 },
      y: { parameter: 'b', from: -1, to: 1, steps: 20 },
    };
    const plain = await sweepRegions({ regions, ...axes, workers: 0 });
    const threaded = await sweepRegions({ regions, ...axes, workers: 2 });
    expect(threaded.cells).toEqual(plain.cells);
    expect(threaded.workers).toBe(2);
    const capped = await sweepRegions({ regions, ...axes, workers: 0, maxCells: 100 });
    expect(capped.stopped).toBe('cells');
    expect(capped.cells.flat().filter((c) => c === null).length).toBeGreaterThan(0);
  });
});
