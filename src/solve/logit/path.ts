/**
 * Predictor–corrector tracing of the principal branch of the logit quantal response correspondence, from
 * the centroid at `λ = 0` (Turocy 2005, "A dynamic homotopy interpretation of the logistic quantal response
 * equilibrium correspondence", GEB 51, §4; Allgower & Georg 1990, *Numerical Continuation Methods*, ch. 2;
 * Gambit's `gambit-logit`). Unknowns: the log-probabilities `y` of all actions and `λ`. Equations, for each
 * agent with actions `0..k−1`: `Σ_a exp(y_a) − 1 = 0` and `y_a − y_0 − λ (Q_a − Q_0) = 0` for `a ≥ 1`
 * (Turocy 2005, eq. (3), in the log-probability parametrization). Euler predictor along the tangent (the
 * kernel of the Jacobian, oriented by the previous tangent), Newton corrector orthogonal to it, step length
 * adapted to the corrector's contraction. Floating point.
 * @remarks Since 0.1.0
 */
import type { FloatAgents } from './agents.js';
import { norm, solveDense } from './linalg.js';

/** Settings of {@link tracePrincipalBranch}. */
export type TraceSettings = {
  readonly maxLambda: number;
  readonly maxSteps: number;
  readonly initialStep: number;
  readonly maxStep: number;
  readonly minStep: number;
  /** corrector tolerance (max norm of the last Newton step) */
  readonly tolerance: number;
  /** checked between steps: stop early when it returns true */
  readonly shouldStop: () => boolean;
};

/** The end of a trace. */
export type TraceEnd = {
  /** log-probabilities at the end, flat */
  readonly logp: Float64Array;
  readonly lambda: number;
  readonly steps: number;
  /** why tracing ended */
  readonly reason: 'lambda' | 'steps' | 'step-size' | 'stopped' | 'singular';
};

function residual(agents: FloatAgents, z: Float64Array): Float64Array {
  const n = agents.total;
  const y = z.subarray(0, n);
  const lambda = z[n] as number;
  const q = agents.values(y);
  const h = new Float64Array(n);
  agents.sizes.forEach((s, k) => {
    const o = agents.offsets[k] as number;
    let sum = 0;
    for (let a = 0; a < s; a++) sum += Math.exp(y[o + a] as number);
    h[o] = sum - 1;
    for (let a = 1; a < s; a++) {
      h[o + a] = (y[o + a] as number) - (y[o] as number) - lambda * ((q[o + a] as number) - (q[o] as number));
    }
  });
  return h;
}

/** Jacobian rows (n × (n+1)) by central differences. */
function jacobian(agents: FloatAgents, z: Float64Array): Float64Array[] {
  const n = agents.total;
  const rows = Array.from({ length: n }, () => new Float64Array(n + 1));
  const zz = Float64Array.from(z);
  for (let j = 0; j <= n; j++) {
    const step = 1e-6 * Math.max(1, j === n ? Math.abs(z[j] as number) : 1);
    const orig = zz[j] as number;
    zz[j] = orig + step;
    const hp = residual(agents, zz);
    zz[j] = orig - step;
    const hm = residual(agents, zz);
    zz[j] = orig;
    for (let i = 0; i < n; i++) (rows[i] as Float64Array)[j] = ((hp[i] as number) - (hm[i] as number)) / (2 * step);
  }
  return rows;
}

/** Solves `[J; tᵀ] x = [rhs; last]`. */
function augmented(rows: Float64Array[], t: Float64Array, rhs: Float64Array, last: number): Float64Array | null {
  const b = new Float64Array(rows.length + 1);
  b.set(rhs);
  b[rows.length] = last;
  return solveDense([...rows, t], b);
}

/**
 * Follows the principal branch from the centroid to `maxLambda` (or until a limit is hit).
 * @remarks Since 0.1.0
 */
export function tracePrincipalBranch(agents: FloatAgents, s: TraceSettings): TraceEnd {
  const n = agents.total;
  const z = new Float64Array(n + 1);
  agents.sizes.forEach((k, i) => {
    for (let a = 0; a < k; a++) z[(agents.offsets[i] as number) + a] = -Math.log(k);
  });
  const eLambda = new Float64Array(n + 1);
  eLambda[n] = 1;
  const tangentAt = (at: Float64Array, orient: Float64Array): Float64Array | null => {
    const x = augmented(jacobian(agents, at), orient, new Float64Array(n), 1);
    if (x === null) return null;
    const len = norm(x);
    return x.map((v) => v / len);
  };
  let t = tangentAt(z, eLambda);
  if (t === null) return { logp: z.subarray(0, n), lambda: 0, steps: 0, reason: 'singular' };
  let h = s.initialStep;
  let steps = 0;
  while ((z[n] as number) < s.maxLambda) {
    if (steps >= s.maxSteps) return { logp: z.subarray(0, n), lambda: z[n] as number, steps, reason: 'steps' };
    if (s.shouldStop()) return { logp: z.subarray(0, n), lambda: z[n] as number, steps, reason: 'stopped' };
    steps++;
    const dir = t;
    const zp = z.map((v, i) => v + h * (dir[i] as number));
    const rows = jacobian(agents, zp);
    let ok = false;
    let prev = Infinity;
    let iterations = 0;
    for (; iterations < 8; iterations++) {
      const d = augmented(rows, t, residual(agents, zp), 0);
      if (d === null) break;
      const size = norm(d);
      if ((iterations === 0 && size > 0.5 * h + 1e-9) || size > 0.6 * prev || !Number.isFinite(size)) break;
      for (let i = 0; i <= n; i++) zp[i] = (zp[i] as number) - (d[i] as number);
      prev = size;
      if (size < s.tolerance * (1 + Math.abs(zp[n] as number) * 1e-3)) {
        ok = true;
        break;
      }
    }
    if (!ok) {
      h /= 2;
      if (h < s.minStep) return { logp: z.subarray(0, n), lambda: z[n] as number, steps, reason: 'step-size' };
      continue;
    }
    const next = tangentAt(zp, t);
    if (next === null) return { logp: z.subarray(0, n), lambda: z[n] as number, steps, reason: 'singular' };
    z.set(zp);
    t = next;
    if (iterations <= 2) h = Math.min(h * 2, s.maxStep);
  }
  return { logp: z.subarray(0, n), lambda: z[n] as number, steps, reason: 'lambda' };
}
