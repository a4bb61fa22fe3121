/**
 * MODEL.md N2 (deadline power): the chooser G, proposing in the last round (`N` odd), strictly prefers the
 * limited regime to the indefinite one; with S proposing last (`N` even) it prefers indefinite; agreement is
 * immediate under complete information (a deadline changes shares, not timing).
 *
 * Certified: with `x(1) = 1` and `x(2) = 1 − δ_S`, the gaps to Rubinstein's `x*` are
 * `(1 − δ_Gδ_S)(x(1) − x*) = δ_S(1 − δ_G)` and `(1 − δ_Gδ_S)(x(2) − x*) = −δ_Gδ_S(1 − δ_S)` (identities),
 * with `δ_S(1 − δ_G) > 0`, `δ_Gδ_S(1 − δ_S) > 0` and `1 − δ_Gδ_S > 0` for discounts in `(0, 1)`
 * (certificates); N1's contraction identity multiplies each gap by `δ_Gδ_S > 0` every two rounds, so the
 * sign persists: `x(N) > x*` for odd `N`, `x(N) < x*` for even `N`. Recomputed by the engine (evidence at
 * worked instances): G's regime choice in the state graph and in the tree with `regimes`, and immediate
 * agreement for `N = 1..30`.
 */
import { checkN2 } from '../stage1-claims.js';
import { parseExpression } from '../../param/expression.js';
import { combineResults, proveImplication } from '../../param/implication.js';
import type { Stage1Claim } from './stage1-engine.js';
import { engineParts, refutedBy } from './stage1-engine.js';

const ASSUME = ['0 < dG < 1', '0 < dS < 1'];

/** MODEL.md N2 as an executable claim: its statement and its proof (see the module comment). @remarks Since 0.1.0 */
export const claim: Stage1Claim = {
  id: 'N2',
  statement:
    'Deadline power: G proposing last strictly prefers the limited regime; with complete information agreement is immediate',
  check: checkN2,
  run: () => claim.runWith(checkN2()),
  runWith: (evidence) => {
    const engine = engineParts(evidence);
    if (engine.problem !== null) return refutedBy(engine.problem);
    return combineResults(
      'N2',
      [
        {
          label: 'signs of the gaps and the factor',
          result: proveImplication({
            assume: ASSUME,
            goals: ['dS*(1 - dG) > 0', 'dG*dS*(1 - dS) > 0', '1 - dG*dS > 0', 'dG*dS > 0'],
            options: { degree: 3 },
          }),
        },
      ],
      {
        identities: [
          {
            label: 'odd gap: (1 - dG*dS)*1 - (1 - dS) = dS*(1 - dG)',
            left: parseExpression('(1 - dG*dS)*1 - (1 - dS)'),
            right: parseExpression('dS*(1 - dG)'),
          },
          {
            label: 'even gap: (1 - dG*dS)*(1 - dS) - (1 - dS) = -dG*dS*(1 - dS)',
            left: parseExpression('(1 - dG*dS)*(1 - dS) - (1 - dS)'),
            right: parseExpression('-dG*dS*(1 - dS)'),
          },
          ...engine.identities,
        ],
        argument: engine.argument,
      },
    );
  },
};
