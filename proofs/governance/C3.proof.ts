/**
 * MODEL.md C3 (uniqueness in the dilemma regime): strict dominance at every information set (K|C, K|F,
 * S|C, S|F), each comparison a payoff difference read from the symbolic game and certified strictly
 * positive, and T's strict preference for C; hence inaction is the unique SPE (mixed ones included) and the
 * only Nash outcome. Also: with C2, the regime needs λ_S, λ_K > 0.
 *
 * The proof itself lives in `src/governance/compliance-claims.ts` (claim `C3`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/C3.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { C3 } from '../../src/governance/compliance-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = C3;

export default claim;
