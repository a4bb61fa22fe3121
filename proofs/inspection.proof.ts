/**
 * The inspection game (Avenhaus, von Stengel and Zamir 2002, "Inspection games", Handbook of Game Theory
 * vol. 3, ch. 51, §2): the inspectee Violates or Complies, the inspector Inspects or Not. Payoffs
 * (inspectee, inspector): Violate–Inspect `(g − p, r − k)`, Violate–Not `(g, 0)`, Comply–Inspect
 * `(0, −k)`, Comply–Not `(0, 0)`, with `0 < g < p` (gain, penalty) and `0 < k < r` (inspection cost, value
 * of catching). Claim: the unique equilibrium violates with probability `k/r` and inspects with `g/p`.
 *
 * Argument (each step certified or checked as an identity):
 * 1. The profile with probabilities `k/r` and `g/p` (rational functions; the region clears the positive
 *    denominators `r` and `p`) is a Nash equilibrium: its region (probability bounds and deviations) follows
 *    from the assumptions, and the denominators are certified positive.
 * 2. No pure profile is an equilibrium: each of the four has a strictly profitable deviation (certified).
 * 3. No ties: against each pure strategy of the opponent, each player's two payoffs differ strictly
 *    (certified), so every best response to a pure strategy is unique and pure.
 * 4. Hence in any equilibrium both players mix: if one played pure, the other's unique best response is
 *    pure, and the first must best-respond to it, giving a pure equilibrium, which step 2 excludes.
 * 5. Both mix, so both are indifferent. The identities `u₁(V, y) − u₁(C, y) = g − p·y` and
 *    `u₂(x, I) − u₂(x, N) = r·x − k` (checked symbolically in fresh variables x, y from the game's payoffs)
 *    are linear with slopes `−p < 0` and `r > 0` (step 1), so `y = g/p` and `x = k/r` are the only
 *    solutions: the equilibrium of step 1 is the unique one.
 */
import { type Polynomial, polyAdd, polyConst, polyMul, polySub, polyVar } from '../src/numeric/polynomial.js';
import { parametricStrategicGame } from '../src/param/game.js';
import { combineResults, proveImplication } from '../src/param/implication.js';
import { prove } from '../src/param/prove.js';
import { parseExpression } from '../src/param/expression.js';
import type { ProofClaim } from './types.js';

const ASSUME = ['0 < g < p', '0 < k < r'];

/** Player 1 (inspectee) fastest: (V,I), (C,I), (V,N), (C,N). */
export const inspectionGame = parametricStrategicGame({
  title: 'Inspection game',
  players: ['Inspectee', 'Inspector'],
  strategies: [
    ['Violate', 'Comply'],
    ['Inspect', 'Not'],
  ],
  payoffs: [
    ['g - p', 'r - k'],
    [0, '-k'],
    ['g', 0],
    [0, 0],
  ],
});

const u = (player: number, s1: number, s2: number): Polynomial =>
  inspectionGame.payoffs[s1 + 2 * s2]?.[player] as Polynomial;
const mix = (a: Polynomial, b: Polynomial, w: Polynomial) =>
  polyAdd(polyMul(w, a), polyMul(polySub(polyConst(1), w), b));

export const claim: ProofClaim = {
  id: 'inspection-game',
  statement: 'Inspection game, 0 < g < p, 0 < k < r: the unique equilibrium violates w.p. k/r and inspects w.p. g/p',
  run: () => {
    const x = polyVar('x');
    const y = polyVar('y');
    // payoff differences as functions of the opponent's mixing probability, from the game's own payoffs
    const d1 = polySub(mix(u(0, 0, 0), u(0, 0, 1), y), mix(u(0, 1, 0), u(0, 1, 1), y));
    const d2 = polySub(mix(u(1, 0, 0), u(1, 1, 0), x), mix(u(1, 0, 1), u(1, 1, 1), x));
    const pure = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const;
    const names = (s: readonly number[]) =>
      `(${inspectionGame.strategies[0]?.[s[0] as number]}, ${inspectionGame.strategies[1]?.[s[1] as number]})`;
    const noTie = (player: number, other: number): Polynomial => {
      const a = player === 0 ? u(0, 0, other) : u(1, other, 0);
      const b = player === 0 ? u(0, 1, other) : u(1, other, 1);
      return polySub(a, b);
    };
    const ties = [0, 1].flatMap((player) => [0, 1].map((other) => ({ player, other, diff: noTie(player, other) })));
    return combineResults(
      'unique-equilibrium',
      [
        {
          label: 'the mixed profile (k/r, g/p) is an equilibrium',
          result: prove({
            game: inspectionGame,
            profile: [
              ['k/r', '(r - k)/r'],
              ['g/p', '(p - g)/p'],
            ],
            concept: 'nash',
            assume: ASSUME,
            claim: 'equilibrium',
          }),
        },
        ...pure.map((s) => ({
          label: `${names(s)} is not an equilibrium`,
          result: prove({
            game: inspectionGame,
            profile: [...s],
            concept: 'nash',
            assume: ASSUME,
            claim: 'not-equilibrium',
          }),
        })),
        {
          label: 'no ties against pure strategies (either sign)',
          result: proveImplication({
            assume: ASSUME,
            // the certified sign of each difference: inspectee prefers C against I, V against N; inspector I against V, N against C
            goals: ties.map((t) => {
              const poly =
                t.player === 0
                  ? t.other === 0
                    ? polySub(polyConst(0), t.diff)
                    : t.diff
                  : t.other === 0
                    ? t.diff
                    : polySub(polyConst(0), t.diff);
              return { label: `player ${t.player + 1} against opponent's strategy ${t.other + 1}`, poly, strict: true };
            }),
          }),
        },
        {
          label: 'slopes of the indifference conditions are nonzero',
          result: proveImplication({ assume: ASSUME, goals: ['p > 0', 'r > 0'] }),
        },
      ],
      {
        identities: [
          {
            label: "inspectee's indifference: u1(V, y) - u1(C, y) = g - p*y",
            left: d1,
            right: parseExpression('g - p*y'),
          },
          {
            label: "inspector's indifference: u2(x, I) - u2(x, N) = r*x - k",
            left: d2,
            right: parseExpression('r*x - k'),
          },
        ],
        argument: [
          'Steps 2-5 show no pure equilibrium and no ties, so every equilibrium is completely mixed; both players are then indifferent, and the identities give linear conditions g - p*y = 0 and r*x - k = 0 with nonzero slopes (step 6), whose unique solutions y = g/p, x = k/r form the equilibrium of step 1.',
        ],
      },
    );
  },
};

export default claim;
