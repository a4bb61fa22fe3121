/**
 * Regrets and the Nash check on strategic games (n players, mixed profiles, exact).
 *
 * For each player p and pure strategy s, u_p(s, σ_−p) = Σ over pure profiles t with t_p = s of
 * u_p(t)·Π_{q≠p} σ_q(t_q); the current payoff is Σ_s σ_p(s)·u_p(s, σ_−p) and the regret is
 * max_s u_p(s, σ_−p) − u_p(σ). σ is a Nash equilibrium iff every regret is 0 (Nash 1951; a mixed strategy
 * is a best response iff every pure strategy in its support is, so pure deviations suffice).
 * @remarks Since 0.1.0
 */
import type { PlayerId } from '../game/ids.js';
import { profileAt, strategyCounts } from '../game/strategic.js';
import type { MixedProfile, StrategicGame } from '../game/types.js';
import { type Rational, ZERO } from '../numeric/rational.js';
import type { StrategyVerdict } from './types.js';
import { checkMixedProfile } from './validate.js';

/** One player's regret in a strategic game. @remarks Since 0.1.0 */
export type StrategyRegret = {
  readonly player: PlayerId;
  /** expected payoff under the profile */
  readonly payoff: Rational;
  /** the payoff of each pure strategy against the others' mixture */
  readonly strategyPayoffs: readonly Rational[];
  /** the best pure-strategy payoff */
  readonly bestPayoff: Rational;
  /** best − current, always ≥ 0 */
  readonly regret: Rational;
  /** the first pure strategy attaining `bestPayoff` */
  readonly bestStrategy: number;
};

/**
 * Per-player regrets of a mixed profile, by direct summation over all pure profiles.
 * @param game - an n-player strategic game
 * @param profile - per player, a probability for each strategy (exact, summing to 1)
 * @throws InvalidArgumentError if the profile has the wrong shape or is not a distribution
 * @remarks Since 0.1.0
 */
export function strategyRegrets(game: StrategicGame, profile: MixedProfile): StrategyRegret[] {
  checkMixedProfile(game, profile, 'strategyRegrets()');
  const counts = strategyCounts(game);
  const n = counts.length;
  const values = counts.map((c) => new Array<Rational>(c).fill(ZERO));
  game.payoffs.forEach((payoff, index) => {
    const t = profileAt(counts, index);
    for (let p = 0; p < n; p++) {
      let weight = payoff[p] as Rational;
      if (weight.n === 0n) continue;
      for (let q = 0; q < n && weight.n !== 0n; q++) {
        if (q !== p) weight = weight.mul((profile[q] as readonly Rational[])[t[q] as number] as Rational);
      }
      const row = values[p] as Rational[];
      row[t[p] as number] = (row[t[p] as number] as Rational).add(weight);
    }
  });
  return values.map((row, p) => {
    const mix = profile[p] as readonly Rational[];
    let payoff = ZERO;
    let bestStrategy = 0;
    row.forEach((v, s) => {
      payoff = payoff.add(v.mul(mix[s] as Rational));
      if (v.compare(row[bestStrategy] as Rational) > 0) bestStrategy = s;
    });
    const bestPayoff = row[bestStrategy] as Rational;
    return {
      player: p as PlayerId,
      payoff,
      strategyPayoffs: row,
      bestPayoff,
      regret: bestPayoff.sub(payoff),
      bestStrategy,
    };
  });
}

/**
 * The largest regret over players (0 exactly at a Nash equilibrium).
 * @throws InvalidArgumentError if the profile is invalid
 * @remarks Since 0.1.0
 */
export function maxStrategyRegret(game: StrategicGame, profile: MixedProfile): Rational {
  return strategyRegrets(game, profile).reduce((m, r) => (r.regret.compare(m) > 0 ? r.regret : m), ZERO);
}

/**
 * Checks whether a mixed profile is a Nash equilibrium; otherwise returns the largest profitable pure
 * deviation (first player on ties).
 * @throws InvalidArgumentError if the profile is invalid
 * @remarks Since 0.1.0
 */
export function checkStrategicNash(game: StrategicGame, profile: MixedProfile): StrategyVerdict {
  let worst: StrategyRegret | undefined;
  for (const r of strategyRegrets(game, profile)) {
    if (r.regret.n !== 0n && (worst === undefined || r.regret.compare(worst.regret) > 0)) worst = r;
  }
  if (worst === undefined) return { ok: true };
  return { ok: false, witness: { player: worst.player, strategy: worst.bestStrategy, gain: worst.regret } };
}
