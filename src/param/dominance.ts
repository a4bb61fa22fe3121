/**
 * Uniqueness through iterated strict dominance, with certificates. In a finite game, a strategy strictly
 * dominated by another pure strategy is never played in any Nash equilibrium, even a mixed one, and the
 * elimination can be iterated (Fudenberg–Tirole, "Game Theory", 1991, §2.1); when one profile survives it
 * is the unique Nash equilibrium. On trees and for subgame perfection the elimination runs backward over
 * subgames (Selten 1965): the deepest subgames first, on their reduced strategic forms (a player's pure
 * choices at information sets not excluded by the player's own earlier choices and not inside a nested
 * subgame, whose play is already fixed), so the claim proved is the unique SPE outcome. Each elimination
 * needs `u_i(d, o) − u_i(s, o) > 0` for every surviving opponents' profile `o`: a strict goal certified
 * from the assumptions by {@link findCertificate}.
 * @remarks Since 0.1.0
 */
import type { InfosetId, NodeId } from '../game/ids.js';
import { profileIndex } from '../game/strategic.js';
import type { ExtensiveGame } from '../game/types.js';
import { type Polynomial, POLY_ONE, POLY_ZERO, polyEvaluate, polyFormat, polySub } from '../numeric/polynomial.js';
import type { Rational } from '../numeric/rational.js';
import { POLY } from './arithmetic.js';
import { type Atom, type CertifyOptions, type GoalCertificate, findCertificate } from './certify.js';
import type { ParametricGame } from './game.js';
import {
  infosetName,
  infosetsBelow,
  pathLabels,
  payoffBelow,
  pureAssignments,
  relevantInfosets,
  subgameRoots,
  subtreeEnds,
} from './tree-walk.js';

/** A finite game given by strategy labels and a payoff function, with a target profile. */
type TableGame = {
  readonly where: string;
  readonly players: readonly string[];
  readonly labels: readonly (readonly string[])[];
  readonly target: readonly number[];
  readonly payoff: (player: number, profile: readonly number[]) => Polynomial;
};

/** The outcome of {@link proveUniqueByDominance}. */
export type DominanceProof =
  | { readonly ok: true; readonly goals: readonly GoalCertificate[]; readonly argument: readonly string[] }
  | { readonly ok: false; readonly tried: readonly string[] };

function* opponentProfiles(alive: readonly (readonly number[])[], player: number): Generator<number[]> {
  const lists = alive.map((l, j) => (j === player ? [0] : l));
  const idx = lists.map(() => 0);
  for (;;) {
    yield lists.map((l, j) => l[idx[j] as number] as number);
    let j = lists.length - 1;
    for (; j >= 0; j--) {
      idx[j] = (idx[j] as number) + 1;
      if ((idx[j] as number) < (lists[j] as number[]).length) break;
      idx[j] = 0;
    }
    if (j < 0) return;
  }
}

function eliminate(
  g: TableGame,
  atoms: readonly Atom[],
  point: ReadonlyMap<string, Rational> | undefined,
  options: CertifyOptions,
  goals: GoalCertificate[],
  argument: string[],
  tried: string[],
): boolean {
  const alive = g.labels.map((l) => l.map((_, s) => s));
  const certified = new Map<string, boolean>();
  for (let progress = true; progress; ) {
    progress = false;
    for (let i = 0; i < g.players.length; i++) {
      for (const s of alive[i] as number[]) {
        if (s === g.target[i]) continue;
        const dominators = [
          g.target[i] as number,
          ...(alive[i] as number[]).filter((d) => d !== s && d !== g.target[i]),
        ];
        for (const d of dominators) {
          if (!(alive[i] as number[]).includes(d)) continue;
          const diffs: Polynomial[] = [];
          for (const o of opponentProfiles(alive, i)) {
            const withD = [...o];
            withD[i] = d;
            const withS = [...o];
            withS[i] = s;
            diffs.push(polySub(g.payoff(i, withD), g.payoff(i, withS)));
          }
          if (point !== undefined && diffs.some((p) => polyEvaluate(p, point).compare(0) <= 0)) continue;
          const found: GoalCertificate[] = [];
          let all = true;
          for (const p of diffs) {
            const key = polyFormat(p);
            if (certified.get(key) === false) {
              all = false;
              break;
            }
            const label = `${g.where}: ${g.players[i]}'s ${g.labels[i]?.[d]} strictly better than ${g.labels[i]?.[s]}`;
            const c = findCertificate(p, true, atoms, label, options);
            certified.set(key, c !== undefined);
            if (c === undefined) {
              all = false;
              break;
            }
            found.push(c);
          }
          if (!all) {
            tried.push(
              `${g.where}: could not certify that ${g.players[i]}'s ${g.labels[i]?.[d]} strictly dominates ${g.labels[i]?.[s]}`,
            );
            continue;
          }
          goals.push(...found);
          argument.push(
            `${g.where}: ${g.players[i]}'s ${g.labels[i]?.[s]} is strictly dominated by ${g.labels[i]?.[d]} (${found.length} goal(s))`,
          );
          alive[i] = (alive[i] as number[]).filter((x) => x !== s);
          progress = true;
          break;
        }
      }
    }
  }
  const left = alive.every((l, i) => l.length === 1 && l[0] === g.target[i]);
  if (!left)
    tried.push(
      `${g.where}: iterated strict dominance leaves ${alive.map((l, i) => `${g.players[i]}: {${l.map((s) => g.labels[i]?.[s]).join(', ')}}`).join('; ')}`,
    );
  return left;
}

function treeTable(
  game: ExtensiveGame<Polynomial>,
  h: NodeId,
  fixed: readonly number[],
  nested: ReadonlySet<InfosetId>,
  where: string,
  limit: number,
): TableGame {
  const strategies = game.players.map((_, i) => {
    const own = infosetsBelow(game, h, i).filter((I) => !nested.has(I));
    const byKey = new Map<string, ReadonlyMap<InfosetId, number>>();
    for (const a of pureAssignments(game, own, limit, 'prove()')) {
      const rel = relevantInfosets(game, h, i, a).filter((I) => !nested.has(I));
      const reduced = new Map(rel.map((I) => [I, a.get(I) ?? (fixed[I] as number)] as const));
      const key = [...reduced].map(([I, x]) => `${I}:${x}`).join(',');
      if (!byKey.has(key)) byKey.set(key, reduced);
    }
    return [...byKey.values()];
  });
  const label = (a: ReadonlyMap<InfosetId, number>) =>
    a.size === 0
      ? '(no choice)'
      : [...a].map(([I, x]) => `${game.infosets[I]?.actions[x]}@${infosetName(game, I)}`).join(' ');
  const target = strategies.map((list) => {
    const k = list.findIndex((a) => [...a].every(([I, x]) => fixed[I] === x));
    return k < 0 ? 0 : k;
  });
  const counts = strategies.map((s) => s.length);
  const cache = new Map<number, Polynomial[]>();
  return {
    where,
    players: game.players,
    labels: strategies.map((list) => list.map(label)),
    target,
    payoff: (player, profile) => {
      const key = profileIndex(counts, profile);
      let row = cache.get(key);
      if (row === undefined) {
        const choice = (I: InfosetId): number => {
          for (let j = 0; j < profile.length; j++) {
            const x = strategies[j]?.[profile[j] as number]?.get(I);
            if (x !== undefined) return x;
          }
          return fixed[I] as number;
        };
        const weights = (I: InfosetId) =>
          Array.from({ length: game.infosets[I]?.actions.length ?? 0 }, (_, a) =>
            a === choice(I) ? POLY_ONE : POLY_ZERO,
          );
        row = game.players.map((_, i) => payoffBelow(game, h, i, POLY, (p) => p, weights));
        cache.set(key, row);
      }
      return row[player] as Polynomial;
    },
  };
}

/**
 * Tries to prove that a pure profile is the unique equilibrium (strategic games) or gives the unique
 * equilibrium outcome (trees: `spe` backward over subgames, `nash` on the whole reduced form).
 * @param point - a point satisfying the atoms, used to skip hopeless dominance candidates (optional)
 * @remarks Since 0.1.0
 */
export function proveUniqueByDominance(
  game: ParametricGame,
  profile: readonly number[],
  concept: 'nash' | 'spe',
  atoms: readonly Atom[],
  point: ReadonlyMap<string, Rational> | undefined,
  options: CertifyOptions & { readonly maxDeviations?: number } = {},
): DominanceProof {
  const goals: GoalCertificate[] = [];
  const argument: string[] = [];
  const tried: string[] = [];
  if (game.kind === 'strategic') {
    const counts = game.strategies.map((s) => s.length);
    const table: TableGame = {
      where: 'game',
      players: game.players,
      labels: game.strategies,
      target: profile,
      payoff: (i, p) => game.payoffs[profileIndex(counts, p)]?.[i] as Polynomial,
    };
    return eliminate(table, atoms, point, options, goals, argument, tried)
      ? { ok: true, goals, argument }
      : { ok: false, tried };
  }
  const limit = options.maxDeviations ?? 100_000;
  const roots = concept === 'spe' ? subgameRoots(game) : [0 as NodeId];
  const ends = subtreeEnds(game);
  const done: NodeId[] = [];
  for (const h of [...roots].reverse()) {
    const nestedRoots = done.filter((r) => r > h && r < (ends[h] as number));
    const nested = new Set<InfosetId>();
    for (const r of nestedRoots)
      for (let i = 0; i < game.players.length; i++) for (const I of infosetsBelow(game, r, i)) nested.add(I);
    const path = pathLabels(game, h);
    const where = path.length === 0 ? 'whole game' : `subgame after ${path.join(' > ')}`;
    const table = treeTable(game, h, profile, nested, where, limit);
    if (!eliminate(table, atoms, point, options, goals, argument, tried)) return { ok: false, tried };
    done.push(h);
  }
  return { ok: true, goals, argument };
}
