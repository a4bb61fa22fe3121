/**
 * MODEL.md R1 (trust): in the repeated compliance game's grim-trigger form, the derived Nash region of
 * (Grim, Grim, Grim) is equivalent to δ(D_i − N_i) ≥ D_i − C_i for each player (δ ≥ δ* = (D_i − C_i)/(D_i − N_i)
 * when D_i > N_i), the punishment is credible under C1, and at the second worked example grim trigger is an
 * equilibrium exactly for δ ≥ δ* = 1/2 (δ* computed by trustThreshold).
 *
 * The proof itself lives in `src/governance/trust-claims.ts` (claim `R1`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/R1.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { R1 } from '../../src/governance/trust-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = R1;

export default claim;
