/**
 * Trust as repeated interaction (MODEL.md, "The remedy"): the stage game is repeated with continuation
 * probability δ; grim trigger plays the cooperative profile while nobody has deviated and inaction forever
 * after. With `C_i` the cooperative stage payoff, `N_i` the inaction payoff and `D_i` the best one-shot
 * deviation against cooperation, grim trigger is a subgame-perfect equilibrium of the repeated game iff
 * inaction is an equilibrium of the stage game (so the threat is credible), every player weakly prefers
 * cooperation (`C_i ≥ N_i`), and `δ ≥ δ* = max_i (D_i − C_i)/(D_i − N_i)` over players with `D_i > C_i`
 * (the one-shot deviation principle: `C_i/(1−δ) ≥ D_i + δ N_i/(1−δ)`; Friedman 1971; Mailath & Samuelson
 * 2006, §2.4).
 * @remarks Since 0.1.0
 */
import { type Rational, ZERO } from '../numeric/rational.js';
import { RATIONAL } from '../game/arithmetic.js';
import { type ComplianceParams, type ComplianceParamsInput, complianceParams } from './params.js';
import { type KAction, type SAction, compliancePayoffs } from './compliance.js';

/** Stage payoffs of one player for the grim-trigger condition. */
export type GrimTriggerPayoffs = {
  /** payoff while everybody cooperates */
  readonly cooperate: Rational;
  /** payoff of the punishment (inaction) */
  readonly punish: Rational;
  /** best one-shot deviation payoff against cooperation */
  readonly deviate: Rational;
};

/** The exact grim-trigger threshold, or why no `δ < 1` sustains cooperation. */
export type TrustThreshold =
  | { readonly sustainable: true; readonly deltaStar: Rational; readonly binding: readonly number[] }
  | { readonly sustainable: false; readonly reason: string };

/**
 * `δ* = max_i (D_i − C_i)/(D_i − N_i)` over players with `D_i > C_i` (0 when nobody gains by deviating);
 * refuses when some player prefers punishment to cooperation (`N_i > C_i`), or when a player who gains by
 * deviating is indifferent between cooperation and punishment (`C_i = N_i`, so `δ* = 1`: no `δ < 1` works).
 * `binding` lists the players attaining the maximum.
 * Oracle: the prisoner's dilemma `(T, R, P, S) = (5, 3, 1, 0)` gives `δ* = 1/2`.
 * @remarks Since 0.1.0
 */
export function grimTriggerThreshold(players: readonly GrimTriggerPayoffs[]): TrustThreshold {
  let best = ZERO;
  let binding: number[] = [];
  for (const [i, p] of players.entries()) {
    if (p.punish.compare(p.cooperate) > 0) {
      return {
        sustainable: false,
        reason: `player ${i + 1} prefers inaction (${p.punish.toFraction()}) to cooperation (${p.cooperate.toFraction()})`,
      };
    }
    if (p.deviate.compare(p.cooperate) <= 0) continue;
    const t = p.deviate.sub(p.cooperate).div(p.deviate.sub(p.punish));
    if (t.compare(1) >= 0) {
      return {
        sustainable: false,
        reason: `player ${i + 1} gains by deviating and loses nothing under punishment (cooperation ${p.cooperate.toFraction()} = inaction ${p.punish.toFraction()}), so no δ < 1 works`,
      };
    }
    const c = t.compare(best);
    if (c > 0) {
      best = t;
      binding = [i];
    } else if (c === 0) binding.push(i);
  }
  return { sustainable: true, deltaStar: best, binding };
}

/** Whether (Nom, Form) is a Nash equilibrium of the simultaneous K–S game after mode `m`. */
function inactionIsStageEquilibrium(p: ComplianceParams, m: 'C' | 'F'): boolean {
  const u = (k: KAction, s: SAction) => compliancePayoffs(p, m, k, s, RATIONAL);
  const [, kNom] = u('Nom', 'Form');
  const [, kSub] = u('Sub', 'Form');
  const sForm = u('Nom', 'Form')[2];
  const sSub = u('Nom', 'Sub')[2];
  return kNom.compare(kSub) >= 0 && sForm.compare(sSub) >= 0;
}

/**
 * The exact grim-trigger threshold `δ*` of the repeated compliance game: cooperation is (F; Sub, Sub),
 * punishment is collective inaction (C; Nom, Form) forever. T's only deviation is to C, which K and S
 * observe and meet at once with (Nom, Form); K deviates to Nom against S's Sub, S to Form against K's Sub.
 * Refuses (with the reason) when inaction is not a subgame-perfect equilibrium of the stage game (the threat
 * is not credible) or a player prefers inaction to cooperation.
 * Oracles (MODEL.md): the second worked example gives `1/2`, the first `0`.
 * @remarks Since 0.1.0
 */
export function trustThreshold(input: ComplianceParamsInput | ComplianceParams): TrustThreshold {
  const p = complianceParams(input as ComplianceParamsInput);
  const u = (m: 'C' | 'F', k: KAction, s: SAction) => compliancePayoffs(p, m, k, s, RATIONAL);
  const coop = u('F', 'Sub', 'Sub');
  const inaction = u('C', 'Nom', 'Form');
  const tInactionBest = inaction[0].compare(u('F', 'Nom', 'Form')[0]) >= 0;
  if (!inactionIsStageEquilibrium(p, 'C') || !inactionIsStageEquilibrium(p, 'F') || !tInactionBest) {
    return {
      sustainable: false,
      reason:
        'collective inaction is not a subgame-perfect equilibrium of the stage game, so the threat is not credible',
    };
  }
  return grimTriggerThreshold([
    { cooperate: coop[0], punish: inaction[0], deviate: inaction[0] },
    { cooperate: coop[1], punish: inaction[1], deviate: u('F', 'Nom', 'Sub')[1] },
    { cooperate: coop[2], punish: inaction[2], deviate: u('F', 'Sub', 'Form')[2] },
  ]);
}
