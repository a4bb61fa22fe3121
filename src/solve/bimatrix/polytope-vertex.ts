/**
 * The vertices that the reverse search of `reverse-search.ts` reports: labels (tight rows, zero
 * coordinates) at once, exact coordinates on demand.
 * @remarks Since 0.1.0
 */
import type { BasisLabels, ExactDictionary } from './exact-dictionary.js';
import { solveIntegerSystem } from './linear-system.js';

/** A vertex of `{ z ≥ 0 : M z ≤ 1 }` with its labels. */
export type PolytopeVertex = {
  /** `tight[i]`: row `i` of `M z ≤ 1` holds with equality (a fresh array the receiver may keep) */
  readonly tight: readonly boolean[];
  /** `zero[j]`: `z_j = 0` (a fresh array the receiver may keep) */
  readonly zero: readonly boolean[];
  /** whether the vertex has more tight constraints (zero coordinates and tight rows) than dimensions */
  readonly degenerate: boolean;
  /** the exact coordinates `z = num / den` (`den > 0`), computed on the first call and cached */
  coordinates(): { readonly num: readonly bigint[]; readonly den: bigint };
};

type Coordinates = { readonly num: readonly bigint[]; readonly den: bigint };

/**
 * The vertex of a nondegenerate basis (every basic variable nonzero), from its labels alone: the tight rows
 * are those whose slack is nonbasic, the zero coordinates the nonbasic variables; the coordinates solve the
 * square system of the tight rows over the basic variables (Cramer's rule, fraction-free).
 * @remarks Since 0.1.0
 */
export function vertexFromLabels(M: readonly (readonly bigint[])[], labels: BasisLabels): PolytopeVertex {
  const k = M.length;
  const d = M[0]?.length ?? 0;
  const tight = new Array<boolean>(k);
  for (let i = 0; i < k; i++) tight[i] = (labels.where[k - 1 - i] as number) >= 0;
  const zero = new Array<boolean>(d);
  for (let j = 0; j < d; j++) zero[j] = (labels.where[k + j] as number) >= 0;
  let cached: Coordinates | null = null;
  return {
    tight,
    zero,
    degenerate: false,
    coordinates() {
      if (cached !== null) return cached;
      const cols: number[] = [];
      for (let j = 0; j < d; j++) if (zero[j] !== true) cols.push(j);
      const rows: bigint[][] = [];
      for (let i = 0; i < k; i++) if (tight[i] === true) rows.push(cols.map((j) => (M[i] as bigint[])[j] as bigint));
      const num = new Array<bigint>(d).fill(0n);
      if (cols.length === 0) return (cached = { num, den: 1n });
      const sol = solveIntegerSystem(
        rows,
        rows.map(() => 1n),
      );
      if (sol.kind !== 'unique') throw new RangeError('vertexFromLabels(): the basis is singular');
      cols.forEach((j, t) => {
        num[j] = sol.num[t] as bigint;
      });
      return (cached = { num, den: sol.den });
    },
  };
}

/**
 * The vertex of a basis from its exact dictionary (`det·B⁻¹1` holds the basic coordinates).
 * @remarks Since 0.1.0
 */
export function vertexFromDictionary(D: ExactDictionary, labels: BasisLabels): PolytopeVertex {
  const k = D.rows.length - 1;
  const d = (D.rows[0]?.length ?? 1) - 1;
  const num = new Array<bigint>(d).fill(0n);
  const tight = new Array<boolean>(k).fill(true);
  for (let r = 0; r < k; r++) {
    const li = labels.basis[r] as number;
    const value = (D.rows[r] as bigint[])[d] as bigint;
    if (li >= k) num[li - k] = value;
    else tight[k - 1 - li] = value === 0n;
  }
  const zero = num.map((x) => x === 0n);
  let zeros = 0;
  for (const z of zero) if (z) zeros++;
  for (const t of tight) if (t) zeros++;
  const coordinates: Coordinates = { num, den: D.det };
  return { tight, zero, degenerate: zeros > d, coordinates: () => coordinates };
}
