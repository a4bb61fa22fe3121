/**
 * MODEL.md N5 (cooperative gains and adaptive strategies). Certified: under complete information the
 * last-round split leaves both players at least their discounted fallback (`1 − δ_R z_R − δ_P z_P ≥ 0`
 * from `z_R + z_P ≤ 1`, `0 ≤ δ ≤ 1`), so agreement in the last round is individually rational; backward
 * induction preserves this round by round. Recomputed by the engine on every stage-1 worked instance
 * (evidence, exact): every SPE outcome of the state graph (N1 at N = 1..4 on grid 25, N1b on grid 250, N4's
 * two points) agrees with positive probability and pays each player at least its disagreement payoff; every
 * equilibrium of N3's two-type points (pure sequential equilibria with indifferent buyers accepting, and the
 * targeted mixtures) does too, and the oracle equilibria are classified pooling (q = 3/10), separating
 * (screening) and semi-separating (the high type mixes), so S's behaviour differs by type exactly in the
 * separating and semi-separating regimes.
 */
import { checkN5 } from '../stage1-claims-info.js';
import { combineResults, proveImplication } from '../../param/implication.js';
import type { Stage1Claim } from './stage1-engine.js';
import { engineParts, refutedBy } from './stage1-engine.js';

/** MODEL.md N5 as an executable claim: its statement and its proof (see the module comment). @remarks Since 0.1.0 */
export const claim: Stage1Claim = {
  id: 'N5',
  statement:
    'Cooperative gains: every stage-1 equilibrium agrees with positive probability and pays at least the disagreement payoffs; regimes pooling/separating/semi-separating',
  check: checkN5,
  run: () => claim.runWith(checkN5()),
  runWith: (evidence) => {
    const engine = engineParts(evidence);
    if (engine.problem !== null) return refutedBy(engine.problem);
    return combineResults(
      'N5',
      [
        {
          label: 'the last-round split is individually rational',
          result: proveImplication({
            assume: ['0 <= dR <= 1', '0 <= dP <= 1', 'zR >= 0', 'zP >= 0', 'zR + zP <= 1'],
            goals: ['1 - dR*zR - dP*zP >= 0'],
          }),
        },
      ],
      { identities: engine.identities, argument: engine.argument },
    );
  },
};
