/**
 * Claim N4's optimism game (MODEL.md, stage 1, expectation differences): two rounds; G proposes a split of a
 * unit surplus in round 1; if S rejects, chance draws the round-2 proposer, who makes a take-it-or-leave-it
 * offer; rejection in round 2 gives the fallback `z = 0`; round-2 payoffs are discounted by `δ`. Priors are
 * non-common (Yildiz 2003, "Bargaining without a common prior — an immediate agreement theorem",
 * Econometrica 71; Yildiz 2011, "Bargaining with optimism", Annual Review of Economics 3): each player `i`
 * believes it proposes in round 2 with probability `p_i^i`. With a continuum of offers agreement slips to
 * round 2 iff `δ (p_G^G + p_S^S) > 1`. Built with the Bayesian builder's `typesByChance` (chance with
 * per-player beliefs) and `decideAt`.
 * @remarks Since 0.1.0
 */
import { decideAt, typesByChance } from '../game/bayesian.js';
import { buildTree, terminal } from '../game/builder.js';
import { InvalidArgumentError } from '../game/errors.js';
import type { ExtensiveGame } from '../game/types.js';
import { ONE, type Rational, type RationalLike, ZERO, formatRational, rat } from '../numeric/rational.js';

/** Parameters of {@link optimismGame}. */
export type OptimismParams = {
  /** `p_G^G`: G's belief that G proposes in round 2 */
  readonly pG: RationalLike;
  /** `p_S^S`: S's belief that S proposes in round 2 */
  readonly pS: RationalLike;
  /** common discount factor `δ` */
  readonly delta: RationalLike;
  /** grid size `k`: round-1 offers `0, 1/k, …, 1`; default 100 */
  readonly grid?: number;
  /** the modeller's (common `probs`) probability that G proposes in round 2; default 1/2 */
  readonly recognition?: RationalLike;
};

function inUnit(x: Rational, name: string): Rational {
  if (x.compare(ZERO) < 0 || x.compare(ONE) > 0) {
    throw new InvalidArgumentError(`optimismGame(): ${name} must lie in [0, 1]; got ${formatRational(x)}`);
  }
  return x;
}

/**
 * The two-round optimism game on a grid. Round 1: G demands a share `x ∈ {0, 1/k, …, 1}`; S accepts
 * (payoffs `(x, 1 − x)`) or rejects. Round 2: chance draws the proposer (common probability `recognition`
 * for G; G believes `p_G^G`, S believes `p_S^S` for itself), who offers the responder a share
 * `y ∈ {1/k, …, 1}`: accepted, the proposer gets `δ(1 − y)` and the responder `δ y`; rejected, both get `z = 0`.
 * The round-2 offer of 0 is left out: with `z = 0` it leaves the responder indifferent and every tie-break
 * would be a separate subgame-perfect equilibrium; with the smallest positive concession `1/k` the game has a
 * unique SPE for generic parameters, converging to the continuum's as `k` grows. Perfect information.
 * @throws InvalidArgumentError if a probability or `δ` is outside [0, 1] or `grid` is not a positive integer
 * @remarks Since 0.1.0
 */
export function optimismGame(params: OptimismParams): ExtensiveGame<Rational> {
  const pG = inUnit(rat(params.pG), 'pG');
  const pS = inUnit(rat(params.pS), 'pS');
  const delta = inUnit(rat(params.delta), 'delta');
  const recognition = inUnit(rat(params.recognition ?? '1/2'), 'recognition');
  const k = params.grid ?? 100;
  if (!Number.isInteger(k) || k < 1)
    throw new InvalidArgumentError(`optimismGame(): grid must be a positive integer; got ${k}`);
  const shares = Array.from({ length: k + 1 }, (_, i) => rat(i, k));
  const round2 = (history: readonly string[], proposer: 'G' | 'S') => {
    const responder = proposer === 'G' ? 'S' : 'G';
    return decideAt(
      proposer,
      { history },
      shares.slice(1).map((y) => {
        const label = `offer ${formatRational(y)}`;
        const pay = proposer === 'G' ? [delta.mul(ONE.sub(y)), delta.mul(y)] : [delta.mul(y), delta.mul(ONE.sub(y))];
        return [
          label,
          decideAt(responder, { history: [...history, label] }, [
            ['accept', terminal(pay)],
            ['reject', terminal([0, 0])],
          ]),
        ] as const;
      }),
    );
  };
  const root = decideAt(
    'G',
    { history: [] },
    shares.map((x) => {
      const label = `demand ${formatRational(x)}`;
      const after = [label, 'reject'];
      return [
        label,
        decideAt('S', { history: [label] }, [
          ['accept', terminal([x, ONE.sub(x)])],
          [
            'reject',
            typesByChance({
              player: 'round-2 proposer',
              label: 'round-2 proposer',
              types: [
                ['G proposes', recognition, round2([...after, 'G proposes'], 'G')],
                ['S proposes', ONE.sub(recognition), round2([...after, 'S proposes'], 'S')],
              ],
              beliefs: { G: [pG, ONE.sub(pG)], S: [ONE.sub(pS), pS] },
            }),
          ],
        ]),
      ] as const;
    }),
  );
  return buildTree({
    title: `Optimism game (pG=${formatRational(pG)}, pS=${formatRational(pS)}, delta=${formatRational(delta)}, grid=${k})`,
    players: ['G', 'S'],
    root,
  });
}

/**
 * The continuum prediction (MODEL.md N4): agreement is delayed to round 2 iff `δ (p_G^G + p_S^S) > 1`.
 * @remarks Since 0.1.0
 */
export function optimismDelays(params: Pick<OptimismParams, 'pG' | 'pS' | 'delta'>): boolean {
  return (
    rat(params.delta)
      .mul(rat(params.pG).add(rat(params.pS)))
      .compare(ONE) > 0
  );
}
