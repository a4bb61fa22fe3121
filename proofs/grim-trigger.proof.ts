/**
 * Grim trigger in the repeated prisoner's dilemma (Fudenberg and Tirole, "Game Theory", 1991, §5.1;
 * Friedman 1971). Stage payoffs `T > R > P` (temptation, reward, punishment), discount factor
 * `0 ≤ δ < 1`. Against grim trigger, the best deviation defects at once and forever (one-shot deviation
 * principle), so grim trigger is an equilibrium iff
 *
 *     R/(1−δ) ≥ T + δP/(1−δ)     ⇔     δ ≥ (T−R)/(T−P).
 *
 * Both sides are cleared of their positive denominators (`1−δ > 0` and `T−P > 0`, each certified here):
 * `R − (1−δ)T − δP ≥ 0` ⇔ `(T−P)δ − (T−R) ≥ 0`. The equivalence is proved in both directions twice: as
 * polynomial implications, and through the engine on the game whose two strategies are Grim and AllD with
 * average (normalized, times `1−δ`) payoffs: the region of (Grim, Grim) is computed, then shown to hold
 * under `δ ≥ δ*` (claim `equilibrium`) and to fail under `δ < δ*` (claim `not-equilibrium`).
 */
import { parametricStrategicGame } from '../src/param/game.js';
import { combineResults, proveImplication } from '../src/param/implication.js';
import { prove } from '../src/param/prove.js';
import type { ProofClaim } from './types.js';

const BASE = ['T > R', 'R > P', '0 <= delta < 1'];

/** Grim vs AllD, average payoffs (player 1 fastest: (G,G), (D,G), (G,D), (D,D)). */
export const grimGame = parametricStrategicGame({
  title: 'Grim trigger vs always defect (average payoffs)',
  players: ['1', '2'],
  strategies: [
    ['Grim', 'AllD'],
    ['Grim', 'AllD'],
  ],
  payoffs: [
    ['R', 'R'],
    ['(1 - delta)*T + delta*P', '(1 - delta)*S + delta*P'],
    ['(1 - delta)*S + delta*P', '(1 - delta)*T + delta*P'],
    ['P', 'P'],
  ],
});

export const claim: ProofClaim = {
  id: 'grim-trigger',
  statement: 'Repeated PD, T > R > P, 0 <= delta < 1: R/(1-delta) >= T + delta*P/(1-delta) iff delta >= (T-R)/(T-P)',
  run: () =>
    combineResults(
      'equivalence',
      [
        {
          label: 'denominators are positive',
          result: proveImplication({ assume: BASE, goals: ['1 - delta > 0', 'T - P > 0'] }),
        },
        {
          label: 'cleared inequality implies the threshold',
          result: proveImplication({
            assume: [...BASE, 'R >= (1 - delta)*T + delta*P'],
            goals: ['(T - P)*delta >= T - R'],
          }),
        },
        {
          label: 'threshold implies the cleared inequality',
          result: proveImplication({
            assume: [...BASE, '(T - P)*delta >= T - R'],
            goals: ['R >= (1 - delta)*T + delta*P'],
          }),
        },
        {
          label: '(Grim, Grim) is a Nash equilibrium when delta >= delta*',
          result: prove({
            game: grimGame,
            profile: [0, 0],
            concept: 'nash',
            assume: [...BASE, '(T - P)*delta >= T - R'],
            claim: 'equilibrium',
          }),
        },
        {
          label: '(Grim, Grim) is not an equilibrium when delta < delta*',
          result: prove({
            game: grimGame,
            profile: [0, 0],
            concept: 'nash',
            assume: [...BASE, '(T - P)*delta < T - R'],
            claim: 'not-equilibrium',
          }),
        },
      ],
      {
        argument: [
          'Multiplying R/(1-delta) >= T + delta*P/(1-delta) by 1-delta > 0 gives R >= (1-delta)*T + delta*P, and dividing (T-P)*delta >= T-R by T-P > 0 gives delta >= (T-R)/(T-P); both factors are certified positive in step 1.',
        ],
      },
    ),
};

export default claim;
