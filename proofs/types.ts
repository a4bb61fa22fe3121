/**
 * The shape of an executable claim in `proofs/`: each `*.proof.ts` file default-exports (or exports as
 * `claim`) one of these; `proofs/run.ts` runs them all.
 * @remarks Since 0.1.0
 */
import type { ProveResult } from '../src/param/prove.js';

/** An executable claim: an id (the certificate's file name), a statement in words, and its proof. */
export type ProofClaim = {
  readonly id: string;
  readonly statement: string;
  readonly run: () => ProveResult | Promise<ProveResult>;
};
