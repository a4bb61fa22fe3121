/**
 * `lcp`: one Nash equilibrium of a two-player tree with perfect recall by sequence-form Lemke (Koller,
 * Megiddo and von Stengel 1996, "Efficient computation of equilibria for extensive two-person games", GEB 14,
 * §4), with the covering vector of von Stengel, van den Elzen and Talman (2002, Econometrica 70, §4) from a
 * completely mixed starting pair — the centroid (uniform behaviour at every information set) unless `prior`
 * is given. The path is their tracing procedure, and for a generic prior the equilibrium it ends in is
 * normal-form perfect (their main theorem; section numbers are not cited here because they were not rechecked).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, UnsupportedGameError } from '../../game/errors.js';
import { behaviorProfileFromPlans, sequenceForm, type UnreachedRule } from '../../game/sequence-form.js';
import type { BehaviorProfile, ExtensiveGame } from '../../game/types.js';
import { ONE, type Rational, ZERO } from '../../numeric/rational.js';
import type { BehaviorResult, Budget } from '../types.js';
import { type LcpArithmetic, solveSequenceForm } from './solve.js';

/** Options of {@link lcp}. */
export type LcpOptions = Budget & {
  /**
   * `'float-certify'`: pivot in floating point, certify the final basis exactly, fall back to exact
   * pivoting if the certificate fails; `'exact'`: fraction-free BigInt pivoting throughout. Exact either way.
   * @defaultValue 'float-certify'
   */
  readonly arithmetic?: LcpArithmetic;
  /**
   * Behaviour at information sets the player's own equilibrium plan does not reach (it changes no payoff):
   * `'uniform'` (Gambit's centroid) or `'first'` action.
   * @defaultValue 'uniform'
   */
  readonly unreached?: UnreachedRule;
  /**
   * The starting profile of the tracing procedure (a behaviour profile in `game.infosets` order, every
   * probability positive); default the centroid.
   */
  readonly prior?: BehaviorProfile;
};

/** Defaults of {@link LcpOptions}. @remarks Since 0.1.0 */
export const defaultLcpOptions: { readonly arithmetic: LcpArithmetic; readonly unreached: UnreachedRule } =
  Object.freeze({
    arithmetic: 'float-certify',
    unreached: 'uniform',
  });

/**
 * One Nash equilibrium of a two-player tree with perfect recall, exactly.
 * @param game - a two-player extensive game with perfect recall (chance and non-common priors allowed)
 * @param options - arithmetic, unreached-set rule, prior, budget and signal
 * @returns a {@link BehaviorResult} with `method: 'lcp'` and one equilibrium (none if stopped early);
 *   `stats` has the pivot counts and the time spent building, pivoting and certifying
 * @throws UnsupportedGameError if the game does not have two players or lacks perfect recall
 * @throws InvalidArgumentError on a bad option (prior shape, budget)
 * @remarks Since 0.1.0
 */
export function lcp(game: ExtensiveGame, options: LcpOptions = {}): BehaviorResult {
  if (game.kind !== 'extensive')
    throw new UnsupportedGameError('lcp', 'needs a tree; use the strategic-form solvers for a table');
  const unreached = options.unreached ?? defaultLcpOptions.unreached;
  if (unreached !== 'uniform' && unreached !== 'first') {
    throw new InvalidArgumentError(`lcp(): unreached must be 'uniform' or 'first'; got ${String(unreached)}`);
  }
  const form = sequenceForm(game, 'lcp');
  const prior = options.prior === undefined ? undefined : priorOf(game, options.prior, 'lcp');
  const { prior: _given, ...rest } = options;
  const out = solveSequenceForm(form, prior === undefined ? rest : { ...rest, prior }, 'lcp');
  const equilibria = out.plans === null ? [] : [behaviorProfileFromPlans(game, form, out.plans, unreached)];
  return {
    method: 'lcp',
    exact: true,
    representation: 'behavior',
    options: {
      arithmetic: options.arithmetic ?? defaultLcpOptions.arithmetic,
      unreached,
      prior: options.prior === undefined ? 'centroid' : 'given',
    },
    equilibria,
    complete: false,
    stopped: out.stopped,
    warnings: out.warnings,
    stats: out.stats,
  };
}

/**
 * Splits a behaviour profile into the two players' prior vectors, checking it is completely mixed.
 * @throws InvalidArgumentError naming the first bad information set
 */
function priorOf(game: ExtensiveGame, prior: BehaviorProfile, solver: string): [Rational[][], Rational[][]] {
  if (prior.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `${solver}(): prior needs ${game.infosets.length} action vectors (one per information set); got ${prior.length}`,
    );
  }
  game.infosets.forEach((info, h) => {
    const v = prior[h] as readonly Rational[];
    const total = v.reduce((a, b) => a.add(b), ZERO);
    if (v.length !== info.actions.length || v.some((x) => x.compare(ZERO) <= 0) || !total.equals(ONE)) {
      throw new InvalidArgumentError(
        `${solver}(): prior at information set ${h} must be ${info.actions.length} positive probabilities summing to 1`,
      );
    }
  });
  return [0, 1].map((p) => (game.playerInfosets[p] ?? []).map((h) => [...(prior[h] as readonly Rational[])])) as [
    Rational[][],
    Rational[][],
  ];
}
