/**
 * MODEL.md's stated conditions of claims C1–C4 as text conditions (this project's derivation, quoted
 * verbatim from MODEL.md's table), and the shape of an executable claim. Shared by the proofs
 * (`compliance-claims.ts`), the arbitraries' documentation and the tests.
 * @remarks Since 0.1.0
 */
import type { ProveResult } from '../param/prove.js';

/** An executable claim (the shape `proofs/run.ts` expects). */
export type GovernanceClaim = { readonly id: string; readonly statement: string; readonly run: () => ProveResult };

/** MODEL.md C1's stated conditions. */
export const C1_CONDITIONS: readonly string[] = ['bK*V*lambdaK <= cK', 'bS*V*lambdaS + qP <= cS', 'rhoA >= eT'];
/** MODEL.md C2's stated conditions. */
export const C2_CONDITIONS: readonly string[] = ['bT*V + eT > 0', 'bK*V > cK', 'bS*V > cS'];
/** MODEL.md C3's stated conditions (`max` written as two inequalities). */
export const C3_CONDITIONS: readonly string[] = [
  'bK*V*lambdaK < cK',
  'bK*V*(1 - lambdaS) < cK',
  'bS*V*lambdaS + qP < cS',
  'bS*V*(1 - lambdaK) + qP < cS',
  'rhoA > eT',
];
/** MODEL.md C4's stated conditions: the risk-dominance inequality and its four factors positive. */
export const C4_CONDITIONS: readonly string[] = [
  '(cK - bK*V*lambdaK)*(cS - qP - bS*V*lambdaS) > (bK*V*(1 - lambdaS) - cK)*(bS*V*(1 - lambdaK) - cS + qP)',
  'cK - bK*V*lambdaK > 0',
  'cS - qP - bS*V*lambdaS > 0',
  'bK*V*(1 - lambdaS) - cK > 0',
  'bS*V*(1 - lambdaK) - cS + qP > 0',
];
