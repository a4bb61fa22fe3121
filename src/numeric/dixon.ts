/**
 * Exact solution of a nonsingular sparse integer linear system `A z = b` by p-adic lifting (Dixon 1982,
 * "Exact solution of linear equations using p-adic expansions", Numer. Math. 40): one LU factorization of
 * `A` modulo a prime `p < 2²⁶` in floating-point words (products stay below 2⁵³, so every operation is
 * exact), then `zₖ = A⁻¹ rₖ mod p`, `rₖ₊₁ = (rₖ − A zₖ)/p` with BigInt residuals; the p-adic expansion
 * `Σ zₖ pᵏ` is turned into rationals by rational reconstruction (Wang 1981; von zur Gathen and Gerhard,
 * "Modern Computer Algebra", §5.10) and the candidate is checked exactly against `A z = b`. The number of
 * steps is bounded by Hadamard's bound on numerators and denominators (Cramer's rule); reconstruction is
 * tried earlier at doubling step counts, so small answers come back quickly.
 * @remarks Since 0.1.0
 */

/** A square sparse integer matrix by rows. */
export type SparseIntegerMatrix = {
  readonly n: number;
  readonly cols: readonly (readonly number[])[];
  readonly vals: readonly (readonly bigint[])[];
};

/** A rational vector `num / den` with a common denominator `den > 0`. */
export type RationalVector = { readonly num: bigint[]; readonly den: bigint };

const LIMIT = 2 ** 26;
const PRIMES: number[] = [];
for (let c = LIMIT - 1; PRIMES.length < 4; c -= 2) {
  let prime = true;
  for (let f = 3; f * f <= c; f += 2) {
    if (c % f === 0) {
      prime = false;
      break;
    }
  }
  if (prime) PRIMES.push(c);
}

function invMod(a: number, p: number): number {
  let [r0, r1, t0, t1] = [p, a, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return t0 < 0 ? t0 + p : t0;
}

const modBig = (x: bigint, P: bigint): number => {
  const r = x % P;
  return Number(r < 0n ? r + P : r);
};

/** LU factorization mod p with row pivoting; `null` if singular mod p. */
function factor(a: SparseIntegerMatrix, p: number): { lu: Float64Array; perm: Int32Array } | null {
  const n = a.n;
  const P = BigInt(p);
  const lu = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const cs = a.cols[i] as readonly number[];
    const vs = a.vals[i] as readonly bigint[];
    for (let t = 0; t < cs.length; t++) lu[i * n + (cs[t] as number)] = modBig(vs[t] as bigint, P);
  }
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < n; k++) {
    let piv = -1;
    for (let i = k; i < n; i++) {
      if (lu[i * n + k] !== 0) {
        piv = i;
        break;
      }
    }
    if (piv < 0) return null;
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j] as number;
        lu[k * n + j] = lu[piv * n + j] as number;
        lu[piv * n + j] = t;
      }
      const t = perm[k] as number;
      perm[k] = perm[piv] as number;
      perm[piv] = t;
    }
    const inv = invMod(lu[k * n + k] as number, p);
    for (let i = k + 1; i < n; i++) {
      const lik = lu[i * n + k] as number;
      if (lik === 0) continue;
      const f = (lik * inv) % p;
      lu[i * n + k] = f;
      const g = p - f;
      for (let j = k + 1; j < n; j++) {
        const ukj = lu[k * n + j] as number;
        if (ukj !== 0) lu[i * n + j] = ((lu[i * n + j] as number) + ((g * ukj) % p)) % p;
      }
    }
    lu[k * n + k] = inv; // store the pivot's inverse for the back substitution
  }
  return { lu, perm };
}

function solveMod(lu: Float64Array, perm: Int32Array, rhs: Float64Array, p: number): Float64Array {
  const n = perm.length;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = rhs[perm[i] as number] as number;
    for (let j = 0; j < i; j++) {
      const l = lu[i * n + j] as number;
      if (l !== 0) s = (s + p - ((l * (y[j] as number)) % p)) % p;
    }
    y[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let j = i + 1; j < n; j++) {
      const u = lu[i * n + j] as number;
      if (u !== 0) s = (s + p - ((u * (y[j] as number)) % p)) % p;
    }
    y[i] = (s * (lu[i * n + i] as number)) % p;
  }
  return y;
}

function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = BigInt(Math.floor(Math.sqrt(Number(x))));
  if (r === 0n) r = 1n;
  for (;;) {
    const next = (r + x / r) >> 1n;
    if (next >= r - 1n && next <= r + 1n) {
      let s = next;
      while (s * s > x) s -= 1n;
      while ((s + 1n) * (s + 1n) <= x) s += 1n;
      return s;
    }
    r = next;
  }
}

/** Rational reconstruction of `u mod m` with |num|, den ≤ bound; `null` if none. */
function reconstruct(u: bigint, m: bigint, bound: bigint): [bigint, bigint] | null {
  let [r0, r1, t0, t1] = [m, u, 0n, 1n];
  while (r1 > bound) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (t1 === 0n) return null;
  const den = t1 < 0n ? -t1 : t1;
  if (den > bound) return null;
  return [t1 < 0n ? -r1 : r1, den];
}

function verify(a: SparseIntegerMatrix, b: readonly bigint[], num: readonly bigint[], den: bigint): boolean {
  for (let i = 0; i < a.n; i++) {
    const cs = a.cols[i] as readonly number[];
    const vs = a.vals[i] as readonly bigint[];
    let s = 0n;
    for (let t = 0; t < cs.length; t++) s += (vs[t] as bigint) * (num[cs[t] as number] as bigint);
    if (s !== (b[i] as bigint) * den) return false;
  }
  return true;
}

function tryReconstruct(
  a: SparseIntegerMatrix,
  b: readonly bigint[],
  X: readonly bigint[],
  m: bigint,
): RationalVector | null {
  const bound = isqrt(m / 2n);
  const num: bigint[] = [];
  let den = 1n;
  for (const xi of X) {
    const u = (xi * den) % m;
    const rec = reconstruct(u, m, bound);
    if (rec === null) return null;
    const [nn, dd] = rec;
    if (dd !== 1n) {
      for (let j = 0; j < num.length; j++) num[j] = (num[j] as bigint) * dd;
      den *= dd;
    }
    num.push(nn);
  }
  return verify(a, b, num, den) ? { num, den } : null;
}

/**
 * Solves `A z = b` exactly for a square nonsingular integer matrix.
 * @returns the solution with a common denominator, or `null` when `A` is singular (modulo several primes)
 * @remarks Since 0.1.0
 */
export function solveIntegerSystemDixon(a: SparseIntegerMatrix, b: readonly bigint[]): RationalVector | null {
  const n = a.n;
  if (n === 0) return { num: [], den: 1n };
  let fac: { lu: Float64Array; perm: Int32Array } | null = null;
  let p = 0;
  for (const prime of PRIMES) {
    fac = factor(a, prime);
    if (fac !== null) {
      p = prime;
      break;
    }
  }
  if (fac === null) return null;
  // Hadamard bound on |det| and on every Cramer numerator: Π_i ‖(row_i, b_i)‖₂.
  let log2H = 0;
  for (let i = 0; i < n; i++) {
    const row = a.vals[i] as readonly bigint[];
    let top = log2Abs(b[i] as bigint);
    for (const v of row) top = Math.max(top, log2Abs(v));
    log2H += top + 0.5 * Math.log2(row.length + 1);
  }
  const maxSteps = Math.ceil((2 * log2H + 2) / Math.log2(p)) + 1;
  const P = BigInt(p);
  const r = b.slice();
  const X = new Array<bigint>(n).fill(0n);
  let pk = 1n;
  let nextTry = 4;
  const rhs = new Float64Array(n);
  for (let step = 1; step <= maxSteps; step++) {
    for (let i = 0; i < n; i++) rhs[i] = modBig(r[i] as bigint, P);
    const z = solveMod(fac.lu, fac.perm, rhs, p);
    const zb = Array.from(z, (v) => BigInt(v));
    for (let i = 0; i < n; i++) {
      const cs = a.cols[i] as readonly number[];
      const vs = a.vals[i] as readonly bigint[];
      let s = 0n;
      for (let t = 0; t < cs.length; t++) {
        const zj = zb[cs[t] as number] as bigint;
        if (zj !== 0n) s += (vs[t] as bigint) * zj;
      }
      r[i] = ((r[i] as bigint) - s) / P;
      const zi = zb[i] as bigint;
      if (zi !== 0n) X[i] = (X[i] as bigint) + zi * pk;
    }
    pk *= P;
    if (step === nextTry || step === maxSteps || r.every((v) => v === 0n)) {
      nextTry *= 2;
      const found = tryReconstruct(a, b, X, pk);
      if (found !== null) return found;
    }
  }
  return null;
}

/** An upper bound on log₂|v| (0 for v = 0). */
function log2Abs(v: bigint): number {
  const abs = v < 0n ? -v : v;
  if (abs === 0n) return 0;
  if (abs < 2n ** 1000n) return Math.log2(Number(abs)) + 1e-9;
  return abs.toString(2).length;
}
