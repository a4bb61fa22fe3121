/**
 * A fast, proved rejection for the partner test of `partner-filter.ts`: that no `y ≥ 0` solves the square
 * integer system `A y = 1`, with `A` certified nonsingular. Plain float LU with partial pivoting gives an
 * approximate `y`; when some `y_j < 0`, `w = A⁻ᵀ(e_j + ε·1)` is a Farkas certificate (Farkas 1902; Schrijver
 * 1986, "Theory of Linear and Integer Programming", §7.3): `Aᵀw ≥ 0` and `wᵀ1 < 0` exclude every
 * `y ≥ 0` with `A y = 1`, since `wᵀ1 = (Aᵀw)ᵀy`. Both inequalities are checked with rounding-error bounds
 * of dot products (Higham 2002, "Accuracy and Stability of Numerical Algorithms", §3.1, `γ_n = nu/(1−nu)`),
 * so the float error in `w` does not matter. Nonsingularity follows from the LU backward error
 * `L̂Û = PA + ΔA`, `|ΔA| ≤ γ_n|L̂||Û|` (Higham Theorem 9.3) and `|T⁻¹| ≤ M(T)⁻¹` for triangular `T` with
 * comparison matrix `M(T)` (Higham Theorem 8.12): if `γ_n‖M(L̂)⁻¹|L̂||Û|M(Û)⁻¹‖∞ < 1`, `PA` is regular.
 * @remarks Since 0.1.0
 */

const U = 2 ** -53;

/** Work space for {@link farkasReject} on systems of up to `size` unknowns. */
export type FarkasWork = {
  readonly lu: Float64Array;
  readonly perm: Int32Array;
  readonly x: Float64Array;
  readonly z: Float64Array;
  readonly w: Float64Array;
};

/**
 * Work space for systems of up to `size` unknowns.
 * @remarks Since 0.1.0
 */
export function farkasWork(size: number): FarkasWork {
  return {
    lu: new Float64Array(size * size),
    perm: new Int32Array(size),
    x: new Float64Array(size),
    z: new Float64Array(size),
    w: new Float64Array(size),
  };
}

/**
 * Whether it is proved that the `b × b` matrix `A` (row-major in `a`, integer entries exactly representable)
 * is nonsingular and `A y = 1` has no solution `y ≥ 0`. `false` means "not proved" (no claim either way).
 * @remarks Since 0.1.0
 */
export function farkasReject(a: Float64Array, b: number, work: FarkasWork): boolean {
  const { lu, perm, x, z, w } = work;
  for (let i = 0; i < b * b; i++) lu[i] = a[i] as number;
  for (let i = 0; i < b; i++) perm[i] = i;
  // 1. PA = LU (Doolittle, partial pivoting), L unit lower (below the diagonal), U upper, in place
  for (let c = 0; c < b; c++) {
    let p = c;
    let big = Math.abs(lu[c * b + c] as number);
    for (let r = c + 1; r < b; r++) {
      const v = Math.abs(lu[r * b + c] as number);
      if (v > big) {
        big = v;
        p = r;
      }
    }
    if (!(big > 0)) return false;
    if (p !== c) {
      for (let u = 0; u < b; u++) {
        const t = lu[c * b + u] as number;
        lu[c * b + u] = lu[p * b + u] as number;
        lu[p * b + u] = t;
      }
      const t = perm[c] as number;
      perm[c] = perm[p] as number;
      perm[p] = t;
    }
    const cb = c * b;
    const inv = 1 / (lu[cb + c] as number);
    for (let r = c + 1; r < b; r++) {
      const rb = r * b;
      const l = (lu[rb + c] as number) * inv;
      lu[rb + c] = l;
      if (l === 0) continue;
      for (let u = c + 1; u < b; u++) lu[rb + u] = (lu[rb + u] as number) - l * (lu[cb + u] as number);
    }
  }
  // 2. y ≈ A⁻¹1 (P1 = 1): L z = 1, U x = z; the most negative component relative to Σ|y|
  for (let i = 0; i < b; i++) {
    let s = 1;
    for (let j = 0; j < i; j++) s -= (lu[i * b + j] as number) * (z[j] as number);
    z[i] = s;
  }
  let total = 0;
  for (let i = b - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let j = i + 1; j < b; j++) s -= (lu[i * b + j] as number) * (x[j] as number);
    x[i] = s / (lu[i * b + i] as number);
    total += Math.abs(x[i] as number);
  }
  let neg = -1;
  for (let i = 0; i < b; i++) if ((x[i] as number) < 0 && (neg < 0 || (x[i] as number) < (x[neg] as number))) neg = i;
  if (neg < 0) return false;
  const eps = (0.25 * -(x[neg] as number)) / total;
  // 3. w = A⁻ᵀ v, v = e_neg + ε1: Aᵀ = UᵀLᵀP, so Uᵀ z = v, Lᵀ q = z, w = Pᵀq (q kept in z)
  for (let i = 0; i < b; i++) {
    let s = (i === neg ? 1 : 0) + eps;
    for (let j = 0; j < i; j++) s -= (lu[j * b + i] as number) * (z[j] as number);
    z[i] = s / (lu[i * b + i] as number);
  }
  for (let i = b - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let j = i + 1; j < b; j++) s -= (lu[j * b + i] as number) * (z[j] as number);
    z[i] = s;
  }
  for (let i = 0; i < b; i++) w[perm[i] as number] = z[i] as number;
  // 4. the certificate: Aᵀw ≥ 0 and wᵀ1 < 0, each with a dot-product rounding bound
  const gamma = ((b + 1) * U) / (1 - (b + 1) * U);
  for (let l = 0; l < b; l++) {
    let s = 0;
    let mag = 0;
    for (let i = 0; i < b; i++) {
      const t = (a[i * b + l] as number) * (w[i] as number);
      s += t;
      mag += Math.abs(t);
    }
    if (!(s > 2 * gamma * mag)) return false;
  }
  let s = 0;
  let mag = 0;
  for (let i = 0; i < b; i++) {
    s += w[i] as number;
    mag += Math.abs(w[i] as number);
  }
  if (!(s < -2 * gamma * mag)) return false;
  // 5. nonsingularity: γ_b‖M(L)⁻¹|L||U|M(U)⁻¹e‖∞ < 1 (all vectors nonnegative, so rounding only scales them)
  for (let i = b - 1; i >= 0; i--) {
    let t = 1;
    for (let j = i + 1; j < b; j++) t += Math.abs(lu[i * b + j] as number) * (x[j] as number);
    x[i] = t / Math.abs(lu[i * b + i] as number);
  }
  for (let i = 0; i < b; i++) {
    let t = 0;
    for (let j = i; j < b; j++) t += Math.abs(lu[i * b + j] as number) * (x[j] as number);
    z[i] = t;
  }
  for (let i = b - 1; i >= 0; i--) {
    let t = z[i] as number;
    for (let j = 0; j < i; j++) t += Math.abs(lu[i * b + j] as number) * (z[j] as number);
    z[i] = t; // |L| z, computed bottom-up so each z[j] read is still the |U|-product
  }
  let norm = 0;
  for (let i = 0; i < b; i++) {
    let t = z[i] as number;
    for (let j = 0; j < i; j++) t += Math.abs(lu[i * b + j] as number) * (x[j] as number);
    x[i] = t;
    if (t > norm) norm = t;
  }
  return Number.isFinite(norm) && 2 * gamma * norm < 0.5;
}
