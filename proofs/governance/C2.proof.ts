/**
 * MODEL.md C2 (the paradox): under C1's and C2's conditions inaction is an SPE (region derived from the
 * game) and (F; Sub, Sub) gives each player strictly more (payoff differences read from the game's tree).
 *
 * The proof itself lives in `src/governance/compliance-claims.ts` (claim `C2`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/C2.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { C2 } from '../../src/governance/compliance-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = C2;

export default claim;
