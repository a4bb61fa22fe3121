/**
 * MODEL.md N2: the proof lives in `src/governance/stage1-proofs/n2.ts` (so the report and the tests can run it
 * too); its certificate goes to `proofs/certificates/N2.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { claim as proof } from '../../src/governance/stage1-proofs/n2.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = proof;

export default claim;
