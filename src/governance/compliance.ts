/**
 * Stage 2 of MODEL.md, the non-negotiation (compliance) game: T chooses C (compulsive compliance) or F
 * (flexible governance), observed; then K ∈ {Nom, Sub} and S ∈ {Form, Sub} move simultaneously.
 *
 * Production `V_real = φ_m · V · g(k, s)` with `g(Sub,Sub) = 1`, `g(Sub,Form) = λ_K`, `g(Nom,Sub) = λ_S`,
 * `g(Nom,Form) = 0`, `φ_F = 1`, `φ_C = φ`. Payoffs:
 * `u_T = b_T V_real − e_T [m=C] − ρA [m=F] (1 − g)`, `u_K = b_K V_real − c_K [k=Sub]`,
 * `u_S = b_S V_real − c_S [s=Sub] − qP [m=F][s=Form]`.
 *
 * The payoff formulas are written once over an {@link Arithmetic}, so the same code builds the concrete game
 * (rationals) and the parametric one (polynomials in the parameters).
 * @remarks Since 0.1.0
 */
import { type Arithmetic, RATIONAL } from '../game/arithmetic.js';
import { buildTree, decision, terminal } from '../game/builder.js';
import type { ExtensiveGame } from '../game/types.js';
import type { Rational } from '../numeric/rational.js';
import { type ComplianceParamsInput, type ComplianceParamsOf, complianceParams } from './params.js';

/** T's modes. */
export type Mode = 'C' | 'F';
/** K's actions. */
export type KAction = 'Nom' | 'Sub';
/** S's actions. */
export type SAction = 'Form' | 'Sub';

/** Player order of the compliance game. */
export const COMPLIANCE_PLAYERS = ['T', 'K', 'S'] as const;
/** T's actions in file order. */
export const MODES: readonly Mode[] = ['C', 'F'];
/** K's actions in file order. */
export const K_ACTIONS: readonly KAction[] = ['Nom', 'Sub'];
/** S's actions in file order. */
export const S_ACTIONS: readonly SAction[] = ['Form', 'Sub'];

/**
 * The payoff vector `(u_T, u_K, u_S)` of a play `(m, k, s)`, over any arithmetic.
 * @remarks Since 0.1.0
 */
export function compliancePayoffs<V>(
  p: ComplianceParamsOf<V>,
  m: Mode,
  k: KAction,
  s: SAction,
  ar: Arithmetic<V>,
): [V, V, V] {
  const g = k === 'Sub' ? (s === 'Sub' ? ar.one : p.lambdaK) : s === 'Sub' ? p.lambdaS : ar.zero;
  const phiM = m === 'C' ? p.phi : ar.one;
  const vReal = ar.mul(ar.mul(phiM, p.V), g);
  let uT = ar.mul(p.bT, vReal);
  if (m === 'C') uT = ar.sub(uT, p.eT);
  else uT = ar.sub(uT, ar.mul(p.rhoA, ar.sub(ar.one, g)));
  let uK = ar.mul(p.bK, vReal);
  if (k === 'Sub') uK = ar.sub(uK, p.cK);
  let uS = ar.mul(p.bS, vReal);
  if (s === 'Sub') uS = ar.sub(uS, p.cS);
  if (m === 'F' && s === 'Form') uS = ar.sub(uS, p.qP);
  return [uT, uK, uS];
}

/**
 * The compliance game as a tree over any arithmetic (information sets `K|C`, `S|C`, `K|F`, `S|F`: K and S
 * see T's mode, not each other's move).
 * @remarks Since 0.1.0
 */
export function complianceTree<V>(params: ComplianceParamsOf<V>, ar: Arithmetic<V>): ExtensiveGame<V> {
  const after = (m: Mode) =>
    decision<V>(
      'K',
      K_ACTIONS.map(
        (k) =>
          [
            k,
            decision<V>(
              'S',
              S_ACTIONS.map(
                (s) => [s, terminal<V>(compliancePayoffs(params, m, k, s, ar), { label: `${m},${k},${s}` })] as const,
              ),
              { infoset: `S|${m}` },
            ),
          ] as const,
      ),
      { infoset: `K|${m}` },
    );
  return buildTree<V>(
    {
      title: 'Compliance game (MODEL.md stage 2)',
      players: [...COMPLIANCE_PLAYERS],
      root: decision<V>(
        'T',
        MODES.map((m) => [m, after(m)] as const),
        { infoset: 'T' },
      ),
    },
    { arithmetic: ar, value: (x) => x as V },
  );
}

/**
 * Stage 2 of MODEL.md with concrete parameters (exact strings like `"3/10"` or numbers).
 * @throws InvalidArgumentError for missing, unknown or impossible parameters
 * @remarks Since 0.1.0
 */
export function complianceGame(params: ComplianceParamsInput): ExtensiveGame<Rational> {
  return complianceTree(complianceParams(params), RATIONAL);
}
