/**
 * Closed forms of complete-information alternating-offers bargaining that the negotiation trees are
 * compared with (MODEL.md N1, N1b): Ståhl's (1972) finite-horizon backward recursion, with a fallback `z`
 * after the last round, and Rubinstein's (1982) infinite-horizon limit.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { ONE, type Rational, type RationalLike, ZERO, rat } from '../numeric/rational.js';

/** Who proposes in round 1. */
export type Proposer = 'G' | 'S';

/** Inputs of {@link stahlShares}. */
export type StahlInput = {
  readonly deltaG: RationalLike;
  readonly deltaS: RationalLike;
  /** number of rounds `N ≥ 1` */
  readonly rounds: number;
  /** fallback shares after round `N` without agreement (default `(0, 0)`); `z_G + z_S ≤ 1` */
  readonly zG?: RationalLike;
  readonly zS?: RationalLike;
  /** round-1 proposer (default `'G'`); proposers alternate */
  readonly proposer?: Proposer;
};

/** The subgame-perfect agreement: immediate, with these shares of the surplus. */
export type StahlShares = {
  readonly shareG: Rational;
  readonly shareS: Rational;
  /** round of agreement (always 1 under complete information: a deadline changes shares, not timing) */
  readonly round: 1;
  /** per round `t = 1..N`, the proposer's share in the subgame starting at round t */
  readonly proposerShares: readonly Rational[];
};

function unitDiscount(x: RationalLike, name: string): Rational {
  const d = rat(x);
  if (d.compare(0) < 0 || d.compare(1) > 0)
    throw new InvalidArgumentError(`stahlShares(): ${name} must lie in [0, 1]; got ${d.toFraction()}`);
  return d;
}

/**
 * Ståhl's backward recursion: the round-`N` proposer keeps `1 − δ_resp · z_resp` (the responder's fallback
 * arrives one period later); in round `t < N` the proposer offers the responder `δ_resp` times what the
 * responder would get as proposer in round `t + 1`. With common `δ` and no fallback, G's share is
 * `(1 − (−δ)^N)/(1 + δ)`.
 * Oracles (MODEL.md N1, N1b): `δ = 9/10`: N=1 → 1, N=2 → 1/10, N=3 → 91/100, N=4 → 181/1000;
 * `(δ_G, δ_S) = (9/10, 8/10)`: N=3 → 23/25; with `z = (3/5, 1/5)`, N=2 → (79/125, 46/125).
 * @throws InvalidArgumentError for discounts outside [0, 1], `N < 1`, or `z_G + z_S > 1`
 * @remarks Since 0.1.0
 */
export function stahlShares(input: StahlInput): StahlShares {
  const dG = unitDiscount(input.deltaG, 'deltaG');
  const dS = unitDiscount(input.deltaS, 'deltaS');
  if (!Number.isInteger(input.rounds) || input.rounds < 1) {
    throw new InvalidArgumentError(`stahlShares(): rounds must be a positive integer; got ${input.rounds}`);
  }
  const zG = rat(input.zG ?? 0);
  const zS = rat(input.zS ?? 0);
  if (zG.compare(0) < 0 || zS.compare(0) < 0 || zG.add(zS).compare(1) > 0) {
    throw new InvalidArgumentError('stahlShares(): fallback shares must be nonnegative with z_G + z_S ≤ 1');
  }
  const first = input.proposer ?? 'G';
  const proposerAt = (t: number): Proposer => ((t % 2 === 1) === (first === 'G') ? 'G' : 'S');
  const shares: Rational[] = new Array(input.rounds);
  let next: Rational = ZERO; // the round-(t+1) proposer's share
  for (let t = input.rounds; t >= 1; t--) {
    const p = proposerAt(t);
    const deltaResp = p === 'G' ? dS : dG;
    const respondersNext = t === input.rounds ? (p === 'G' ? zS : zG) : next;
    const share = ONE.sub(deltaResp.mul(respondersNext));
    shares[t - 1] = share;
    next = share;
  }
  const first1 = shares[0] as Rational;
  const shareG = first === 'G' ? first1 : ONE.sub(first1);
  return { shareG, shareS: ONE.sub(shareG), round: 1, proposerShares: shares };
}

/**
 * Rubinstein's (1982) unique SPE share of the first proposer: `(1 − δ_resp)/(1 − δ_G δ_S)`;
 * with G first, `(1 − δ_S)/(1 − δ_G δ_S)` (MODEL.md N1: `(9/10, 8/10)` → 5/7).
 * @throws InvalidArgumentError when `δ_G δ_S = 1` (no discounting: no unique split)
 * @remarks Since 0.1.0
 */
export function rubinsteinShare(deltaG: RationalLike, deltaS: RationalLike, proposer: Proposer = 'G'): Rational {
  const dG = unitDiscount(deltaG, 'deltaG');
  const dS = unitDiscount(deltaS, 'deltaS');
  const den = ONE.sub(dG.mul(dS));
  if (den.n === 0n) throw new InvalidArgumentError('rubinsteinShare(): δ_G δ_S = 1 leaves the split undetermined');
  return ONE.sub(proposer === 'G' ? dS : dG).div(den);
}
