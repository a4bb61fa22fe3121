/**
 * The proofs of MODEL.md's stage-1 claims N1–N5 (`proofs/governance/n*.proof.ts` re-export them).
 * @remarks Since 0.1.0
 */
import type { Stage1Claim } from './stage1-engine.js';
import { claim as N1 } from './n1.js';
import { claim as N1b } from './n1b.js';
import { claim as N2 } from './n2.js';
import { claim as N3 } from './n3.js';
import { claim as N4 } from './n4.js';
import { claim as N5 } from './n5.js';

/** The stage-1 claims in MODEL.md's order. */
export const STAGE1_CLAIMS: readonly Stage1Claim[] = [N1, N1b, N2, N3, N4, N5];
