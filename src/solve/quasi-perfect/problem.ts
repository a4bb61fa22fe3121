/**
 * The symbolically perturbed sequence-form LCP of Miltersen and Sørensen (2010, "Computing a quasi-perfect
 * equilibrium of a two-player game", Economic Theory 42, 175–192). Every sequence `σ` of either player gets the
 * lower bound `x_σ ≥ ε^{|σ|}` (`|σ|` the number of the player's own moves in it; `x_∅ = 1`). With the change
 * of variables `x = l(ε) + x'`, `x' ≥ 0`, the constraints `E x = e` become `E' x' = ẽ(ε)` with
 * `ẽ_k = ε^{|σ|} − n_k ε^{|σ|+1}` at an information set `k` with parent sequence `σ` and `n_k` actions (the
 * empty sequence's variable is fixed and dropped), so the perturbed game keeps the form of a sequence-form
 * game and only right-hand sides depend on ε.
 *
 * The LCP is the inequality form used by `src/solve/lcp/problem.ts` (Koller, Megiddo and von Stengel 1996;
 * covering vector as in von Stengel, van den Elzen and Talman 2002), in costs `C_p = c_p·W − payoff_p`:
 *
 * ```
 * z = (x', y', u, v) ≥ 0,   w = q(ε) + M z + d(ε) z₀ ≥ 0,   zᵀw = 0
 * w_x = C₁(l_y + y') − E'ᵀu + C₁ȳ z₀          w_u = E'x' − (1 − z₀) ẽ
 * w_y = C₂ᵀ(l_x + x') − F'ᵀv + C₂ᵀx̄ z₀        w_v = F'y' − (1 − z₀) f̃
 * ```
 *
 * with `(x̄, ȳ)` the centroid (uniform behaviour) realization plans. `M` is constant; `q` and `d` are
 * polynomials in ε. With positive chance probabilities every cost row of a sequence with a leaf right after
 * it is positive against the completely mixed `l_y + y'`, which forces `E'x' = ẽ` at a solution (a slack
 * row would need a chain of positive sequences ending with no positive-cost leaf). Rows are scaled by
 * positive integers to make `M`, `q`, `d` integral.
 * @remarks Since 0.1.0
 */
import { constraintRows, type PlayerSequences, realizationPlan, type SequenceForm } from '../../game/sequence-form.js';
import { lcm, ONE, type Rational, ZERO } from '../../numeric/rational.js';
import { type EpsPoly, epsMonomial } from './eps-poly.js';

/** The perturbed LCP: integer `M` (sparse rows), integer polynomials `q(ε)`, `d(ε)`. @remarks Since 0.1.0 */
export type PerturbedLcp = {
  /** number of rows (= number of `z` variables) */
  readonly n: number;
  /** `M` by rows: column indices */
  readonly cols: readonly (readonly number[])[];
  /** `M` by rows: integer values (after row scaling) */
  readonly vals: readonly (readonly bigint[])[];
  readonly q: readonly EpsPoly[];
  readonly d: readonly EpsPoly[];
  /** block sizes: `x'` (player 1's sequences but ∅) at 0, `y'` after it, then `u`, then `v` */
  readonly layout: { readonly nx: number; readonly ny: number; readonly nu: number; readonly nv: number };
  /** per player, the lower bound `ε^{|σ|}` of every sequence (index 0, the empty sequence, is 1) */
  readonly lower: readonly [readonly EpsPoly[], readonly EpsPoly[]];
};

/** Depth `|σ|` (number of the player's own moves) of every sequence of a player. @remarks Since 0.1.0 */
export function sequenceDepths(ps: PlayerSequences): number[] {
  const depth = new Array<number>(ps.count).fill(0);
  // Information sets come in preorder of their first member, so a parent's depth is known before use.
  ps.actionStart.forEach((start, k) => {
    const base = (depth[ps.parent[k] as number] as number) + 1;
    for (let a = 0; a < (ps.actionCounts[k] as number); a++) depth[start + a] = base;
  });
  return depth;
}

/** A polynomial with rational coefficients, by degree, while the rows are assembled. */
type RatPoly = Rational[];

function addTerm(p: RatPoly, k: number, v: Rational): void {
  while (p.length <= k) p.push(ZERO);
  p[k] = (p[k] as Rational).add(v);
}

/**
 * Builds the perturbed sequence-form LCP of a two-player sequence form.
 * @remarks Since 0.1.0
 */
export function perturbedSequenceLcp(form: SequenceForm): PerturbedLcp {
  const [p1, p2] = form.players;
  const nx = p1.count - 1;
  const ny = p2.count - 1;
  const nu = p1.infosets.length;
  const nv = p2.infosets.length;
  const n = nx + ny + nu + nv;
  const yOff = nx;
  const uOff = nx + ny;
  const vOff = uOff + nu;
  const depths = [sequenceDepths(p1), sequenceDepths(p2)];
  const centroid = (ps: PlayerSequences): Rational[][] =>
    ps.actionCounts.map((c) => new Array<Rational>(c).fill(ONE.div(c)));
  const bars = [realizationPlan(p1, centroid(p1)), realizationPlan(p2, centroid(p2))];

  // Costs c_p·W_p − payoff_p, with c_p = 1 + max(payoff/weight) over entries of positive weight.
  const shift = [0, 1].map((p) => {
    let max: Rational | null = null;
    for (const e of form.entries) {
      const w = e.weights[p] as Rational;
      if (w.n === 0n) continue;
      const ratio = (e.payoffs[p] as Rational).div(w);
      if (max === null || ratio.compare(max) > 0) max = ratio;
    }
    return (max ?? ZERO).add(ONE);
  });

  const rows: Map<number, Rational>[] = Array.from({ length: n }, () => new Map());
  const q: RatPoly[] = Array.from({ length: n }, () => []);
  const d: RatPoly[] = Array.from({ length: n }, () => []);
  const add = (r: number, c: number, v: Rational): void => {
    const row = rows[r] as Map<number, Rational>;
    row.set(c, (row.get(c) ?? ZERO).add(v));
  };
  for (const e of form.entries) {
    const c1 = (shift[0] as Rational).mul(e.weights[0]).sub(e.payoffs[0]);
    const c2 = (shift[1] as Rational).mul(e.weights[1]).sub(e.payoffs[1]);
    // Player 1's cost row of sequence e.row (not the fixed empty sequence): C₁(l_y + y') + C₁ȳ z₀.
    if (e.row > 0 && c1.n !== 0n) {
      const r = e.row - 1;
      addTerm(q[r] as RatPoly, depths[1]?.[e.col] as number, c1);
      if (e.col > 0) add(r, yOff + e.col - 1, c1);
      addTerm(d[r] as RatPoly, 0, c1.mul(bars[1]?.[e.col] as Rational));
    }
    if (e.col > 0 && c2.n !== 0n) {
      const r = yOff + e.col - 1;
      addTerm(q[r] as RatPoly, depths[0]?.[e.row] as number, c2);
      if (e.row > 0) add(r, e.row - 1, c2);
      addTerm(d[r] as RatPoly, 0, c2.mul(bars[0]?.[e.row] as Rational));
    }
  }
  const constraints = (ps: PlayerSequences, depth: readonly number[], seqOff: number, dualOff: number): void => {
    constraintRows(ps).forEach((row, r) => {
      if (r === 0) return; // x_∅ = 1 is fixed
      const k = r - 1;
      for (const [s, coef] of row) {
        if (s === 0) continue;
        add(dualOff + k, seqOff + s - 1, coef === 1 ? ONE : ONE.neg()); // E'x'
        add(seqOff + s - 1, dualOff + k, coef === 1 ? ONE.neg() : ONE); // −E'ᵀu
      }
      // ẽ_k = ε^{|σ|} − n_k ε^{|σ|+1}; the row is E'x' − ẽ + ẽ z₀.
      const base = depth[ps.parent[k] as number] as number;
      const count = ps.actionCounts[k] as number;
      const qk = q[dualOff + k] as RatPoly;
      const dk = d[dualOff + k] as RatPoly;
      addTerm(qk, base, ONE.neg());
      addTerm(qk, base + 1, ONE.mul(count));
      addTerm(dk, base, ONE);
      addTerm(dk, base + 1, ONE.mul(-count));
    });
  };
  constraints(p1, depths[0] as number[], 0, uOff);
  constraints(p2, depths[1] as number[], yOff, vOff);

  const cols: number[][] = [];
  const vals: bigint[][] = [];
  const qi: EpsPoly[] = [];
  const di: EpsPoly[] = [];
  for (let r = 0; r < n; r++) {
    const entries = [...(rows[r] as Map<number, Rational>).entries()]
      .filter(([, v]) => v.n !== 0n)
      .sort((a, b) => a[0] - b[0]);
    let scale = 1n;
    for (const [, v] of entries) scale = lcm(scale, v.d);
    for (const v of [...(q[r] as RatPoly), ...(d[r] as RatPoly)]) scale = lcm(scale, v.d);
    const toInt = (v: Rational): bigint => (v.s * v.n * scale) / v.d;
    const poly = (p: RatPoly): EpsPoly => {
      const c = p.map(toInt);
      while (c.length > 0 && c[c.length - 1] === 0n) c.pop();
      return c;
    };
    cols.push(entries.map(([c]) => c));
    vals.push(entries.map(([, v]) => toInt(v)));
    qi.push(poly(q[r] as RatPoly));
    di.push(poly(d[r] as RatPoly));
  }
  const lower = depths.map((dep) => dep.map((k) => epsMonomial(1n, k))) as [EpsPoly[], EpsPoly[]];
  return { n, cols, vals, q: qi, d: di, layout: { nx, ny, nu, nv }, lower };
}
