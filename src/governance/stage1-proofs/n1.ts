/**
 * MODEL.md N1 (Ståhl 1972; Rubinstein 1982; Osborne and Rubinstein 1990, *Bargaining and Markets*, §3.2,
 * §4.2). Complete information, `N` rounds, G proposes first, no fallback. Ståhl's backward recursion: the
 * last proposer keeps everything, and G's share with `N` rounds is `x_G(N) = 1 − δ_S (1 − δ_G x_G(N−2))`
 * (two steps of "offer the responder its discounted share as next proposer").
 *
 * Certified symbolically: (1) the common-δ closed form `x_G(N) = (1 − (−δ)^N)/(1 + δ)` satisfies the
 * one-step recursion `x(N) = 1 − δ x(N−1)` and the base `x(1) = 1` (identities, with `y = (−δ)^{N−1}`);
 * (2) the two-step recursion is a contraction towards Rubinstein's `x* = (1 − δ_S)/(1 − δ_G δ_S)`:
 * `(1 − δ_Gδ_S)(x(N+2) − x*) = δ_Gδ_S · (1 − δ_Gδ_S)(x(N) − x*)` (identity after clearing the denominator)
 * and `x*` is its fixed point (identity); (3) the factor `δ_Gδ_S` lies in `[0, 1)` and the denominator is
 * positive under `0 ≤ δ_G, δ_S ≤ 1`, `δ_Gδ_S < 1` (certificates). Hence `x(N) → x*` geometrically along odd
 * and even `N`.
 *
 * Recomputed exactly by the engine (identities `engine value = oracle`, evidence at worked instances): the
 * oracles `δ = 9/10: 1, 1/10, 91/100, 181/1000`, `(9/10, 8/10): N = 3 → 23/25`, indefinite `→ 5/7`, by the
 * state graph (continuous offers and grid 1000), the tree (SPE solver) at grids containing the shares,
 * `isSubgamePerfect` on the small trees, and the exact contraction of the gaps up to `N = 41`.
 */
import { checkN1 } from '../stage1-claims.js';
import { parseExpression } from '../../param/expression.js';
import { combineResults, proveImplication } from '../../param/implication.js';
import type { Stage1Claim } from './stage1-engine.js';
import { engineParts, refutedBy } from './stage1-engine.js';

const id = (label: string, left: string, right: string) => ({
  label,
  left: parseExpression(left),
  right: parseExpression(right),
});

/** MODEL.md N1 as an executable claim: its statement and its proof (see the module comment). @remarks Since 0.1.0 */
export const claim: Stage1Claim = {
  id: 'N1',
  statement:
    "Complete information, N rounds, G first: G's SPE share follows Stahl's recursion and tends to Rubinstein's (1 - dS)/(1 - dG*dS)",
  check: checkN1,
  run: () => claim.runWith(checkN1()),
  runWith: (evidence) => {
    const engine = engineParts(evidence);
    if (engine.problem !== null) return refutedBy(engine.problem);
    return combineResults(
      'N1',
      [
        {
          label: 'the two-step factor lies in [0, 1) and the denominator is positive',
          result: proveImplication({
            assume: ['0 <= dG <= 1', '0 <= dS <= 1', 'dG*dS < 1'],
            goals: ['1 - dG*dS > 0', 'dG*dS >= 0'],
          }),
        },
      ],
      {
        identities: [
          id('common delta, base: (1 + d)*x(1) = 1 - (-d)^1 with x(1) = 1', '(1 + d)*1', '1 - (-d)'),
          id(
            'common delta, step: (1 + d)*(1 - d*x(N-1)) = 1 - (-d)^N when (1 + d)*x(N-1) = 1 - y, y = (-d)^(N-1)',
            '(1 + d) - d*(1 - y)',
            '1 - (-d)*y',
          ),
          id(
            'contraction: (1 - dG*dS)*(x(N+2) - x*) = dG*dS*(1 - dG*dS)*(x(N) - x*), x(N+2) = 1 - dS*(1 - dG*x)',
            '(1 - dG*dS)*(1 - dS*(1 - dG*x)) - (1 - dS)',
            'dG*dS*((1 - dG*dS)*x - (1 - dS))',
          ),
          id(
            "Rubinstein's share is the fixed point: (1 - dG*dS)*x* = 1 - dS solves x = 1 - dS*(1 - dG*x)",
            '(1 - dG*dS) - dS*(1 - dG*dS) + dG*dS*(1 - dS)',
            '1 - dS',
          ),
          ...engine.identities,
        ],
        argument: [
          'The identities show the closed form solves the recursion and the two-step map contracts towards x* by the factor dG*dS, certified in [0, 1); so x(N) converges to x* along odd and even N.',
          ...engine.argument,
        ],
      },
    );
  },
};
