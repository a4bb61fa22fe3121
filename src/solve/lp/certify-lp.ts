/**
 * Exact certificates for the simplex route. {@link basisPlan} solves the basis system `B z = b` of the
 * sequence-form LP (`sequence-lp.ts`) exactly (p-adic lifting, `src/numeric/dixon.ts`) and checks that the
 * maximizer's part is a realization plan (`x ≥ 0`, `E x = e`). {@link guaranteedPayoff} computes exactly what
 * a plan guarantees, `min_y xᵀA y` over the opponent's realization plans — the LP's inner problem, a best
 * response, solved by backward induction over the opponent's information sets (von Stengel 1996, "Efficient
 * computation of behavior strategies", GEB 14, §4). If player 1's plan guarantees player 1 as much as player
 * 2's plan concedes, `min_y x*ᵀA y = max_x xᵀA y*`, then both plans are optimal and that number is the value
 * (weak duality, von Neumann's minimax theorem): the certificate needs no dual solution and no trust in the
 * floating-point basis.
 * @remarks Since 0.1.0
 */
import { type RationalVector, solveIntegerSystemDixon } from '../../numeric/dixon.js';
import { lcm } from '../../numeric/rational.js';
import type { SequenceLp } from './sequence-lp.js';

/**
 * The maximizer's plan of a basis of the sequence-form LP, exactly.
 * @param basis - `basis[i]`: the column basic in row `i`
 * @returns `x` (length `n1`, common denominator), or `null` if the basis is singular or `x` is not a
 *   realization plan
 * @remarks Since 0.1.0
 */
export function basisPlan(lp: SequenceLp, basis: Int32Array): RationalVector | null {
  const { m, cols } = lp;
  const { n1 } = lp.layout;
  const pos = new Int32Array(cols).fill(-1);
  for (let k = 0; k < m; k++) {
    const c = basis[k] as number;
    if (c < 0 || c >= cols || pos[c] !== -1) return null;
    pos[c] = k;
  }
  const bCols: number[][] = [];
  const bVals: bigint[][] = [];
  for (let i = 0; i < m; i++) {
    const cs = lp.rowCols[i] as readonly number[];
    const vs = lp.rowVals[i] as readonly bigint[];
    const rc: number[] = [];
    const rv: bigint[] = [];
    for (let t = 0; t < cs.length; t++) {
      const k = pos[cs[t] as number] as number;
      if (k >= 0) {
        rc.push(k);
        rv.push(vs[t] as bigint);
      }
    }
    bCols.push(rc);
    bVals.push(rv);
  }
  const z = solveIntegerSystemDixon({ n: m, cols: bCols, vals: bVals }, lp.rhs);
  if (z === null) return null;
  const x = new Array<bigint>(n1).fill(0n);
  for (let s = 0; s < n1; s++) {
    const k = pos[s] as number;
    if (k < 0) continue;
    const v = z.num[k] as bigint;
    if (v < 0n) return null;
    x[s] = v;
  }
  const plan = { num: x, den: z.den };
  return isPlan(lp, plan) ? plan : null;
}

/** Whether `x` is a realization plan of the maximizer: `x ≥ 0` and `E x = e` exactly. */
function isPlan(lp: SequenceLp, x: RationalVector): boolean {
  const { n2, k1 } = lp.layout;
  if (x.num.some((v) => v < 0n)) return false;
  for (let r = 0; r < k1; r++) {
    const cs = lp.rowCols[n2 + r] as readonly number[];
    const vs = lp.rowVals[n2 + r] as readonly bigint[];
    let total = 0n;
    for (let t = 0; t < cs.length; t++) total += (vs[t] as bigint) * (x.num[cs[t] as number] as bigint);
    if (total !== (lp.rhs[n2 + r] as bigint) * x.den) return false;
  }
  return true;
}

/** Largest denominator tried when rounding floats to rationals. */
const MAX_DEN = 1 << 20;

/**
 * A guess of the maximizer's exact plan from its floating-point values: each entry rounded to the nearest
 * rational with a small denominator (continued fractions; Khinchin 1964, "Continued Fractions", §6: the
 * convergents are the best approximations), checked exactly to be a realization plan. Only a guess: the
 * caller accepts it only through the certificate of {@link guaranteedPayoff}, and otherwise solves the basis
 * system with {@link basisPlan}.
 * @returns the plan with a common denominator, or `null` if some entry has no close small-denominator
 *   rational or the rounded vector is not a realization plan
 * @remarks Since 0.1.0
 */
export function roundedPlan(lp: SequenceLp, values: Float64Array): RationalVector | null {
  const nums: number[] = [];
  const dens: number[] = [];
  let den = 1n;
  for (const v of values) {
    const frac = nearRational(Math.max(v, 0));
    if (frac === null) return null;
    nums.push(frac[0]);
    dens.push(frac[1]);
    const d = BigInt(frac[1]);
    if (den % d !== 0n) den = lcm(den, d);
  }
  const plan = { num: nums.map((p, i) => (BigInt(p) * den) / BigInt(dens[i] as number)), den };
  return isPlan(lp, plan) ? plan : null;
}

/** The continued-fraction convergent `p/q` of `v ≥ 0` with `q ≤ MAX_DEN` within 1e-9 of `v`, or `null`. */
function nearRational(v: number): [number, number] | null {
  const tol = 1e-9 * Math.max(1, v);
  let [p0, q0, p1, q1] = [0, 1, 1, 0];
  let r = v;
  for (let step = 0; step < 40; step++) {
    const a = Math.floor(r);
    const [p2, q2] = [a * p1 + p0, a * q1 + q0];
    if (q2 > MAX_DEN) return null;
    if (Math.abs(v - p2 / q2) <= tol) return [p2, q2];
    const frac = r - a;
    if (frac < 1e-15) return null;
    r = 1 / frac;
    [p0, q0, p1, q1] = [p1, q1, p2, q2];
  }
  return null;
}

/**
 * What the maximizer's realization plan `x` guarantees: `min_y xᵀA y` over the minimizer's plans, exactly.
 * @returns the value as `num / den` (`den > 0`)
 * @remarks Since 0.1.0
 */
export function guaranteedPayoff(lp: SequenceLp, x: RationalVector): { num: bigint; den: bigint } {
  const { n1, n2 } = lp.layout;
  const minimizer = lp.players[1];
  // val_j = scale·(Aᵀx)_j·den: the slack rows hold −scale·A on the x columns.
  const val: bigint[] = [];
  for (let j = 0; j < n2; j++) {
    const cs = lp.rowCols[j] as readonly number[];
    const vs = lp.rowVals[j] as readonly bigint[];
    let total = 0n;
    for (let t = 0; t < cs.length; t++) {
      const c = cs[t] as number;
      if (c < n1) total -= (vs[t] as bigint) * (x.num[c] as bigint);
    }
    val.push(total);
  }
  // Children first: an information set's parent sequence comes before it in preorder.
  for (let k = minimizer.infosets.length - 1; k >= 0; k--) {
    const start = minimizer.actionStart[k] as number;
    let best = val[start] as bigint;
    for (let a = 1; a < (minimizer.actionCounts[k] as number); a++) {
      const v = val[start + a] as bigint;
      if (v < best) best = v;
    }
    const parent = minimizer.parent[k] as number;
    val[parent] = (val[parent] as bigint) + best;
  }
  return { num: val[0] as bigint, den: lp.scale * x.den };
}
