/**
 * MODEL.md N3 (information control, the Coase problem; Fudenberg and Tirole 1991, *Game Theory*, §10.2;
 * Sobel and Takahashi 1983). Uniform values on [0, 1]: with two rounds the uninformed proposer gets
 * `(2−δ)²/(4(4−3δ))`, without a deadline `γ/2` with `γ = √(1−δ)/(1+√(1−δ))`.
 *
 * Certified symbolically: the deadline strictly helps for every `δ ∈ (0, 1)`. Write `r = √(1−δ) ∈ (0, 1)`,
 * so `2 − δ = 1 + r²`, `4 − 3δ = 1 + 3r²`; clearing the positive denominators `4(1+3r²)` and `2(1+r)`,
 * `(1+r²)²/(4(1+3r²)) > r/(2(1+r))` iff `p(r) = (1+r)(1+r²)² − 2r(1+3r²) > 0` (identity below), and `p > 0`
 * on `(0, 1)` is certified as a nonnegative combination of products of `r > 0` and `1 − r > 0` (the
 * identity `p = (1−r)²(1 + r + 3r² + r³)` shows the same). The substitution `δ = 1 − r²` is checked as
 * identities. (At `δ = 0` both values are 1/4.)
 *
 * Recomputed exactly by the engine (evidence): the three two-type points (closed form; pure sequential
 * equilibria and targeted mixtures of the generic solver; the cutoff method, cross-checked with the generic
 * solver on the same prices — the cutoff method is restricted to pure cutoff strategies and gives 27/25 at
 * the mixing point, where the mixed equilibrium gives 28/25), and the uniform convergence table (gap
 * positive, shrinking, below 1/500 at n = 256; convergence shown, not equality; γ/2 in floating point).
 */
import { checkN3 } from '../stage1-claims-info.js';
import { parseExpression } from '../../param/expression.js';
import { combineResults, proveImplication } from '../../param/implication.js';
import type { Stage1Claim } from './stage1-engine.js';
import { engineParts, refutedBy } from './stage1-engine.js';

/** MODEL.md N3 as an executable claim: its statement and its proof (see the module comment). @remarks Since 0.1.0 */
export const claim: Stage1Claim = {
  id: 'N3',
  statement:
    'Uniform values: two rounds give the uninformed proposer (2-d)^2/(4(4-3d)) > gamma/2 (no deadline) for all 0 < d < 1; two-type oracles',
  check: checkN3,
  run: () => claim.runWith(checkN3()),
  runWith: (evidence) => {
    const engine = engineParts(evidence);
    if (engine.problem !== null) return refutedBy(engine.problem);
    return combineResults(
      'N3',
      [
        {
          label: 'p(r) > 0 and the denominators are positive for 0 < r < 1',
          result: proveImplication({
            assume: ['0 < r < 1'],
            goals: ['1 - r + 2*r^2 - 4*r^3 + r^4 + r^5 > 0', '1 + 3*r^2 > 0', '1 + r > 0'],
            options: { degree: 5 },
          }),
        },
      ],
      {
        identities: [
          {
            label: '2 - delta = 1 + r^2 at delta = 1 - r^2',
            left: parseExpression('2 - (1 - r^2)'),
            right: parseExpression('1 + r^2'),
          },
          {
            label: '4 - 3*delta = 1 + 3*r^2 at delta = 1 - r^2',
            left: parseExpression('4 - 3*(1 - r^2)'),
            right: parseExpression('1 + 3*r^2'),
          },
          {
            label: 'cleared comparison: (1 + r)*(1 + r^2)^2 - 2*r*(1 + 3*r^2) = p(r)',
            left: parseExpression('(1 + r)*(1 + r^2)^2 - 2*r*(1 + 3*r^2)'),
            right: parseExpression('1 - r + 2*r^2 - 4*r^3 + r^4 + r^5'),
          },
          {
            label: 'p(r) = (1 - r)^2*(1 + r + 3*r^2 + r^3)',
            left: parseExpression('1 - r + 2*r^2 - 4*r^3 + r^4 + r^5'),
            right: parseExpression('(1 - r)^2*(1 + r + 3*r^2 + r^3)'),
          },
          ...engine.identities,
        ],
        argument: [
          'Multiplying (1+r^2)^2/(4(1+3r^2)) > r/(2(1+r)) by 8(1+3r^2)(1+r) > 0 gives 2(1+r)(1+r^2)^2 > 4r(1+3r^2), i.e. p(r) > 0.',
          ...engine.argument,
        ],
      },
    );
  },
};
