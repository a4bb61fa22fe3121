/**
 * MODEL.md C4 (selection in the coordination regime): the after-F deviation losses of (Nom, Form) and
 * (Sub, Sub) are the after-F constraints of their SPE regions, derived from the game; under C4's conditions
 * they are strictly positive (both strict equilibria) and the product for inaction is larger
 * (Harsanyi–Selten risk dominance).
 *
 * The proof itself lives in `src/governance/compliance-claims.ts` (claim `C4`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/C4.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { C4 } from '../../src/governance/compliance-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = C4;

export default claim;
