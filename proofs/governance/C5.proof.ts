/**
 * MODEL.md C5 (dissipation): W(F; Sub, Sub) − W(inaction) read from the symbolic game equals
 * V(b_T + b_K + b_S) − c_K − c_S + e_T, is positive under C2, and is 6 at the first worked example (also
 * computed by the concrete engine, analyzeCompliance).
 *
 * The proof itself lives in `src/governance/compliance-claims.ts` (claim `C5`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/C5.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { C5 } from '../../src/governance/compliance-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = C5;

export default claim;
