/**
 * MODEL.md C1 (collective inaction is an SPE), both directions. The SPE region of the plan
 * (C; Nom, Form after C and F) is derived from the fully symbolic compliance game by `equilibriumRegion`;
 * `prove` certifies it from the stated conditions `b_K V λ_K ≤ c_K`, `b_S V λ_S + qP ≤ c_S`, `ρA ≥ e_T`
 * (with 0 ≤ φ, λ, b ≤ 1 and all parameters nonnegative), using the product
 * `c_K − b_K φ V λ_K = φ(c_K − b_K V λ_K) + (1−φ) c_K` for the step "hence after C"; conversely the
 * region's constraints certify the conditions.
 *
 * The proof itself lives in `src/governance/compliance-claims.ts` (claim `C1`) so tests and the CLI can run it too; the
 * certificate goes to `proofs/certificates/C1.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { C1 } from '../../src/governance/compliance-claims.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = C1;

export default claim;
