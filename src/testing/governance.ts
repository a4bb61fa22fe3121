/**
 * fast-check arbitraries of stage-2 (compliance game) parameters of MODEL.md, inside and just outside the
 * stated conditions of claims C1, C3 and C4. Values are exact rationals with small denominators; they
 * shrink toward simple values (numerators toward 0, denominators toward 1, slacks toward the boundary).
 * @remarks Since 0.1.0
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { ComplianceParams } from '../governance/params.js';
import { type Rational, ZERO, rat } from '../numeric/rational.js';

const DENS = [1, 2, 3, 4, 5, 10] as const;

/**
 * A simple nonnegative rational `n/d` with `0 ≤ n ≤ maxNumerator`, `d ∈ {1, 2, 3, 4, 5, 10}`; shrinks to 0.
 * @remarks Since 0.1.0
 */
export function arbSimpleRational(maxNumerator = 20): Arbitrary<Rational> {
  return fc.tuple(fc.integer({ min: 0, max: maxNumerator }), fc.constantFrom(...DENS)).map(([n, d]) => rat(n, d));
}

/** A simple positive rational (at least `1/10`); shrinks to 1/10 ... 1. @remarks Since 0.1.0 */
export function arbPositiveRational(maxNumerator = 20): Arbitrary<Rational> {
  return fc.tuple(fc.integer({ min: 1, max: maxNumerator }), fc.constantFrom(...DENS)).map(([n, d]) => rat(n, d));
}

/** A simple rational in [0, 1]: `k/d`, `d ∈ {1, 2, 3, 4, 5, 10}`; shrinks to 0. @remarks Since 0.1.0 */
export function arbUnitRational(): Arbitrary<Rational> {
  return fc.tuple(fc.integer({ min: 0, max: 10 }), fc.constantFrom(...DENS)).map(([k, d]) => rat(Math.min(k, d), d));
}

/** A small positive gap `ε ∈ {1/100, 1/10, 1/2, 1}`: how far outside a condition "just outside" is. @remarks Since 0.1.0 */
export function arbGap(): Arbitrary<Rational> {
  return fc.constantFrom(rat(1, 100), rat(1, 10), rat(1, 2), rat(1));
}

/**
 * Any admissible stage-2 parameters: shares `b_K + b_S ≤ 1` (tenths) with `b_T = 1 − b_K − b_S`,
 * `φ, λ_K, λ_S ∈ [0, 1]`, the other parameters nonnegative.
 * @remarks Since 0.1.0
 */
export function arbComplianceParams(): Arbitrary<ComplianceParams> {
  return fc
    .record({
      V: arbPositiveRational(20),
      k: fc.integer({ min: 0, max: 10 }),
      s: fc.integer({ min: 0, max: 10 }),
      cK: arbSimpleRational(),
      cS: arbSimpleRational(),
      eT: arbSimpleRational(10),
      rhoA: arbSimpleRational(10),
      phi: arbUnitRational(),
      lambdaK: arbUnitRational(),
      lambdaS: arbUnitRational(),
      qP: arbSimpleRational(10),
    })
    .map(({ k, s, ...rest }) => {
      const bK = rat(k, 10);
      const bS = rat(Math.min(s, 10 - k), 10);
      return { ...rest, bK, bS, bT: rat(1).sub(bK).sub(bS) };
    });
}

const max = (a: Rational, b: Rational) => (a.compare(b) >= 0 ? a : b);
const clipGap = (boundary: Rational, gap: Rational) => (gap.compare(boundary) > 0 ? boundary : gap);

/** Parameters inside C1's conditions (`b_K V λ_K ≤ c_K`, `b_S V λ_S + qP ≤ c_S`, `ρA ≥ e_T`; slacks shrink to 0, the boundary). @remarks Since 0.1.0 */
export function arbInsideC1(): Arbitrary<ComplianceParams> {
  return fc
    .tuple(arbComplianceParams(), arbSimpleRational(10), arbSimpleRational(10), arbSimpleRational(10))
    .map(([p, sK, sS, sT]) => ({
      ...p,
      cK: p.bK.mul(p.V).mul(p.lambdaK).add(sK),
      cS: p.bS.mul(p.V).mul(p.lambdaS).add(p.qP).add(sS),
      rhoA: p.eT.add(sT),
    }));
}

/**
 * Parameters just outside C1: one condition (K's, S's or T's) fails by a small gap, the others hold.
 * K's (S's) can fail only when `b_K V λ_K > 0` (`b_S V λ_S + qP > 0`); otherwise T's fails.
 * @remarks Since 0.1.0
 */
export function arbOutsideC1(): Arbitrary<ComplianceParams> {
  return fc.tuple(arbInsideC1(), fc.constantFrom('T', 'K', 'S'), arbGap()).map(([p, which, gap]) => {
    const kBound = p.bK.mul(p.V).mul(p.lambdaK);
    const sBound = p.bS.mul(p.V).mul(p.lambdaS).add(p.qP);
    if (which === 'K' && kBound.compare(0) > 0) return { ...p, cK: kBound.sub(clipGap(kBound, gap)) };
    if (which === 'S' && sBound.compare(0) > 0) return { ...p, cS: sBound.sub(clipGap(sBound, gap)) };
    return { ...p, eT: p.rhoA.add(gap) };
  });
}

/**
 * Parameters inside C1's conditions where every player weakly prefers cooperation to inaction (`c_K ≤ b_K V`,
 * `c_S ≤ b_S V`; strictly when `λ < 1`): the setting of the trust threshold δ* (MODEL.md R1). Costs sit at
 * positions `x, y ∈ [0, 9/10]` between the C1 bound and the cooperation bound, `qP` at `z ∈ [0, 9/10]` of
 * S's room.
 * @remarks Since 0.1.0
 */
export function arbInsideC1C2(): Arbitrary<ComplianceParams> {
  const tenth = fc.integer({ min: 0, max: 9 }).map((k) => rat(k, 10));
  return fc.tuple(arbComplianceParams(), tenth, tenth, tenth, arbSimpleRational(10)).map(([p, x, y, z, sT]) => {
    const kLo = p.bK.mul(p.V).mul(p.lambdaK);
    const sRoom = p.bS.mul(p.V).mul(rat(1).sub(p.lambdaS));
    const qP = z.mul(sRoom);
    const sLo = p.bS.mul(p.V).mul(p.lambdaS).add(qP);
    return {
      ...p,
      qP,
      cK: kLo.add(x.mul(p.bK.mul(p.V).sub(kLo))),
      cS: sLo.add(y.mul(p.bS.mul(p.V).sub(sLo))),
      rhoA: p.eT.add(sT),
    };
  });
}

/** Parameters inside C3's conditions (Sub strictly dominated after F for K and S, `ρA > e_T`). @remarks Since 0.1.0 */
export function arbInsideC3(): Arbitrary<ComplianceParams> {
  return fc
    .tuple(arbComplianceParams(), arbPositiveRational(10), arbPositiveRational(10), arbPositiveRational(10))
    .map(([p, sK, sS, sT]) => ({
      ...p,
      cK: p.bK
        .mul(p.V)
        .mul(max(p.lambdaK, rat(1).sub(p.lambdaS)))
        .add(sK),
      cS: p.bS
        .mul(p.V)
        .mul(max(p.lambdaS, rat(1).sub(p.lambdaK)))
        .add(p.qP)
        .add(sS),
      rhoA: p.eT.add(sT),
    }));
}

/**
 * Parameters just outside C3: one of K's, S's or T's strict conditions fails by a gap ≥ 0 (0: on the
 * boundary, which is outside a strict condition), clipped so costs stay nonnegative.
 * @remarks Since 0.1.0
 */
export function arbOutsideC3(): Arbitrary<ComplianceParams> {
  return fc
    .tuple(arbInsideC3(), fc.constantFrom('K', 'S', 'T'), fc.oneof(fc.constant(ZERO), arbGap()))
    .map(([p, which, gap]) => {
      if (which === 'K') {
        const b = p.bK.mul(p.V).mul(max(p.lambdaK, rat(1).sub(p.lambdaS)));
        return { ...p, cK: b.sub(clipGap(b, gap)) };
      }
      if (which === 'S') {
        const b = p.bS
          .mul(p.V)
          .mul(max(p.lambdaS, rat(1).sub(p.lambdaK)))
          .add(p.qP);
        return { ...p, cS: b.sub(clipGap(b, gap)) };
      }
      return { ...p, rhoA: p.eT.sub(clipGap(p.eT, gap)) };
    });
}

/**
 * Coordination-regime parameters placed by two positions `x, y ∈ [0, 1]`: `λ_K + λ_S < 1`, `b_K, b_S, V > 0`,
 * `c_K = b_K V (λ_K + x (1 − λ_S − λ_K))` and `c_S − qP = b_S V (λ_S + y (1 − λ_K − λ_S))`. Then both
 * (Nom, Form) and (Sub, Sub) are strict after F iff `0 < x, y < 1`, and (Nom, Form) risk-dominates iff
 * `x y > (1 − x)(1 − y)`, i.e. `x + y > 1`.
 */
function coordination(xy: Arbitrary<readonly [Rational, Rational]>): Arbitrary<ComplianceParams> {
  return fc
    .tuple(
      arbComplianceParams(),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 0, max: 9 }),
      xy,
    )
    .map(([p, k, s, a, b, [x, y]]) => {
      const lambdaK = rat(Math.min(a, 9), 10);
      const lambdaS = rat(Math.min(b, 9 - Math.min(a, 9)), 10);
      const bK = rat(k, 10);
      const bS = rat(s, 10);
      const room = rat(1).sub(lambdaK).sub(lambdaS);
      return {
        ...p,
        bK,
        bS,
        bT: rat(1).sub(bK).sub(bS),
        lambdaK,
        lambdaS,
        cK: bK.mul(p.V).mul(lambdaK.add(x.mul(room))),
        cS: p.qP.add(bS.mul(p.V).mul(lambdaS.add(y.mul(room)))),
      };
    })
    .filter((p) => p.lambdaK.add(p.lambdaS).compare(1) < 0);
}

const position = (d: number, i: number) => rat(i, d);

/** Parameters inside C4's conditions (both strict after F, inaction risk-dominant: `x + y > 1`). @remarks Since 0.1.0 */
export function arbInsideC4(): Arbitrary<ComplianceParams> {
  return coordination(
    fc
      .tuple(fc.constantFrom(2, 3, 4, 5, 10), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
      .map(([d, i, j]) => {
        const x = Math.min(i, d - 1);
        const y = Math.max(d - x + 1, Math.min(j, d - 1));
        return [position(d, x), position(d, Math.min(y, d - 1))] as const;
      })
      .filter(([x, y]) => x.add(y).compare(1) > 0),
  );
}

/**
 * Parameters just outside C4: the products tie or reverse by one step (`x + y ∈ {1, 1 − 1/d}`), or a factor
 * vanishes (`x ∈ {0, 1}`: one equilibrium is not strict).
 * @remarks Since 0.1.0
 */
export function arbOutsideC4(): Arbitrary<ComplianceParams> {
  return coordination(
    fc
      .tuple(
        fc.constantFrom(2, 3, 4, 5, 10),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('tie', 'reverse', 'zero', 'one'),
      )
      .map(([d, i, how]) => {
        const x = Math.min(i, d - 1);
        if (how === 'zero') return [ZERO, position(d, d - 1)] as const;
        if (how === 'one') return [rat(1), position(d, 1)] as const;
        return [position(d, x), position(d, how === 'tie' ? d - x : Math.max(0, d - x - 1))] as const;
      }),
  );
}
