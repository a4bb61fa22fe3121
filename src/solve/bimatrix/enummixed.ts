/**
 * All extreme Nash equilibria of a two-player strategic game, degenerate or not, by vertex enumeration of the
 * best-response polytopes (Mangasarian 1964; von Stengel 2007, "Equilibrium computation for two-player
 * games in strategic and extensive form", §3.5; Avis, Rosenberg, Savani and von Stengel 2010,
 * "Enumeration of Nash equilibria for two-player games", §3 `lrsnash`). Gambit's `enummixed`.
 * @remarks Since 0.1.0
 */
import type { Game, MixedProfile } from '../../game/types.js';
import { startBudget } from '../budget.js';
import type { Budget, StrategyResult } from '../types.js';
import { solveIntegerSystem } from './linear-system.js';
import { bimatrixOf, shiftedIntegerMatrices } from './matrices.js';
import { type BudgetLimits, NO_LIMITS, budgetOf, normalise, reportedOptions } from './profiles.js';
import { partnerFilter } from './partner-filter.js';
import { type PolytopeVertex, type VertexArithmetic, enumerateVertices } from './reverse-search.js';

/**
 * Options of {@link vertexEnumeration}: resource limits (`maxPivots` counts reverse-search pivots,
 * `maxEquilibria` stops after that many equilibria) and an abort signal.
 */
export type VertexEnumerationOptions = Budget;

/** Defaults of {@link vertexEnumeration}: no limits. @remarks Since 0.1.0 */
export const defaultVertexEnumerationOptions: BudgetLimits = NO_LIMITS;

type YVertex = { readonly vertex: PolytopeVertex; readonly labels: readonly boolean[] };

/**
 * All extreme Nash equilibria of a bimatrix game, exactly, in Gambit's `enummixed` order.
 *
 * After shifting payoffs to positive integers (as Gambit does), the best-response polytopes are
 * `P = { x ≥ 0 : Bᵀx ≤ 1 }` and `Q = { y ≥ 0 : A y ≤ 1 }`; a pair of vertices `(x, y) ≠ (0, 0)` is an
 * equilibrium (after normalising) iff it is completely labelled (von Stengel 2007, Theorem 3.4 of §3.3).
 * 1. The vertices of `P` are enumerated by reverse search (Avis–Fukuda 1992) in Gambit's order
 *    (`src/solve/bimatrix/reverse-search.ts`).
 * 2. For each vertex `x`, the partners `y` are the vertices of the face of `Q` carrying the missing labels:
 *    `(A y)_i = 1` on the support of `x`, `y_j = 0` off the best responses to `x` (as in `lrsnash`). When that
 *    system has one solution it is checked for feasibility directly; when it has many (a degenerate game),
 *    the vertices of `Q` are enumerated once, in Gambit's order, and those with the missing labels are
 *    taken.
 * Gambit pairs every vertex of `P` with every vertex of `Q` (`src/solvers/enummixed/enummixed.cc`), in the
 * order `P` outer, `Q` inner; this returns the same list.
 *
 * Arithmetic: the searches decide in certified floating point and fall back to exact BigInt arithmetic
 * whenever a sign is not proved (`reverse-search.ts`); at a nondegenerate vertex the partner test first
 * tries to prove in floating point that no partner exists (`partner-filter.ts`, `farkas-reject.ts`), and
 * only the survivors — the equilibria, and undecided cases — are solved exactly. Every reported number is
 * exact, and the result (equilibria, order, warnings, counts) is that of exact arithmetic throughout.
 * @param game - a two-player strategic game
 * @param options - budget and abort signal
 * @returns `method: 'enummixed'`; `complete` unless a budget or the signal stopped the search
 * @throws UnsupportedGameError if the game is not a two-player strategic game
 * @throws InvalidArgumentError if a budget limit is invalid
 * @remarks Since 0.1.0
 */
export function vertexEnumeration(game: Game, options: VertexEnumerationOptions = {}): StrategyResult {
  return vertexEnumerationWith(game, options, 'filtered');
}

/**
 * {@link vertexEnumeration} with a choice of arithmetic for the searches: `'filtered'` (certified float
 * decisions with exact fallback, and a certified float filter before each exact partner test) or `'exact'`
 * (BigInt throughout, as Gambit's rational tableaux). Both return the same result; `'exact'` exists to
 * test that.
 * @remarks Since 0.1.0
 */
export function vertexEnumerationWith(
  game: Game,
  options: VertexEnumerationOptions,
  arithmetic: VertexArithmetic,
): StrategyResult {
  const filtered = arithmetic === 'filtered';
  const bm = bimatrixOf(game, 'vertexEnumeration');
  const meter = startBudget(budgetOf(options), 'vertexEnumeration');
  meter.check(); // an already aborted signal stops before any work
  const { A1, A2 } = shiftedIntegerMatrices(bm);
  const { m, n } = bm;
  const equilibria: MixedProfile[] = [];
  const warnings: string[] = [];
  let qVertices: YVertex[] | null = null;
  let qComplete = true;
  let degenerate = false;
  let first = true;

  const emit = (x: readonly bigint[], y: readonly bigint[]): boolean => {
    equilibria.push(Object.freeze([Object.freeze(normalise(x)), Object.freeze(normalise(y))]));
    return meter.found() === null;
  };

  const allQ = (): YVertex[] => {
    if (qVertices !== null) return qVertices;
    const list: YVertex[] = [];
    let firstY = true;
    const stats = enumerateVertices(
      A1,
      meter,
      (v) => {
        if (firstY) {
          firstY = false; // the origin
          return true;
        }
        // labels of y: i when (A y)_i = 1, m + j when y_j = 0
        list.push({ vertex: v, labels: [...v.tight, ...v.zero] });
        return true;
      },
      arithmetic,
    );
    qComplete = stats.complete;
    qVertices = list;
    return list;
  };

  const mayPair = partnerFilter(A1);
  const onX = (v: PolytopeVertex): boolean => {
    if (first) {
      first = false; // the origin, which pairs only with the origin
      return true;
    }
    if (v.degenerate) degenerate = true;
    const support: number[] = [];
    for (let i = 0; i < m; i++) if (v.zero[i] !== true) support.push(i);
    const best: number[] = [];
    for (let j = 0; j < n; j++) if (v.tight[j] === true) best.push(j);
    if (best.length === 0) return true;
    if (filtered && !mayPair(support, best)) return true;
    const rows = support.map((i) => best.map((j) => (A1[i] as bigint[])[j] as bigint));
    const sol = solveIntegerSystem(
      rows,
      support.map(() => 1n),
    );
    if (sol.kind === 'none') return true;
    if (sol.kind === 'unique') {
      const y = new Array<bigint>(n).fill(0n);
      for (let t = 0; t < best.length; t++) {
        const value = sol.num[t] as bigint;
        if (value < 0n) return true;
        y[best[t] as number] = value;
      }
      // (A y)_i ≤ 1 off the support, i.e. (A y·den)_i ≤ den
      for (let i = 0; i < m; i++) {
        let s = 0n;
        for (const j of best) s += ((A1[i] as bigint[])[j] as bigint) * (y[j] as bigint);
        if (s > sol.den) return true;
      }
      return emit(v.coordinates().num, y);
    }
    degenerate = true;
    for (const w of allQ()) {
      let ok = true;
      for (let i = 0; i < m && ok; i++) if (v.zero[i] !== true && w.labels[i] !== true) ok = false;
      for (let j = 0; j < n && ok; j++) if (v.tight[j] !== true && w.labels[m + j] !== true) ok = false;
      if (ok && !emit(v.coordinates().num, w.vertex.coordinates().num)) return false;
    }
    return qComplete && meter.stopped === null;
  };

  const stats = enumerateVertices(A2, meter, onX, arithmetic);
  if (degenerate)
    warnings.push('the game is degenerate: equilibria form components; only their extreme points are listed');
  return {
    method: 'enummixed',
    exact: true,
    representation: 'strategy',
    options: reportedOptions(defaultVertexEnumerationOptions, options),
    equilibria: Object.freeze(equilibria),
    complete: stats.complete && qComplete && meter.stopped === null,
    stopped: meter.stopped,
    warnings: Object.freeze(warnings),
    stats: Object.freeze({
      pivots: meter.pivots,
      bases: stats.bases,
      vertices: stats.vertices,
      exactBases: stats.exactBases,
      ms: meter.elapsedMs,
    }),
  };
}
