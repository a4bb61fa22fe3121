/**
 * The linear complementarity problem of a two-player sequence form (Koller, Megiddo and von Stengel 1996,
 * §4; von Stengel, van den Elzen and Talman 2002, "Computing normal form perfect equilibria for extensive
 * two-person games", Econometrica 70, §4), in the inequality form with nonnegative dual variables used by
 * Gambit's and GTE's implementations:
 *
 * ```
 * z = (x, y, u, v) ≥ 0,   w = q + M z + d z₀ ≥ 0,   zᵀw = 0
 * w_x = C₁ y − Eᵀu + d_x z₀        C₁ = c₁·W₁ − A  (player 1's costs: positive payoffs shifted below 0)
 * w_y = C₂ᵀx − Fᵀv + d_y z₀        C₂ = c₂·W₂ − B
 * w_u = E x − e + e z₀
 * w_v = F y − f + f z₀
 * ```
 *
 * `W_p` is the chance-weight matrix (Σ of chance probabilities over the leaves of a pair of sequences), so
 * `C_p` is the sequence form of the payoffs `c_p − u_p(leaf)`, a constant shift: the equilibria do not change.
 * `c_p` is one more than the largest `payoff/weight` ratio of an entry, which makes every cost with positive
 * weight at least the weight. The covering vector `d = (C₁ȳ, C₂ᵀx̄, e, f)` comes from a starting pair
 * `(x̄, ȳ)` of completely mixed realization plans (the centroid by default), as in von Stengel, van den
 * Elzen and Talman (2002) and GTE's implementation; the Lemke path is then the tracing procedure from that
 * prior and ends in a normal-form perfect equilibrium for generic priors. Along the path with `z₀ > 0`
 * every cost row sees a completely mixed opponent, which forces `E x = (1 − z₀) e` exactly, so the end point
 * satisfies `E x = e` and `F y = f` (the solvers check this exactly).
 *
 * Rows are scaled by positive integers so that `M`, `q`, `d` are integer (BigInt); scaling a row scales its
 * `w_i` and changes neither the bases nor the solution.
 * @remarks Since 0.1.0
 */
import { constraintRows, type PlayerSequences, realizationPlan, type SequenceForm } from '../../game/sequence-form.js';
import { lcm, ONE, type Rational, ZERO } from '../../numeric/rational.js';

/** A sparse integer LCP `w = q + M z + d z₀`, with the sequence-form layout of its variables. */
export type LcpProblem = {
  /** number of rows (= number of `z` variables) */
  readonly n: number;
  /** `M` by rows: column indices */
  readonly cols: readonly (readonly number[])[];
  /** `M` by rows: integer values (after row scaling) */
  readonly vals: readonly (readonly bigint[])[];
  readonly q: readonly bigint[];
  readonly d: readonly bigint[];
  /** the same problem in floating point, with `M`'s cost blocks and `d_x`, `d_y` scaled to magnitude ≤ 1 */
  readonly float: { readonly vals: readonly Float64Array[]; readonly q: Float64Array; readonly d: Float64Array };
  /** offsets: `x` at 0, `y` at `n1`, `u` at `n1 + n2`, `v` at `n1 + n2 + k1` */
  readonly layout: { readonly n1: number; readonly n2: number; readonly k1: number; readonly k2: number };
};

/**
 * Builds the sequence-form LCP with the covering vector of a starting pair.
 * @param prior - behaviour strategies of the starting pair, per player one vector per information set (in
 *   `form.players[p].infosets` order); default the centroid (uniform at every information set)
 * @remarks Since 0.1.0
 */
export function sequenceFormLcp(
  form: SequenceForm,
  prior?: readonly [readonly (readonly Rational[])[], readonly (readonly Rational[])[]],
): LcpProblem {
  const [p1, p2] = form.players;
  const n1 = p1.count;
  const n2 = p2.count;
  const k1 = p1.infosets.length + 1;
  const k2 = p2.infosets.length + 1;
  const n = n1 + n2 + k1 + k2;
  const uOff = n1 + n2;
  const vOff = uOff + k1;
  const centroid = (ps: PlayerSequences): Rational[][] =>
    ps.actionCounts.map((c) => new Array<Rational>(c).fill(ONE.div(c)));
  const xBar = realizationPlan(p1, prior?.[0] ?? centroid(p1));
  const yBar = realizationPlan(p2, prior?.[1] ?? centroid(p2));

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
  const cost = form.entries.map((e) =>
    [0, 1].map((p) => (shift[p] as Rational).mul(e.weights[p] as Rational).sub(e.payoffs[p] as Rational)),
  );

  const rows: Map<number, Rational>[] = Array.from({ length: n }, () => new Map());
  const q: Rational[] = new Array<Rational>(n).fill(ZERO);
  const d: Rational[] = new Array<Rational>(n).fill(ZERO);
  const add = (r: number, c: number, v: Rational): void => {
    const row = rows[r] as Map<number, Rational>;
    row.set(c, (row.get(c) ?? ZERO).add(v));
  };
  form.entries.forEach((e, i) => {
    const [c1, c2] = cost[i] as Rational[];
    if ((c1 as Rational).n !== 0n) {
      add(e.row, n1 + e.col, c1 as Rational);
      d[e.row] = (d[e.row] as Rational).add((c1 as Rational).mul(yBar[e.col] as Rational));
    }
    if ((c2 as Rational).n !== 0n) {
      add(n1 + e.col, e.row, c2 as Rational);
      d[n1 + e.col] = (d[n1 + e.col] as Rational).add((c2 as Rational).mul(xBar[e.row] as Rational));
    }
  });
  const addConstraints = (ps: PlayerSequences, seqOff: number, dualOff: number): void => {
    constraintRows(ps).forEach((row, r) => {
      for (const [s, coef] of row) {
        add(dualOff + r, seqOff + s, coef === 1 ? ONE : ONE.neg()); // E x
        add(seqOff + s, dualOff + r, coef === 1 ? ONE.neg() : ONE); // −Eᵀ u
      }
    });
    q[dualOff] = ONE.neg();
    d[dualOff] = ONE;
  };
  addConstraints(p1, 0, uOff);
  addConstraints(p2, n1, vOff);

  // Scale each row to integers; build the float copy with cost blocks normalized.
  const scaleOf = [n1, n1 + n2].map((end, p) => {
    let max = 0;
    for (let r = p === 0 ? 0 : n1; r < end; r++) {
      for (const [c, v] of rows[r] as Map<number, Rational>)
        if (c < n1 + n2) max = Math.max(max, Math.abs(v.valueOf()));
    }
    return max > 0 ? max : 1;
  });
  const cols: number[][] = [];
  const vals: bigint[][] = [];
  const fvals: Float64Array[] = [];
  const qi: bigint[] = [];
  const di: bigint[] = [];
  const fq = new Float64Array(n);
  const fd = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const entries = [...(rows[r] as Map<number, Rational>).entries()]
      .filter(([, v]) => v.n !== 0n)
      .sort((a, b) => a[0] - b[0]);
    let scale = lcm((q[r] as Rational).d, (d[r] as Rational).d);
    for (const [, v] of entries) scale = lcm(scale, v.d);
    const toInt = (v: Rational): bigint => (v.s * v.n * scale) / v.d;
    cols.push(entries.map(([c]) => c));
    vals.push(entries.map(([, v]) => toInt(v)));
    qi.push(toInt(q[r] as Rational));
    di.push(toInt(d[r] as Rational));
    const s = r < n1 ? (scaleOf[0] as number) : r < n1 + n2 ? (scaleOf[1] as number) : 1;
    // In cost rows the cost block and d are divided by s and the dual variables u, v rescaled by s.
    fvals.push(Float64Array.from(entries, ([c, v]) => (c < n1 + n2 ? v.valueOf() / s : v.valueOf())));
    fq[r] = (q[r] as Rational).valueOf();
    fd[r] = (d[r] as Rational).valueOf() / s;
  }
  return {
    n,
    cols,
    vals,
    q: qi,
    d: di,
    float: { vals: fvals, q: fq, d: fd },
    layout: { n1, n2, k1, k2 },
  };
}
