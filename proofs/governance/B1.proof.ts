/**
 * MODEL.md B1 (the bridge): on the first worked example with b_T = 1 − b_K − b_S, the negotiated shares
 * b = (3/10, 3/10, 2/5) admit (F; Sub, Sub) as an SPE (region derived from the game, certified at those
 * shares), while the imposed shares b = (4/5, 1/10, 1/10) make inaction the unique SPE and the only Nash
 * outcome (strict dominance at every information set).
 *
 * The proof itself lives in `src/governance/remedy-claims.ts` (claim `B1`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/B1.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { B1 } from '../../src/governance/remedy-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = B1;

export default claim;
