/**
 * Uniqueness in the compliance game through strict dominance at every information set (MODEL.md C3, "What
 * checks means"): after each mode, K's and S's target actions are reached by iterated strict dominance in
 * their simultaneous 2×2 game (each goal a strict payoff difference read from the parametric tree and
 * certified from the assumptions), and T strictly prefers its target mode. Then every subgame-perfect
 * equilibrium, mixed ones included, plays the target plan (Selten 1965: in each subgame an equilibrium
 * survives iterated elimination of strictly dominated strategies; Fudenberg–Tirole 1991, §2.1).
 *
 * With `outcomes: 'nash'` it also shows the target play is the only Nash equilibrium outcome: T's target
 * mode against ANY play after it beats the other mode's target play, so T never leaves the target mode,
 * and the reached subgame then plays its dominance solution.
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame } from '../game/types.js';
import { type Polynomial, polyFormat, polySub } from '../numeric/polynomial.js';
import { POLY } from '../param/arithmetic.js';
import type { CertificateAtom } from '../param/certificate.js';
import type { GoalCertificate } from '../param/certify.js';
import { gameParameters } from '../param/game.js';
import { type ProveResult, buildAtoms } from '../param/prove.js';
import { K_ACTIONS, type KAction, MODES, type Mode, S_ACTIONS, type SAction } from './compliance.js';
import { playPayoffs } from './compliance-parametric.js';
import type { KSPair } from './compliance-profiles.js';
import { certifyWithProducts } from './certify-products.js';

/**
 * The plan to be shown unique: T's mode and the K–S play after each mode; after the mode T does not choose
 * the play may be `'any'`, and then T must prefer its mode against every play there.
 */
export type DominanceTarget = { readonly mode: Mode; readonly afterC: KSPair | 'any'; readonly afterF: KSPair | 'any' };

/** Input of {@link proveByDominance}. */
export type DominanceInput = {
  /** the parametric compliance game */
  readonly game: ExtensiveGame<Polynomial>;
  /** the plan to be shown the unique equilibrium */
  readonly target: DominanceTarget;
  /** assumptions (`"rhoA > eT"`, …) */
  readonly assume: readonly string[];
  /** parameters with sign conditions `θ ≥ 0` */
  readonly nonnegative: readonly string[];
  /** `'spe'`: the unique SPE; `'nash'`: also the only Nash equilibrium outcome (default `'spe'`) */
  readonly outcomes?: 'spe' | 'nash';
};

const other = <T>(list: readonly T[], x: T): T => list.find((y) => y !== x) as T;

/**
 * Proves by strict dominance at every information set that `target` is the unique subgame-perfect
 * equilibrium (and, with `outcomes: 'nash'`, that its play is the only Nash outcome).
 * @returns `proved` with a certificate (one strict goal per dominance comparison), or `unknown` listing
 *   the comparisons that could not be certified
 * @throws ExpressionError for an assumption that is not a polynomial comparison
 * @remarks Since 0.1.0
 */
export function proveByDominance(input: DominanceInput): ProveResult {
  const { game, target } = input;
  const pay = (m: Mode, k: KAction, s: SAction) => playPayoffs(game, POLY, m, k, s);
  const atoms: CertificateAtom[] = buildAtoms(game, input.assume, input.nonnegative, gameParameters(game));
  const parameters = [
    ...new Set([
      ...gameParameters(game),
      ...atoms.flatMap((a) => [...a.poly.terms.values()].flatMap((t) => t.monomial.map(([v]) => v))),
    ]),
  ].sort();
  const goals: GoalCertificate[] = [];
  const tried: string[] = [];
  const argument: string[] = [];
  const need = (poly: Polynomial, label: string): boolean => {
    const c = certifyWithProducts(poly, true, atoms, label);
    if (c === undefined) tried.push(`could not certify ${label}: ${polyFormat(poly)} > 0`);
    else goals.push(c);
    return c !== undefined;
  };
  const m0 = target.mode;
  const m1 = other(MODES, m0);
  const playAfter = (m: Mode) => (m === 'C' ? target.afterC : target.afterF);
  const chosen = playAfter(m0);
  if (chosen === 'any')
    return { status: 'unknown', tried: [`proveByDominance(): the play after T's mode ${m0} must be given`] };
  for (const m of MODES) {
    const play = playAfter(m);
    if (play === 'any') continue;
    const [k0, s0] = play;
    const k1 = other(K_ACTIONS, k0);
    const s1 = other(S_ACTIONS, s0);
    const kBeats = (s: SAction) => polySub(pay(m, k0, s)[1] as Polynomial, pay(m, k1, s)[1] as Polynomial);
    const sBeats = (k: KAction) => polySub(pay(m, k, s0)[2] as Polynomial, pay(m, k, s1)[2] as Polynomial);
    const kLabel = (s: SAction) => `after ${m}: K's ${k0} beats ${k1} against S's ${s}`;
    const sLabel = (k: KAction) => `after ${m}: S's ${s0} beats ${s1} against K's ${k}`;
    // Try, in order: both strictly dominant; K dominant and S's best reply strict; S dominant and K's reply strict.
    const attempts: { goals: [Polynomial, string][]; text: string }[] = [
      {
        goals: [
          ...S_ACTIONS.map((s) => [kBeats(s), kLabel(s)] as [Polynomial, string]),
          ...K_ACTIONS.map((k) => [sBeats(k), sLabel(k)] as [Polynomial, string]),
        ],
        text: `K's ${k1} and S's ${s1} are strictly dominated`,
      },
      {
        goals: [...S_ACTIONS.map((s) => [kBeats(s), kLabel(s)] as [Polynomial, string]), [sBeats(k0), sLabel(k0)]],
        text: `K's ${k1} is strictly dominated, and S's strict best reply to ${k0} is ${s0}`,
      },
      {
        goals: [...K_ACTIONS.map((k) => [sBeats(k), sLabel(k)] as [Polynomial, string]), [kBeats(s0), kLabel(s0)]],
        text: `S's ${s1} is strictly dominated, and K's strict best reply to ${s0} is ${k0}`,
      },
    ];
    let done = false;
    for (const a of attempts) {
      const before = goals.length;
      const mark = tried.length;
      if (a.goals.every(([p, l]) => need(p, l))) {
        argument.push(
          `After ${m}: ${a.text}, so every equilibrium of the subgame after ${m} (mixed ones included) is (${k0}, ${s0}).`,
        );
        tried.length = mark;
        done = true;
        break;
      }
      goals.length = before;
    }
    if (!done)
      return {
        status: 'unknown',
        tried: [`after ${m}: (${k0}, ${s0}) is not reached by iterated strict dominance`, ...tried],
      };
  }
  const [k0, s0] = chosen;
  const alt = playAfter(m1);
  const otherPlays: KSPair[] = alt === 'any' ? K_ACTIONS.flatMap((k) => S_ACTIONS.map((s) => [k, s] as const)) : [alt];
  for (const [k1, s1] of otherPlays) {
    const diff = polySub(pay(m0, k0, s0)[0] as Polynomial, pay(m1, k1, s1)[0] as Polynomial);
    if (!need(diff, `T's ${m0} (then ${k0}, ${s0}) beats ${m1} (then ${k1}, ${s1})`))
      return { status: 'unknown', tried };
  }
  argument.push(
    alt === 'any'
      ? `T's payoff from ${m0} exceeds its payoff from ${m1} against every play after ${m1}, hence against every (mixed) equilibrium there: every subgame-perfect equilibrium plays (${m0}, ${k0}, ${s0}).`
      : `T strictly prefers ${m0} given the unique continuation after each mode, so the target plan is the unique subgame-perfect equilibrium.`,
  );
  if ((input.outcomes ?? 'spe') === 'nash' && alt !== 'any') {
    const [k1, s1] = alt;
    const against = (k: KAction, s: SAction) =>
      polySub(pay(m0, k, s)[0] as Polynomial, pay(m1, k1, s1)[0] as Polynomial);
    for (const k of K_ACTIONS) {
      for (const s of S_ACTIONS) {
        if (k === k0 && s === s0) continue;
        if (!need(against(k, s), `T's ${m0} (then any ${k}, ${s}) beats ${m1} (then ${k1}, ${s1})`))
          return { status: 'unknown', tried };
      }
    }
    argument.push(
      `Nash outcomes: if T chose ${m1} with positive probability, the subgame after ${m1} would be reached and play (${k1}, ${s1}); T's payoff from ${m0} exceeds that against every play after ${m0}, so T plays ${m0}, the subgame after ${m0} is reached and plays (${k0}, ${s0}): (${m0}, ${k0}, ${s0}) is the only Nash equilibrium outcome.`,
    );
  }
  return {
    status: 'proved',
    certificate: {
      claim: 'unique',
      concept: input.outcomes ?? 'spe',
      parameters,
      atoms,
      goals,
      identities: [],
      argument,
    },
  };
}
