import { describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE, complianceTree } from '../../src/governance/index.js';
import { RATIONAL } from '../../src/game/index.js';
import { rat } from '../../src/numeric/index.js';
import { lineChart, treeToDot, treeToSvg } from '../../src/render/index.js';

const game = complianceTree(WORKED_EXAMPLE, RATIONAL);
// Inaction: T plays C; K Nom and S Form after both modes (infosets T, K|C, K|F, S|C, S|F).
const one = [rat(1), rat(0)];
const inaction = [one, one, one, one, one];

describe('tree renderers', () => {
  it('draws every node, the information sets and the highlighted path in SVG', () => {
    const svg = treeToSvg(game, { highlight: inaction, caption: 'Collective inaction' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Collective inaction');
    expect((svg.match(/stroke-dasharray="4 3"/g) ?? []).length).toBe(2); // S's two-node information sets
    expect((svg.match(/stroke-width="4"/g) ?? []).length).toBe(3); // C, Nom, Form on the path
    expect(svg).toContain('(-1/2, 0, 0)');
  });

  it('writes DOT with bold played actions and dashed information sets', () => {
    const dot = treeToDot(game, { highlight: inaction });
    expect(dot).toMatch(/^digraph/);
    expect((dot.match(/style=dashed/g) ?? []).length).toBe(2);
    expect((dot.match(/style=bold/g) ?? []).length).toBe(1 + 2 + 4);
  });

  it('draws a line chart with a reference line', () => {
    const svg = lineChart({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      series: [
        {
          name: 's',
          points: [
            [1, 1],
            [2, 0.1],
          ],
        },
      ],
      references: [{ name: 'limit', y: 0.5 }],
    });
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect((svg.match(/<circle/g) ?? []).length).toBe(2);
  });
});
