/**
 * Minimal SVG writing helpers (escaping, number formatting) shared by the renderers. No dependencies.
 * @remarks Since 0.1.0
 */

/** Escapes text for SVG/XML content and attribute values. @remarks Since 0.1.0 */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** A coordinate rounded to two decimals, for compact and stable output. @remarks Since 0.1.0 */
export function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Wraps SVG body elements in an `<svg>` document of the given size. @remarks Since 0.1.0 */
export function svgDocument(width: number, height: number, body: readonly string[], title?: string): string {
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="Helvetica, Arial, sans-serif" font-size="12">`;
  const titleEl = title !== undefined ? [`<title>${escapeXml(title)}</title>`] : [];
  return [head, ...titleEl, '<rect width="100%" height="100%" fill="white"/>', ...body, '</svg>', ''].join('\n');
}
