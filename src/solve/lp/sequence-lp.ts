/**
 * The sequence-form linear program of a two-player zero-sum game (Koller, Megiddo and von Stengel 1996,
 * "Efficient computation of equilibria for extensive two-person games", GEB 14, §3, LP (3.4); von Stengel
 * 1996, "Efficient computation of behavior strategies", GEB 14, §4, Theorem 4.3), in equality form for the
 * simplex method. The maximizer (player 1) chooses a realization plan `x` and the values `q` of the
 * minimizer's (player 2's) information sets:
 *
 * ```
 * maximize fᵀq   subject to   Fᵀq − Aᵀx + s = 0,   E x = e,   x ≥ 0,   s ≥ 0,   q free
 * ```
 *
 * (`s` are slacks, one per sequence of player 2). Its LP dual is `minimize eᵀp` subject to `Eᵀp − A y ≥ 0`,
 * `F y = f`, `y ≥ 0`: the dual variables of the slack rows are player 2's optimal realization plan `y`.
 *
 * Columns: `x` at `0 … n1−1`, `q` at `n1 … n1+k2−1`, `s` at `n1+k2 … n1+k2+n2−1`. Rows: the `n2` slack rows
 * (player 2's sequences), then the `k1` rows of `E x = e`. The slack rows are multiplied by the positive
 * integer `scale` (the common denominator of the payoffs) so that the data are integers; the slacks keep
 * the coefficient 1. Scaling rows changes no basis.
 *
 * The same builder makes player 2's LP (`maximizer = 1`): the roles swap and the payoffs change sign.
 * @remarks Since 0.1.0
 */
import { constraintRows, type PlayerSequences, type SequenceForm } from '../../game/sequence-form.js';
import { lcm } from '../../numeric/rational.js';

/** The sequence-form LP in equality form, exact (BigInt) by rows and by columns, with a float copy. */
export type SequenceLp = {
  /** number of rows (`n2 + k1`) and of columns (`n1 + k2 + n2`) */
  readonly m: number;
  readonly cols: number;
  /** the maximizing player's (`n1` sequences, `k1` constraint rows) and the minimizer's (`n2`, `k2`) sizes */
  readonly layout: { readonly n1: number; readonly n2: number; readonly k1: number; readonly k2: number };
  /** the maximizing player's and the minimizing player's sequences */
  readonly players: readonly [PlayerSequences, PlayerSequences];
  /** the matrix by rows: column indices and integer values */
  readonly rowCols: readonly (readonly number[])[];
  readonly rowVals: readonly (readonly bigint[])[];
  /** the same matrix by columns: row indices and integer values */
  readonly colRows: readonly (readonly number[])[];
  readonly colVals: readonly (readonly bigint[])[];
  /** right-hand side (integer): `1` in the row `x_∅ = 1`, `0` elsewhere */
  readonly rhs: readonly bigint[];
  /** the positive integer the slack rows were multiplied by (the common denominator of the payoffs) */
  readonly scale: bigint;
  /** the matrix by rows in floating point, payoffs divided by their largest magnitude (labelled: floats) */
  readonly floatVals: readonly Float64Array[];
  /**
   * a secondary objective on `x` for ties (labelled: floats): the maximizer's payoff `(A ȳ)_i` against the
   * minimizer's centroid plan `ȳ` (uniform at every information set), scaled like `floatVals`
   */
  readonly tieBreak: Float64Array;
};

/**
 * Builds the sequence-form LP of the zero-sum game whose player-1 payoffs are `form.entries[·].payoffs[0]`
 * (a constant-sum game has the same optimal strategies), with `maximizer` (0 or 1) choosing the plan `x`.
 * @remarks Since 0.1.0
 */
export function sequenceFormLp(form: SequenceForm, maximizer: 0 | 1): SequenceLp {
  const p1 = form.players[maximizer];
  const p2 = form.players[1 - maximizer] as PlayerSequences;
  const n1 = p1.count;
  const n2 = p2.count;
  const k1 = p1.infosets.length + 1;
  const k2 = p2.infosets.length + 1;
  const m = n2 + k1;
  const cols = n1 + k2 + n2;
  // Slack rows: (Fᵀq)_j − (Aᵀx)_j + s_j = 0; collect A column by column (the minimizer's sequences).
  // Each entry as [maximizer's sequence, signed numerator, denominator, float value].
  const payRows: Pay[][] = Array.from({ length: n2 }, () => []);
  let amax = 0;
  let scale = 1n;
  for (const e of form.entries) {
    const pay = e.payoffs[0];
    if (pay.n === 0n) continue;
    const num = maximizer === 0 ? pay.s * pay.n : -pay.s * pay.n;
    const value = Number(num) / Number(pay.d);
    (payRows[maximizer === 0 ? e.col : e.row] as Pay[]).push([maximizer === 0 ? e.row : e.col, num, pay.d, value]);
    amax = Math.max(amax, Math.abs(value));
    if (scale % pay.d !== 0n) scale = lcm(scale, pay.d);
  }
  if (amax === 0) amax = 1;
  const yBar = centroidPlan(p2);
  const tieBreak = new Float64Array(n1);
  const fRows: [number, number][][] = Array.from({ length: n2 }, () => []);
  constraintRows(p2).forEach((row, r) => {
    for (const [s, coef] of row) (fRows[s] as [number, number][]).push([n1 + r, coef]);
  });
  const rowCols: number[][] = [];
  const rowVals: bigint[][] = [];
  const floatVals: Float64Array[] = [];
  for (let j = 0; j < n2; j++) {
    const pays = payRows[j] as Pay[];
    const cs: number[] = [];
    const vs: bigint[] = [];
    const fs: number[] = [];
    for (const [i, num, den, value] of pays) {
      const av = value / amax;
      tieBreak[i] = (tieBreak[i] as number) + av * (yBar[j] as number);
      cs.push(i);
      vs.push((-num * scale) / den);
      fs.push(-av);
    }
    for (const [c, coef] of fRows[j] as [number, number][]) {
      cs.push(c);
      vs.push(BigInt(coef) * scale);
      fs.push(coef);
    }
    cs.push(n1 + k2 + j);
    vs.push(1n);
    fs.push(1);
    rowCols.push(cs);
    rowVals.push(vs);
    floatVals.push(Float64Array.from(fs));
  }
  for (const row of constraintRows(p1)) {
    rowCols.push(row.map(([s]) => s));
    rowVals.push(row.map(([, coef]) => BigInt(coef)));
    floatVals.push(Float64Array.from(row, ([, coef]) => coef));
  }
  const rhs = new Array<bigint>(m).fill(0n);
  rhs[n2] = 1n;
  // The transpose, for the dual system and the reduced costs.
  const colRows: number[][] = Array.from({ length: cols }, () => []);
  const colVals: bigint[][] = Array.from({ length: cols }, () => []);
  rowCols.forEach((cs, i) => {
    const vs = rowVals[i] as bigint[];
    cs.forEach((c, t) => {
      (colRows[c] as number[]).push(i);
      (colVals[c] as bigint[]).push(vs[t] as bigint);
    });
  });
  return {
    m,
    cols,
    layout: { n1, n2, k1, k2 },
    players: [p1, p2],
    rowCols,
    rowVals,
    colRows,
    colVals,
    rhs,
    scale,
    floatVals,
    tieBreak,
  };
}

type Pay = [number, bigint, bigint, number];

/** The realization plan of the uniform behaviour strategy, in floating point. */
function centroidPlan(ps: PlayerSequences): Float64Array {
  const plan = new Float64Array(ps.count);
  plan[0] = 1;
  // Information sets are in preorder of their first member, so a parent sequence is set before use.
  ps.actionStart.forEach((start, k) => {
    const count = ps.actionCounts[k] as number;
    const share = (plan[ps.parent[k] as number] as number) / count;
    for (let a = 0; a < count; a++) plan[start + a] = share;
  });
  return plan;
}
