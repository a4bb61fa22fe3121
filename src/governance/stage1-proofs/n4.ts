/**
 * MODEL.md N4 (expectation differences delay agreement; Yildiz 2003, "Bargaining without a common prior —
 * an immediate agreement theorem", Econometrica 71; Yildiz 2011, "Bargaining with optimism", Annu. Rev.
 * Econ. 3). Two rounds, common `δ`; G proposes S's share `x` in round 1; if S rejects, chance draws the
 * round-2 proposer, who makes a take-it-or-leave-it offer with fallback `z = 0`, so the round-2 proposer
 * keeps everything (the responder accepts 0, indifferent); each player `i` believes it proposes in round 2
 * with probability `p_i^i`. S accepts `x` iff `x ≥ δ p_S^S`; G's best accepted offer leaves it
 * `1 − δ p_S^S`, delay gives it `δ p_G^G`. So agreement slips to round 2 iff `δ (p_G^G + p_S^S) > 1`.
 *
 * Certified here: (1) the equivalence of "delay strictly better for G" with the stated condition, both
 * directions; (2) through the parametric engine on the reduced tree whose round-1 offers are the two
 * candidates (S's reservation `δ p_S`, and 0, which S rejects), with the non-common priors on the chance
 * move: under `δ(p_G + p_S) > 1` the delaying profile is a subgame-perfect equilibrium and the agreeing one
 * is not; under `δ(p_G + p_S) < 1` the reverse. Every other offer is dominated for G by one of the two (an
 * accepted offer gives G at most `1 − δ p_S`, a rejected one exactly `δ p_G`). (3) The engine's exact
 * recomputation at MODEL.md's two points with the grid tree of `negotiationGame` (`recognition`,
 * `drawnRounds: [2]`, `optimismG/S`), solved by backward induction (non-common priors), by the state graph,
 * and — for the smaller tree — confirmed by `isSubgamePerfect`; recorded as checked identities.
 */
import { type ParametricTree, buildParametricTree } from '../../param/game.js';
import { combineResults, proveImplication } from '../../param/implication.js';
import { prove } from '../../param/prove.js';
import { chance, decision, terminal } from '../../game/builder.js';
import type { Polynomial } from '../../numeric/polynomial.js';
import type { Stage1Claim } from './stage1-engine.js';
import { checkN4 } from '../stage1-claims-info.js';
import { engineParts, refutedBy } from './stage1-engine.js';

const BASE = ['0 < delta < 1', '0 < pG < 1', '0 < pS < 1', '0 < r < 1'];

/** The reduced two-round tree (payoffs in round-1 units; round 2 discounted by delta). */
export const reducedOptimismTree: ParametricTree = buildParametricTree({
  title: 'N4 reduced optimism game',
  players: ['G', 'S'],
  root: decision<Polynomial>('G', [
    [
      'offer delta*pS',
      decision<Polynomial>('S', [
        ['accept', terminal<Polynomial>(['1 - delta*pS', 'delta*pS'])],
        [
          'reject',
          chance<Polynomial>(
            [
              ['G proposes', 'r', terminal<Polynomial>(['delta', 0])],
              ['S proposes', '1 - r', terminal<Polynomial>([0, 'delta'])],
            ],
            { beliefs: { G: ['pG', '1 - pG'], S: ['1 - pS', 'pS'] } },
          ),
        ],
      ]),
    ],
    [
      'offer 0',
      decision<Polynomial>('S', [
        ['accept', terminal<Polynomial>([1, 0])],
        [
          'reject',
          chance<Polynomial>(
            [
              ['G proposes', 'r', terminal<Polynomial>(['delta', 0])],
              ['S proposes', '1 - r', terminal<Polynomial>([0, 'delta'])],
            ],
            { beliefs: { G: ['pG', '1 - pG'], S: ['1 - pS', 'pS'] } },
          ),
        ],
      ]),
    ],
  ]),
});

// infosets: G's root; S after 'offer delta*pS'; S after 'offer 0'
const AGREE = [0, 0, 1];
const DELAY = [1, 0, 1];

/** MODEL.md N4 as an executable claim: its statement and its proof (see the module comment). @remarks Since 0.1.0 */
export const claim: Stage1Claim = {
  id: 'N4',
  statement:
    'Two rounds, drawn TIOLI round-2 proposer, non-common priors: agreement slips to round 2 iff delta*(pG + pS) > 1',
  check: checkN4,
  run: () => claim.runWith(checkN4()),
  runWith: (evidence) => {
    const delay = [...BASE, 'delta*(pG + pS) > 1'];
    const agree = [...BASE, 'delta*(pG + pS) < 1'];
    const engine = engineParts(evidence);
    if (engine.problem !== null) return refutedBy(engine.problem);
    return combineResults(
      'N4',
      [
        {
          label: 'the condition implies delay is strictly better for G',
          result: proveImplication({ assume: delay, goals: ['delta*pG - (1 - delta*pS) > 0'] }),
        },
        {
          label: 'delay strictly better for G implies the condition',
          result: proveImplication({
            assume: [...BASE, 'delta*pG > 1 - delta*pS'],
            goals: ['delta*(pG + pS) - 1 > 0'],
          }),
        },
        {
          label: 'under the condition, delaying is an SPE of the reduced tree',
          result: prove({
            game: reducedOptimismTree,
            profile: DELAY,
            concept: 'spe',
            assume: delay,
            claim: 'equilibrium',
          }),
        },
        {
          label: 'under the condition, agreeing is not an SPE',
          result: prove({
            game: reducedOptimismTree,
            profile: AGREE,
            concept: 'spe',
            assume: delay,
            claim: 'not-equilibrium',
          }),
        },
        {
          label: 'without it, agreeing is an SPE',
          result: prove({
            game: reducedOptimismTree,
            profile: AGREE,
            concept: 'spe',
            assume: agree,
            claim: 'equilibrium',
          }),
        },
        {
          label: 'without it, delaying is not an SPE',
          result: prove({
            game: reducedOptimismTree,
            profile: DELAY,
            concept: 'spe',
            assume: agree,
            claim: 'not-equilibrium',
          }),
        },
      ],
      {
        identities: engine.identities,
        argument: [
          ...engine.argument,
          'Any other round-1 offer is weakly worse for G than one of the two in the reduced tree: an accepted offer x >= delta*pS gives 1 - x <= 1 - delta*pS, a rejected one gives delta*pG.',
        ],
      },
    );
  },
};
