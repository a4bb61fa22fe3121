/**
 * A small SVG line chart (several series over a shared x axis, optional horizontal reference lines), for
 * convergence figures such as G's stage-1 share against the number of rounds.
 * @remarks Since 0.1.0
 */
import { escapeXml, fmt, svgDocument } from './svg.js';

/** One series: points `(x, y)` in drawing order. */
export type Series = { readonly name: string; readonly points: readonly (readonly [number, number])[] };

/** Options of {@link lineChart}. */
export type LineChartOptions = {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  /** horizontal reference lines (e.g. a limit) */
  readonly references?: readonly { readonly name: string; readonly y: number }[];
  readonly width?: number;
  readonly height?: number;
};

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

/**
 * Draws the chart as a self-contained SVG document.
 * @remarks Since 0.1.0
 */
export function lineChart(options: LineChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const m = { left: 60, right: 170, top: 40, bottom: 50 };
  const xs = options.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = [
    ...options.series.flatMap((s) => s.points.map((p) => p[1])),
    ...(options.references ?? []).map((r) => r.y),
  ];
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(0, ...ys);
  const y1 = Math.max(...ys) * 1.05 || 1;
  const px = (x: number) => m.left + ((x - x0) / (x1 - x0 || 1)) * (width - m.left - m.right);
  const py = (y: number) => height - m.bottom - ((y - y0) / (y1 - y0 || 1)) * (height - m.top - m.bottom);
  const body: string[] = [
    `<text x="${fmt(width / 2)}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(options.title)}</text>`,
    `<line x1="${m.left}" y1="${fmt(py(y0))}" x2="${fmt(width - m.right)}" y2="${fmt(py(y0))}" stroke="#000"/>`,
    `<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${fmt(height - m.bottom)}" stroke="#000"/>`,
    `<text x="${fmt((m.left + width - m.right) / 2)}" y="${height - 12}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text x="16" y="${fmt((m.top + height - m.bottom) / 2)}" text-anchor="middle" transform="rotate(-90 16 ${fmt((m.top + height - m.bottom) / 2)})">${escapeXml(options.yLabel)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = y0 + ((y1 - y0) * i) / 4;
    body.push(`<text x="${m.left - 6}" y="${fmt(py(v) + 4)}" text-anchor="end" font-size="10">${fmt(v)}</text>`);
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    body.push(
      `<text x="${fmt(px(x))}" y="${fmt(height - m.bottom + 14)}" text-anchor="middle" font-size="10">${fmt(x)}</text>`,
    );
  }
  let legendY = m.top + 10;
  for (const [i, r] of (options.references ?? []).entries()) {
    body.push(
      `<line x1="${m.left}" y1="${fmt(py(r.y))}" x2="${fmt(width - m.right)}" y2="${fmt(py(r.y))}" stroke="#777" stroke-dasharray="6 4"/>`,
    );
    body.push(
      `<text x="${fmt(width - m.right + 8)}" y="${fmt(legendY + i * 16)}" fill="#777">- - ${escapeXml(r.name)}</text>`,
    );
  }
  legendY += (options.references ?? []).length * 16;
  for (const [i, s] of options.series.entries()) {
    const color = COLORS[i % COLORS.length] as string;
    const d = s.points.map((p, k) => `${k === 0 ? 'M' : 'L'}${fmt(px(p[0]))},${fmt(py(p[1]))}`).join(' ');
    body.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of s.points) body.push(`<circle cx="${fmt(px(p[0]))}" cy="${fmt(py(p[1]))}" r="3" fill="${color}"/>`);
    body.push(
      `<text x="${fmt(width - m.right + 8)}" y="${fmt(legendY + i * 16)}" fill="${color}">— ${escapeXml(s.name)}</text>`,
    );
  }
  return svgDocument(width, height, body, options.title);
}
