/**
 * MODEL.md N1b: with a fallback `z = (z_G, z_S)` after round `N` (arriving one period later), the round-`N`
 * proposer keeps `1 − δ_resp z_resp`, and backward induction proceeds from there (Ståhl 1972; Osborne and
 * Rubinstein 1990, §3.2). Two rounds, G first: S keeps `1 − δ_G z_G` in round 2, so G offers S
 * `δ_S (1 − δ_G z_G)` and keeps `1 − δ_S (1 − δ_G z_G)`.
 *
 * Certified: both shares lie in `[0, 1]` under `0 ≤ δ ≤ 1`, `z ≥ 0`, `z_G + z_S ≤ 1`, and each round-2
 * split gives both players at least their discounted fallback (`1 − δ_G z_G ≥ δ_S z_S`). The oracle
 * `(9/10, 8/10), z = (3/5, 1/5) → (79/125, 46/125)` is the formula evaluated (identity) and recomputed by
 * the engine (state graph continuous and grid 250, tree by the SPE solver at grid 250, a small instance
 * confirmed by `isSubgamePerfect`) — exact recomputation at a worked instance.
 */
import { checkN1b } from '../stage1-claims.js';
import { parseExpression } from '../../param/expression.js';
import { combineResults, proveImplication } from '../../param/implication.js';
import type { Stage1Claim } from './stage1-engine.js';
import { engineParts, refutedBy } from './stage1-engine.js';

const ASSUME = ['0 <= dG <= 1', '0 <= dS <= 1', 'zG >= 0', 'zS >= 0', 'zG + zS <= 1'];

/** MODEL.md N1b as an executable claim: its statement and its proof (see the module comment). @remarks Since 0.1.0 */
export const claim: Stage1Claim = {
  id: 'N1b',
  statement:
    'Fallback z after round N: the round-N proposer keeps 1 - delta_resp*z_resp; N = 2, (9/10, 8/10), z = (3/5, 1/5) gives (79/125, 46/125)',
  check: checkN1b,
  run: () => claim.runWith(checkN1b()),
  runWith: (evidence) => {
    const engine = engineParts(evidence);
    if (engine.problem !== null) return refutedBy(engine.problem);
    return combineResults(
      'N1b',
      [
        {
          label: "G's and S's shares lie in [0, 1]",
          result: proveImplication({
            assume: ASSUME,
            goals: ['1 - dS*(1 - dG*zG) >= 0', 'dS*(1 - dG*zG) >= 0', '1 - dG*zG >= 0'],
          }),
        },
        {
          label: "round 2: S's kept share is at least its discounted fallback",
          result: proveImplication({ assume: ASSUME, goals: ['1 - dG*zG - dS*zS >= 0'] }),
        },
      ],
      {
        identities: [
          {
            label: "G's share at (9/10, 8/10), z = (3/5, 1/5)",
            left: parseExpression('1 - (8/10)*(1 - (9/10)*(3/5))'),
            right: parseExpression('79/125'),
          },
          ...engine.identities,
        ],
        argument: engine.argument,
      },
    );
  },
};
