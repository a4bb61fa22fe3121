/**
 * The completely mixed equilibrium of the simultaneous K–S game after a mode (MODEL.md worked example:
 * after F, K substantive with probability 5/8 and S with 2/3). In a 2×2 game each player mixes to make the
 * other indifferent (the indifference principle; Osborne and Rubinstein 1994, Lemma 33.2): with
 * `Δ_K(s) = u_K(Sub, s) − u_K(Nom, s)` and `Δ_S(k) = u_S(k, Sub) − u_S(k, Form)`,
 * `P(S plays Sub) = Δ_K(Form)/(Δ_K(Form) − Δ_K(Sub))` and `P(K plays Sub) = Δ_S(Nom)/(Δ_S(Nom) − Δ_S(Sub))`,
 * which lie strictly inside (0, 1) iff each player's two gains have strictly opposite signs. The answer is
 * confirmed by the independent checker (`isNash` of `src/verify/`) on the subgame as a game of its own.
 * @remarks Since 0.1.0
 */
import { RATIONAL } from '../game/arithmetic.js';
import { behaviorPayoffs } from '../game/expected-payoff.js';
import { subgameAt } from '../game/subgames.js';
import type { ExtensiveGame } from '../game/types.js';
import { ONE, type Rational } from '../numeric/rational.js';
import { isNash } from '../verify/nash.js';
import type { Mode } from './compliance.js';
import { nodeAfter, playPayoffs } from './compliance-parametric.js';

/** A completely mixed equilibrium of the K–S game after a mode. */
export type KSMixedEquilibrium = {
  readonly mode: Mode;
  /** probability that K plays Sub */
  readonly kSub: Rational;
  /** probability that S plays Sub */
  readonly sSub: Rational;
  /** expected payoffs `(u_T, u_K, u_S)` in the subgame */
  readonly payoffs: readonly Rational[];
  /** whether `src/verify` confirmed it on the subgame */
  readonly verified: boolean;
};

/**
 * The completely mixed equilibrium of the K–S game after mode `m`, or `null` when there is none (some
 * player has a weakly dominant action: then every equilibrium has that player pure).
 * @param game - a concrete compliance game (`complianceGame`)
 * @remarks Since 0.1.0
 */
export function mixedEquilibriumAfter(game: ExtensiveGame<Rational>, m: Mode): KSMixedEquilibrium | null {
  const u = (k: 'Nom' | 'Sub', s: 'Form' | 'Sub') => playPayoffs(game, RATIONAL, m, k, s);
  const dK = (s: 'Form' | 'Sub') => (u('Sub', s)[1] as Rational).sub(u('Nom', s)[1] as Rational);
  const dS = (k: 'Nom' | 'Sub') => (u(k, 'Sub')[2] as Rational).sub(u(k, 'Form')[2] as Rational);
  const [kf, ks, sn, ss] = [dK('Form'), dK('Sub'), dS('Nom'), dS('Sub')];
  if (kf.mul(ks).compare(0) >= 0 || sn.mul(ss).compare(0) >= 0) return null;
  const sSub = kf.div(kf.sub(ks));
  const kSub = sn.div(sn.sub(ss));
  const sub = subgameAt(game, nodeAfter(game, [m]));
  const profile = sub.game.infosets.map((info) => {
    const p = info.label.startsWith('K') ? kSub : sSub;
    return info.actions.map((a) => (a === 'Sub' ? p : ONE.sub(p)));
  });
  return { mode: m, kSub, sSub, payoffs: behaviorPayoffs(sub.game, profile), verified: isNash(sub.game, profile) };
}
