/**
 * Drawings of game trees: Graphviz DOT and a self-contained SVG (tidy layered layout: leaves spaced evenly,
 * each inner node centred over its children). Information sets with several nodes are drawn as dashed
 * lines joining their members; a highlighted profile (pure behaviour, or any behaviour profile: actions
 * played with positive probability) is drawn in bold, and the equilibrium path (actions reached with
 * positive probability from the root) in colour.
 * @remarks Since 0.1.0
 */
import type { BehaviorProfile, ExtensiveGame, InfosetId, TreeNode } from '../game/index.js';
import { type Rational, formatRational } from '../numeric/rational.js';
import { escapeXml, fmt, svgDocument } from './svg.js';

/** Options of the tree renderers. */
export type TreeDrawingOptions = {
  /** a profile whose played actions are drawn in bold, and whose path from the root is highlighted */
  readonly highlight?: BehaviorProfile;
  /** the caption above the drawing (default: the game's title) */
  readonly caption?: string;
  /** horizontal space per leaf in pixels (default 90) */
  readonly leafSpacing?: number;
  /** vertical space per level (default 80) */
  readonly levelSpacing?: number;
};

const PLAYER_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2'];

function actionLabels(game: ExtensiveGame, node: TreeNode): readonly string[] {
  if (node.type === 'personal') return game.infosets[node.infoset as number]?.actions ?? [];
  if (node.type === 'chance') {
    const c = game.chanceInfosets[node.infoset as number];
    return (c?.actions ?? []).map((a, i) => `${a} (${formatRational(c?.probs[i] as Rational)})`);
  }
  return [];
}

function payoffText(game: ExtensiveGame, node: TreeNode): string {
  let cur: TreeNode | undefined = node;
  const sum = game.players.map(() => '0');
  const parts: Rational[][] = [];
  while (cur !== undefined) {
    if (cur.outcome !== null) parts.push([...(game.outcomes[cur.outcome]?.payoffs ?? [])]);
    cur = cur.parent === null ? undefined : game.nodes[cur.parent];
  }
  if (parts.length === 0) return `(${sum.join(', ')})`;
  const total = parts.reduce((a, b) => a.map((x, i) => x.add(b[i] as Rational)));
  return `(${total.map(formatRational).join(', ')})`;
}

/** Which edges are played (positive probability) and which nodes lie on the path. */
function playedEdges(
  game: ExtensiveGame,
  profile: BehaviorProfile | undefined,
): { played: Set<string>; onPath: Set<number> } {
  const played = new Set<string>();
  const onPath = new Set<number>();
  if (profile === undefined) return { played, onPath };
  for (const node of game.nodes) {
    if (node.type !== 'personal') continue;
    const probs = profile[node.infoset as InfosetId] ?? [];
    probs.forEach((p, a) => {
      if (p.compare(0) > 0) played.add(`${node.id}:${a}`);
    });
  }
  const stack = [0];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    onPath.add(id);
    const node = game.nodes[id] as TreeNode;
    node.children.forEach((c, a) => {
      const chanceOk =
        node.type === 'chance' && (game.chanceInfosets[node.infoset as number]?.probs[a]?.compare(0) ?? 0) > 0;
      if (chanceOk || played.has(`${id}:${a}`)) stack.push(c);
    });
  }
  return { played, onPath };
}

/** Tidy layered layout: x of each node (leaves evenly spaced), y by depth. */
function layout(
  game: ExtensiveGame,
  leafSpacing: number,
  levelSpacing: number,
): { x: number[]; y: number[]; width: number; height: number } {
  const x = new Array<number>(game.nodes.length).fill(0);
  const y = game.nodes.map((n) => 50 + n.depth * levelSpacing);
  let nextLeaf = 0;
  // Nodes are in preorder: leaves get x in that order; parents (earlier) are centred afterwards, backwards.
  for (const n of game.nodes) if (n.children.length === 0) x[n.id] = 40 + nextLeaf++ * leafSpacing;
  for (let i = game.nodes.length - 1; i >= 0; i--) {
    const n = game.nodes[i] as TreeNode;
    if (n.children.length > 0)
      x[i] = ((x[n.children[0] as number] as number) + (x[n.children[n.children.length - 1] as number] as number)) / 2;
  }
  const maxDepth = game.nodes.reduce((m, n) => Math.max(m, n.depth), 0);
  return { x, y, width: 80 + Math.max(0, nextLeaf - 1) * leafSpacing, height: 110 + maxDepth * levelSpacing };
}

/**
 * The tree as a self-contained SVG document.
 * @remarks Since 0.1.0
 */
export function treeToSvg(game: ExtensiveGame, options: TreeDrawingOptions = {}): string {
  const { x, y, width, height } = layout(game, options.leafSpacing ?? 90, options.levelSpacing ?? 80);
  const { played, onPath } = playedEdges(game, options.highlight);
  const body: string[] = [];
  const caption = options.caption ?? game.title;
  if (caption !== '')
    body.push(
      `<text x="${fmt(width / 2)}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(caption)}</text>`,
    );
  // information sets
  for (const info of game.infosets) {
    if (info.members.length < 2) continue;
    const ms = [...info.members].sort((a, b) => (x[a] as number) - (x[b] as number));
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i] as number;
      const b = ms[i + 1] as number;
      body.push(
        `<line x1="${fmt(x[a] as number)}" y1="${fmt(y[a] as number)}" x2="${fmt(x[b] as number)}" y2="${fmt(y[b] as number)}" stroke="${PLAYER_COLORS[info.player % PLAYER_COLORS.length]}" stroke-dasharray="4 3" stroke-width="1.5"/>`,
      );
    }
  }
  for (const n of game.nodes) {
    const labels = actionLabels(game, n);
    n.children.forEach((c, a) => {
      const isPlayed = played.has(`${n.id}:${a}`);
      const isPath = isPlayed && onPath.has(n.id);
      const stroke = isPath ? '#e6550d' : '#444';
      const w = isPath ? 4 : isPlayed ? 2.5 : 1;
      const x1 = x[n.id] as number;
      const y1 = y[n.id] as number;
      const x2 = x[c] as number;
      const y2 = y[c] as number;
      body.push(
        `<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" stroke="${stroke}" stroke-width="${w}"/>`,
      );
      body.push(
        `<text x="${fmt((x1 + x2) / 2 + (x2 < x1 ? -4 : 4))}" y="${fmt((y1 + y2) / 2)}" text-anchor="${x2 < x1 ? 'end' : 'start'}" font-size="11">${escapeXml(labels[a] ?? '')}</text>`,
      );
    });
  }
  for (const n of game.nodes) {
    const cx = x[n.id] as number;
    const cy = y[n.id] as number;
    if (n.type === 'terminal') {
      body.push(
        `<text x="${fmt(cx)}" y="${fmt(cy + 16)}" text-anchor="middle" font-size="11"${onPath.has(n.id) ? ' font-weight="bold" fill="#e6550d"' : ''}>${escapeXml(payoffText(game, n))}</text>`,
      );
      body.push(`<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="2.5" fill="#444"/>`);
    } else if (n.type === 'chance') {
      body.push(
        `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="7" fill="white" stroke="#444"/><text x="${fmt(cx)}" y="${fmt(cy - 11)}" text-anchor="middle">chance</text>`,
      );
    } else {
      const p = n.player as number;
      const color = PLAYER_COLORS[p % PLAYER_COLORS.length] as string;
      const info = game.infosets[n.infoset as number];
      const name = `${game.players[p] ?? ''}${info !== undefined && info.label !== '' ? ` · ${info.label}` : ''}`;
      body.push(
        `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="7" fill="${color}"/><text x="${fmt(cx)}" y="${fmt(cy - 11)}" text-anchor="middle" fill="${color}">${escapeXml(name)}</text>`,
      );
    }
  }
  return svgDocument(width, height, body, caption === '' ? undefined : caption);
}

/**
 * The tree in Graphviz DOT (information sets as dashed edges without arrows, played actions bold).
 * @remarks Since 0.1.0
 */
export function treeToDot(game: ExtensiveGame, options: Pick<TreeDrawingOptions, 'highlight'> = {}): string {
  const { played, onPath } = playedEdges(game, options.highlight);
  const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = [`digraph ${q(game.title === '' ? 'game' : game.title)} {`, '  node [fontname="Helvetica"];'];
  for (const n of game.nodes) {
    const label =
      n.type === 'terminal'
        ? payoffText(game, n)
        : n.type === 'chance'
          ? 'chance'
          : `${game.players[n.player as number] ?? ''}`;
    const shape = n.type === 'terminal' ? 'plaintext' : n.type === 'chance' ? 'circle' : 'ellipse';
    lines.push(`  n${n.id} [label=${q(label)}, shape=${shape}${onPath.has(n.id) ? ', color="#e6550d"' : ''}];`);
  }
  for (const n of game.nodes) {
    const labels = actionLabels(game, n);
    n.children.forEach((c, a) => {
      const bold = played.has(`${n.id}:${a}`);
      lines.push(
        `  n${n.id} -> n${c} [label=${q(labels[a] ?? '')}${bold ? `, style=bold${onPath.has(n.id) ? ', color="#e6550d"' : ''}` : ''}];`,
      );
    });
  }
  for (const info of game.infosets) {
    for (let i = 0; i + 1 < info.members.length; i++) {
      lines.push(`  n${info.members[i]} -> n${info.members[i + 1]} [style=dashed, dir=none, constraint=false];`);
    }
  }
  lines.push('}', '');
  return lines.join('\n');
}
