/**
 * MODEL.md R2 (friendly institutions): at both worked examples, for each parameter, the thresholds that
 * institutionThresholds derives from the SPE regions are proved exact on the one-parameter game: inaction is
 * an SPE on the reported interval and not beyond each finite end; (F; Sub, Sub) is the unique SPE outcome on
 * the reported cooperation interval (strict dominance after F, T's strict preference for F).
 *
 * The proof itself lives in `src/governance/remedy-claims.ts` (claim `R2`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/R2.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { R2 } from '../../src/governance/remedy-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = R2;

export default claim;
