/**
 * Phase diagrams: an SVG picture of a parameter sweep, colouring each grid cell by the set of profiles that
 * are equilibria there, with a legend and axis labels. Plain SVG text, no dependencies.
 * @remarks Since 0.1.0
 */
import { formatRational } from '../numeric/rational.js';
import type { SweepResult } from '../param/sweep.js';

/** Options of {@link phaseDiagramSvg}. */
export type PhaseDiagramOptions = {
  readonly title?: string;
  /** plot area size in pixels (default 480 × 360) */
  readonly width?: number;
  readonly height?: number;
  /** axis labels (default: the parameter names) */
  readonly xLabel?: string;
  readonly yLabel?: string;
};

const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Draws a sweep as SVG: one colour per combination of regions that hold (white: none; hatched grey: not
 * computed), a legend naming each combination, axes with the swept parameters' ranges.
 * @remarks Since 0.1.0
 */
export function phaseDiagramSvg(sweep: SweepResult, options: PhaseDiagramOptions = {}): string {
  const w = options.width ?? 480;
  const h = options.height ?? 360;
  const left = 70;
  const top = options.title === undefined ? 20 : 44;
  const nx = sweep.xs.length;
  const ny = sweep.ys.length;
  const cw = w / nx;
  const ch = h / ny;
  const combos = new Map<string, { color: string; name: string }>();
  const colorOf = (cell: readonly number[] | null): string => {
    if (cell === null) return '#dddddd';
    const key = cell.join(',');
    let c = combos.get(key);
    if (c === undefined) {
      const name =
        cell.length === 0
          ? 'none of the listed properties holds'
          : cell.map((i) => sweep.labels[i] ?? String(i)).join(' + ');
      c = { color: cell.length === 0 ? '#ffffff' : (PALETTE[combos.size % PALETTE.length] as string), name };
      combos.set(key, c);
    }
    return c.color;
  };
  const rects: string[] = [];
  sweep.cells.forEach((row, j) => {
    // merge runs of equal colour in a row
    let i = 0;
    while (i < nx) {
      const color = colorOf(row[i] ?? null);
      let k = i + 1;
      while (k < nx && colorOf(row[k] ?? null) === color) k++;
      const y = top + h - (j + 1) * ch;
      rects.push(
        `<rect x="${(left + i * cw).toFixed(2)}" y="${y.toFixed(2)}" width="${((k - i) * cw).toFixed(2)}" height="${ch.toFixed(2)}" fill="${color}"/>`,
      );
      i = k;
    }
  });
  const x0 = sweep.xs[0];
  const x1 = sweep.xs[nx - 1];
  const y0 = sweep.ys[0];
  const y1 = sweep.ys[ny - 1];
  const t = (v: typeof x0) => (v === undefined ? '' : escape(formatRational(v)));
  const legendY = top + h + 50;
  const legend = [...combos.values()].map(
    (c, k) =>
      `<rect x="${left}" y="${legendY + k * 18}" width="12" height="12" fill="${c.color}" stroke="#333"/><text x="${left + 18}" y="${legendY + k * 18 + 10}">${escape(c.name)}</text>`,
  );
  const totalH = legendY + combos.size * 18 + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + w + 30}" height="${totalH}" font-family="sans-serif" font-size="12">`,
    options.title === undefined ? '' : `<text x="${left}" y="24" font-size="15">${escape(options.title)}</text>`,
    `<g shape-rendering="crispEdges">${rects.join('')}</g>`,
    `<rect x="${left}" y="${top}" width="${w}" height="${h}" fill="none" stroke="#333"/>`,
    `<text x="${left}" y="${top + h + 16}">${t(x0)}</text>`,
    `<text x="${left + w}" y="${top + h + 16}" text-anchor="end">${t(x1)}</text>`,
    `<text x="${left + w / 2}" y="${top + h + 34}" text-anchor="middle">${escape(options.xLabel ?? sweep.xParameter)}</text>`,
    `<text x="${left - 6}" y="${top + h}" text-anchor="end">${t(y0)}</text>`,
    `<text x="${left - 6}" y="${top + 10}" text-anchor="end">${t(y1)}</text>`,
    `<text transform="translate(${left - 40} ${top + h / 2}) rotate(-90)" text-anchor="middle">${escape(options.yLabel ?? sweep.yParameter)}</text>`,
    ...legend,
    '</svg>',
  ].join('\n');
}
