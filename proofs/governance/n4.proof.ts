/**
 * MODEL.md N4: the proof lives in `src/governance/stage1-proofs/n4.ts` (so the report and the tests can run it
 * too); its certificate goes to `proofs/certificates/N4.json` and is re-checked by `src/verify/certificate.ts`.
 */
import { claim as proof } from '../../src/governance/stage1-proofs/n4.js';
import type { ProofClaim } from '../types.js';

export const claim: ProofClaim = proof;

export default claim;
