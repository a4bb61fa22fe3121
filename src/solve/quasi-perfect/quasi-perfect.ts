/**
 * `quasiPerfect`: one quasi-perfect equilibrium (van Damme 1984, "A relation between perfect equilibria in
 * extensive form games and proper equilibria in normal form games", IJGT 13) of a two-player tree with
 * perfect recall, exactly, by sequence-form Lemke with a symbolic perturbation (Miltersen and Sørensen 2010,
 * "Computing a quasi-perfect equilibrium of a two-player game", Economic Theory 42, 175–192). Section
 * numbers of that paper are not cited because they were not rechecked; its Lemma 1 (limit points of Nash
 * equilibria of the perturbed sequence-form games are quasi-perfect) is as cited by Gatti, Gilli and Marchesi,
 * "A characterization of quasi-perfect equilibria".
 *
 * 1. Perturb the sequence form: every sequence `σ` gets the lower bound `x_σ ≥ ε^{|σ|}` (`problem.ts`).
 *    In the perturbed game a player's own trembles are sunk lower bounds, so the free mass at each
 *    information set goes to the actions that are best against the opponent's perturbed strategy with the
 *    player's own later play optimal, and `ε^{|σa|} = o(ε^{|σ|})` makes that free mass dominate even where
 *    the player's own earlier moves are trembles: limits of perturbed equilibria are quasi-perfect (their
 *    Lemma 1). The exponents `|σ|` follow the reading of their perturbation given in issue #5; the argument
 *    just sketched is what the code relies on, and `src/verify` checks every result in the tests.
 * 2. Solve the perturbed LCP by Lemke's algorithm with ε kept symbolic (`lemke-eps.ts`): the final basis
 *    gives perturbed equilibria `x(ε), y(ε)` that are polynomials in ε for every small enough ε.
 * 3. Take ε → 0 from the leading terms (`limit.ts`): behaviour at every information set, reached or not,
 *    and the limit of the Bayes beliefs of the completely mixed perturbed profile at every information set.
 *
 * A quasi-perfect equilibrium is sequential (van Damme 1984) and normal-form perfect, so the returned
 * assessment is sequentially rational with consistent beliefs, and its profile is a Nash equilibrium of the
 * tree and of its reduced strategic form.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, UnsupportedGameError } from '../../game/errors.js';
import { checkPerfectRecall } from '../../game/perfect-recall.js';
import { hasNonCommonPriors } from '../../game/queries.js';
import { sequenceForm } from '../../game/sequence-form.js';
import type { Assessment, ExtensiveGame } from '../../game/types.js';
import { startBudget } from '../budget.js';
import { sequentialGap, treeContext } from '../sequential/tree.js';
import type { AssessmentResult, Budget } from '../types.js';
import { lemkeEps } from './lemke-eps.js';
import { arePerturbedPlans, limitAssessment, perturbedPlans } from './limit.js';
import { perturbedSequenceLcp } from './problem.js';

const SOLVER = 'quasiPerfect';

/**
 * Options of {@link quasiPerfect}: a budget (`maxPivots`, `timeoutMs`, `signal`) and the self-check.
 * @remarks Since 0.1.0
 */
export type QuasiPerfectOptions = Budget & {
  /**
   * Re-check the limit assessment with the sequential solvers' one-shot-deviation gap before returning it
   * (an internal sanity check; the independent checker is `src/verify`).
   * @defaultValue true
   */
  readonly check?: boolean;
};

/** Defaults of {@link QuasiPerfectOptions}. @remarks Since 0.1.0 */
export const defaultQuasiPerfectOptions: { readonly check: boolean } = Object.freeze({ check: true });

/** Refuses games outside the method's scope, naming the reason. */
function checkScope(game: ExtensiveGame): void {
  if (game.kind !== 'extensive') {
    throw new UnsupportedGameError(SOLVER, 'needs a tree; use the strategic-form solvers for a table');
  }
  if (game.players.length !== 2) {
    throw new UnsupportedGameError(SOLVER, `needs exactly two players; the game has ${game.players.length}`);
  }
  const recall = checkPerfectRecall(game);
  if (!recall.perfectRecall) {
    throw new UnsupportedGameError(SOLVER, `needs perfect recall; ${recall.reason}`);
  }
  if (hasNonCommonPriors(game)) {
    throw new UnsupportedGameError(
      SOLVER,
      'non-common priors are not supported (beliefs and trembles are defined with one common prior)',
    );
  }
  for (const c of game.chanceInfosets) {
    const a = c.probs.findIndex((p) => p.n === 0n);
    if (a >= 0) {
      throw new UnsupportedGameError(
        SOLVER,
        `chance action "${c.actions[a] ?? a}" at chance information set ${c.fileNumber} has probability 0; ` +
          'quasi-perfect equilibrium needs positive chance probabilities',
      );
    }
  }
}

/**
 * One quasi-perfect (hence sequential) equilibrium of a two-player tree with perfect recall, exactly, with
 * beliefs at every information set.
 * @param game - a two-player extensive game with perfect recall, a common prior and positive chance
 *   probabilities
 * @param options - budget (`maxPivots` counts pivots), `signal`, and `check`
 * @returns an {@link AssessmentResult} with `method: 'quasi-perfect'` and one assessment (none if a budget
 *   or the signal stopped it); `stats` has the LCP size, pivots, the largest ε-degree of the plans and the time
 * @throws UnsupportedGameError for more or fewer than two players, imperfect recall, non-common priors or a
 *   zero-probability chance action
 * @throws InvalidArgumentError on a bad budget
 * @throws Error if Lemke's algorithm ends in a secondary ray or the result fails the self-check (a bug)
 * @remarks Since 0.1.0
 */
export function quasiPerfect(game: ExtensiveGame, options: QuasiPerfectOptions = {}): AssessmentResult {
  checkScope(game);
  const check = options.check ?? defaultQuasiPerfectOptions.check;
  if (typeof check !== 'boolean') {
    throw new InvalidArgumentError(`${SOLVER}(): check must be a boolean; got ${String(check)}`);
  }
  const meter = startBudget(options, SOLVER, 1);
  const t0 = performance.now();
  const form = sequenceForm(game, SOLVER);
  const problem = perturbedSequenceLcp(form);
  const run = lemkeEps(problem, meter);
  const stats: Record<string, number> = { size: problem.n, pivots: run.pivots };
  const result = (equilibria: Assessment[]): AssessmentResult => {
    stats['ms'] = performance.now() - t0;
    return {
      method: 'quasi-perfect',
      exact: true,
      representation: 'behavior',
      options: { check },
      equilibria,
      complete: false,
      stopped: meter.stopped,
      warnings: [],
      stats,
    };
  };
  if (run.kind === 'stopped') return result([]);
  if (run.kind === 'ray') {
    throw new Error(
      `${SOLVER}(): Lemke's algorithm ended in a secondary ray on the perturbed LCP (a bug; please report)`,
    );
  }
  const plans = perturbedPlans(problem.lower, run.num, run.den);
  if (!arePerturbedPlans(form, plans)) {
    throw new Error(`${SOLVER}(): the perturbed solution is not a pair of realization plans (a bug; please report)`);
  }
  stats['degree'] = Math.max(...plans.flat().map((p) => p.length - 1));
  const assessment = limitAssessment(game, form, plans);
  if (check && sequentialGap(treeContext(game), assessment).n !== 0n) {
    throw new Error(`${SOLVER}(): the limit assessment is not sequentially rational (a bug; please report)`);
  }
  return result([assessment]);
}
