/**
 * Stage 1 (MODEL.md) under complete information, solved on its state graph instead of its tree: every
 * subgame that starts in round `t` with a given proposer is the same game (payoffs scale by the discount
 * factors), so exact backward induction over the states `(round, proposer)` replaces the tree's
 * `((k+1)·2)^N` leaves by `N` states of `k+1` offers each. Offers are the grid `0, 1/k, …, 1` of
 * `negotiationGame` or, in closed form, any real split (Ståhl 1972; Rubinstein 1982; Osborne and Rubinstein
 * 1990, *Bargaining and Markets*, ch. 3–4). Chance-drawn proposers with non-common priors (Yildiz 2003),
 * fallback `z`, exits and the regime choice are handled as in the tree.
 *
 * With the grid the result is, per regime, the canonical SPE (the tree solver's: first optimal action
 * everywhere, so an indifferent responder accepts and a proposer takes the smallest best offer to S), and
 * the set of every SPE value with the exact number of pure SPE profiles producing it — the same numbers
 * `backwardInduction` gives on `negotiationGame(params)`, as the tests check. With continuous offers only
 * the SPE in which indifferent responders accept (the unique SPE of the continuum, up to the proposer's own
 * ties, where agreement is taken) is computed.
 *
 * Values are kept in each round's own units. With a discount factor of 0 the tree's later rounds pay
 * everybody 0 in round-1 units, so there every behaviour is subgame perfect in the tree; the graph then
 * still compares those rounds' own payoffs, and counts fewer equilibria (the canonical one is the same).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, UnsupportedGameError } from '../game/errors.js';
import { ONE, type Rational, ZERO, rat } from '../numeric/rational.js';
import { startBudget } from '../solve/budget.js';
import type { Budget, StopReason } from '../solve/types.js';
import type { NegotiationParams, Regime } from './negotiation.js';
import type { BargainValue, CountedValue } from './negotiation-outcome.js';
import { type Stage1Settings, proposerAt, regimeRounds, stage1Settings } from './negotiation-settings.js';
import {
  COUNT_BITS,
  TOO_MANY,
  addCount,
  chanceSet,
  decisionSet,
  discount,
  firstBest,
} from './negotiation-value-sets.js';

/** Options of {@link negotiationGraph}. */
export type NegotiationGraphOptions = Budget & {
  /** `'grid'`: offers `0, 1/k, …, 1` with `k = params.grid`; `'continuous'`: any real split */
  readonly offers?: 'grid' | 'continuous';
  /** also compute every SPE value with counts (grid only) */
  readonly allEquilibria?: boolean;
  /** largest value set at one state before stopping with `'nodes'` */
  readonly maxValueSet?: number;
};

/** Defaults of {@link NegotiationGraphOptions}. @remarks Since 0.1.0 */
export const defaultNegotiationGraphOptions: {
  readonly offers: 'grid';
  readonly allEquilibria: boolean;
  readonly maxValueSet: number;
} = {
  offers: 'grid',
  allEquilibria: true,
  maxValueSet: 100_000,
};

/** The solution of one regime (values in round-1 units). */
export type GraphRegimeSolution = {
  readonly regime: Regime;
  readonly rounds: number;
  /** the canonical SPE's payoffs and outcome */
  readonly canonical: BargainValue;
  /** canonical payoffs `(G, S)` of the subgame starting in round `t`, in round-`t` units, `t = 1..N` */
  readonly stateValues: readonly (readonly [Rational, Rational])[];
  /**
   * every SPE value with its number of pure SPE profiles (`null`: continuous offers, not requested, or
   * stopped); a count of `-1n` means more than `2^4096` ({@link TOO_MANY})
   */
  readonly values: readonly CountedValue[] | null;
  /** the number of pure SPE of the regime's game (`null` when `values` is, or above `2^4096`) */
  readonly count: bigint | null;
};

/** What {@link negotiationGraph} returns. */
export type NegotiationGraphResult = {
  readonly method: 'negotiation-graph';
  readonly exact: true;
  readonly offers: 'grid' | 'continuous';
  readonly options: Readonly<Record<string, unknown>>;
  readonly regimes: readonly GraphRegimeSolution[];
  /** with several regimes, the game where G first chooses one: its canonical choice, values and count */
  readonly choice: {
    readonly canonical: Regime;
    readonly canonicalValue: BargainValue;
    readonly values: readonly CountedValue[] | null;
    readonly count: bigint | null;
  } | null;
  readonly complete: boolean;
  readonly stopped: StopReason | null;
  readonly warnings: readonly string[];
  readonly stats: Readonly<Record<string, number>>;
};

type State = { canonical: BargainValue; set: CountedValue[] | null };

/** The two children values of a responder after offer `x` (accept; exit if enabled). */
function terminalsAfter(
  s: Stage1Settings,
  t: number,
  x: Rational,
  responder: 'G' | 'S',
): { acc: CountedValue; ext: CountedValue | null } {
  const c = s.types[0] ?? ZERO;
  const acc: CountedValue = {
    g: ONE.sub(x),
    s: x.sub(c),
    outcome: [{ round: t, kind: 'agree', shareS: x, prob: ONE }],
    count: 1n,
  };
  const exit = responder === 'G' ? s.exitG : s.exitS;
  const ext: CountedValue | null =
    exit === undefined
      ? null
      : {
          g: s.exitG ?? ZERO,
          s: s.exitS ?? ZERO,
          outcome: [{ round: t, kind: 'exit', shareS: null, prob: ONE }],
          count: 1n,
        };
  return { acc, ext };
}

/** A proposer's state on the grid: canonical value and (optionally) the SPE value set. */
function gridProposer(s: Stage1Settings, t: number, who: 'G' | 'S', next: State, withSets: boolean): State {
  const resp = who === 'G' ? 's' : 'g';
  const rc = discount(next.canonical, s.deltaG, s.deltaS);
  const rj = next.set?.map((v) => discount(v, s.deltaG, s.deltaS)) ?? null;
  const canon: BargainValue[] = [];
  const kids: CountedValue[][] = [];
  for (let i = 0; i <= s.grid; i++) {
    const { acc, ext } = terminalsAfter(s, t, rat(i, s.grid), who === 'G' ? 'S' : 'G');
    const options: BargainValue[] = ext === null ? [acc, rc] : [acc, rc, ext];
    canon.push(options[firstBest(options, resp)] as BargainValue);
    if (withSets && rj !== null) kids.push(decisionSet(ext === null ? [[acc], rj] : [[acc], rj, [ext]], resp));
  }
  const mover = who === 'G' ? 'g' : 's';
  return {
    canonical: canon[firstBest(canon, mover)] as BargainValue,
    set: withSets && rj !== null ? decisionSet(kids, mover) : null,
  };
}

/** A proposer's state with continuous offers: the best acceptable split against delay (agreement on ties). */
function continuousProposer(s: Stage1Settings, t: number, who: 'G' | 'S', next: BargainValue): BargainValue {
  const responder = who === 'G' ? 'S' : 'G';
  const rc = discount(next, s.deltaG, s.deltaS);
  const c = s.types[0] ?? ZERO;
  const ext = terminalsAfter(s, t, ZERO, responder).ext;
  const resp = who === 'G' ? 's' : 'g';
  const refusal = ext !== null && ext[resp].compare(rc[resp]) > 0 ? ext : rc;
  // the responder accepts x iff its agreement payoff is at least what refusing gives it
  let x = who === 'G' ? c.add(refusal.s) : ONE.sub(refusal.g);
  if (x.compare(ZERO) < 0) x = ZERO;
  if (x.compare(ONE) > 0) x = ONE;
  const { acc } = terminalsAfter(s, t, x, responder);
  const acceptable = acc[resp].compare(refusal[resp]) >= 0;
  const mover = who === 'G' ? 'g' : 's';
  return acceptable && acc[mover].compare(refusal[mover]) >= 0 ? acc : refusal;
}

/**
 * Solves stage 1 under complete information on the state graph (see the module comment).
 * @param params - stage-1 parameters (MODEL.md names; `types` must have one entry)
 * @param options - offers (`'grid'` default, or `'continuous'`), `allEquilibria`, `maxValueSet`, budget
 *   (`maxNodes` counts states, `timeoutMs`, `signal`)
 * @throws UnsupportedGameError when S has several types (private information: use the tree analysis)
 * @throws InvalidArgumentError for parameters out of range
 * @remarks Since 0.1.0
 */
export function negotiationGraph(
  params: NegotiationParams,
  options: NegotiationGraphOptions = {},
): NegotiationGraphResult {
  const fn = 'negotiationGraph()';
  const s = stage1Settings(params, fn);
  if (s.types.length > 1)
    throw new UnsupportedGameError(
      fn,
      'S has several types (private information); the state graph needs complete information',
    );
  const offers = options.offers ?? defaultNegotiationGraphOptions.offers;
  if (offers !== 'grid' && offers !== 'continuous')
    throw new InvalidArgumentError(`${fn}: offers must be 'grid' or 'continuous'; got ${String(offers)}`);
  const withSets = offers === 'grid' && (options.allEquilibria ?? defaultNegotiationGraphOptions.allEquilibria);
  const maxSet = options.maxValueSet ?? defaultNegotiationGraphOptions.maxValueSet;
  const meter = startBudget(
    {
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    },
    'negotiationGraph',
    1,
  );
  const warnings: string[] = [];
  let largest = 1;
  let states = 0;
  let setsLost = false;

  const proposerState = (t: number, who: 'G' | 'S', next: State): State =>
    offers === 'grid'
      ? gridProposer(s, t, who, next, withSets && !setsLost)
      : { canonical: continuousProposer(s, t, who, next.canonical), set: null };

  const solveRegime = (regime: Regime): GraphRegimeSolution => {
    const n = regimeRounds(s, regime);
    const end: CountedValue =
      regime === 'indefinite'
        ? { g: ZERO, s: ZERO, outcome: [{ round: n, kind: 'none', shareS: null, prob: ONE }], count: 1n }
        : { g: s.zG, s: s.zS, outcome: [{ round: n, kind: 'none', shareS: null, prob: ONE }], count: 1n };
    let next: State = { canonical: end, set: withSets ? [end] : null };
    const stateValues: [Rational, Rational][] = [];
    for (let t = n; t >= 1; t--) {
      if (meter.step('nodes') !== null) break;
      states += 1;
      const who = proposerAt(s, t);
      let cur: State;
      if (who === 'drawn') {
        const p = s.recognition as Rational;
        const a = proposerState(t, 'G', next);
        const b = proposerState(t, 'S', next);
        const bG = s.beliefG as Rational;
        const bS = s.beliefS as Rational;
        const combine = (x: BargainValue, y: BargainValue): BargainValue =>
          chanceSet([
            { set: [{ ...x, count: 1n }], prob: p, beliefG: bG, beliefS: bS },
            { set: [{ ...y, count: 1n }], prob: ONE.sub(p), beliefG: ONE.sub(bG), beliefS: ONE.sub(bS) },
          ])?.[0] as BargainValue;
        const set =
          a.set !== null && b.set !== null
            ? chanceSet(
                [
                  { set: a.set, prob: p, beliefG: bG, beliefS: bS },
                  { set: b.set, prob: ONE.sub(p), beliefG: ONE.sub(bG), beliefS: ONE.sub(bS) },
                ],
                maxSet,
              )
            : null;
        cur = { canonical: combine(a.canonical, b.canonical), set };
      } else cur = proposerState(t, who, next);
      if (cur.set !== null && cur.set.length > maxSet) cur = { ...cur, set: null };
      if (withSets && cur.set === null && !setsLost) {
        setsLost = true;
        warnings.push(
          `value sets exceeded ${maxSet} entries in round ${t}; only the canonical equilibrium is reported`,
        );
      }
      largest = Math.max(largest, cur.set?.length ?? 1);
      stateValues[t - 1] = [cur.canonical.g, cur.canonical.s];
      next = cur;
    }
    const set = meter.stopped === null ? next.set : null;
    return {
      regime,
      rounds: n,
      canonical: next.canonical,
      stateValues,
      values: set,
      count: total(set),
    };
  };

  const total = (set: readonly CountedValue[] | null): bigint | null => {
    if (set === null) return null;
    const c = set.reduce((a, v) => addCount(a, v.count), 0n);
    if (c !== TOO_MANY) return c;
    if (!warnings.some((w) => w.startsWith('more than')))
      warnings.push(`more than 2^${COUNT_BITS} pure SPE: counts saturated`);
    return null;
  };
  const regimes = s.regimes.map(solveRegime);
  let choice: NegotiationGraphResult['choice'] = null;
  if (regimes.length > 1) {
    const best = firstBest(
      regimes.map((r) => r.canonical),
      'g',
    );
    const sets = regimes.every((r) => r.values !== null)
      ? decisionSet(
          regimes.map((r) => r.values as CountedValue[]),
          'g',
        )
      : null;
    choice = {
      canonical: (regimes[best] as GraphRegimeSolution).regime,
      canonicalValue: (regimes[best] as GraphRegimeSolution).canonical,
      values: sets,
      count: total(sets),
    };
  }
  const stopped = meter.stopped;
  return {
    method: 'negotiation-graph',
    exact: true,
    offers,
    options: {
      offers,
      allEquilibria: withSets,
      maxValueSet: maxSet,
      ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    },
    regimes,
    choice,
    complete: stopped === null && !setsLost,
    stopped,
    warnings,
    stats: { states, maxValueSet: largest, ms: meter.elapsedMs },
  };
}
