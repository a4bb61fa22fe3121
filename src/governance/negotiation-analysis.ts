/**
 * `analyzeNegotiation(params)`: stage 1 of MODEL.md solved regime by regime, with the regime the chooser G
 * prefers. Under complete information every regime is solved exactly on the state graph
 * ({@link negotiationGraph}: every SPE value with its outcome and count) and, when the tree is small enough,
 * also on the tree by the SPE solver of `src/solve/spe` — the two must agree (canonical payoffs, the set of
 * SPE payoff vectors and the number of pure SPE), and the canonical equilibrium is confirmed by the
 * independent checker `isSubgamePerfect` (`src/verify`) when the tree is small enough for it. With private
 * types (S's cost), each regime's tree is solved for its pure sequential equilibria (`solveSequentialPure`,
 * uniform-tremble beliefs), each confirmed by `isSequential` when small.
 *
 * Headline numbers use the canonical equilibrium: complete information — the tree solver's (first optimal
 * action everywhere: a responder indifferent between accepting and rejecting accepts, a proposer takes the
 * smallest best offer to S); private types — the pure sequential equilibrium best for G (first on ties).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { behaviorPayoffs } from '../game/expected-payoff.js';
import type { Assessment } from '../game/types.js';
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { solveSequentialPure } from '../solve/sequential/index.js';
import { isSequential, isSubgamePerfect } from '../verify/index.js';
import { type NegotiationParams, type Regime, negotiationGame } from './negotiation.js';
import { negotiationGraph } from './negotiation-graph.js';
import { type InformationRegime, informationRegime } from './negotiation-n5.js';
import { type OutcomePiece, outcomeKey } from './negotiation-outcome.js';
import { type Stage1Settings, regimeRounds, stage1Settings } from './negotiation-settings.js';
import { solveNegotiationTree, treeOutcome } from './negotiation-tree.js';
import { TOO_MANY } from './negotiation-value-sets.js';

/** Options of {@link analyzeNegotiation}. */
export type NegotiationAnalysisOptions = {
  /** `'auto'`: graph, plus the tree when it has at most `maxTreeLeaves` leaves; `'graph'`; `'tree'` (always build it) */
  readonly method?: 'auto' | 'graph' | 'tree';
  readonly maxTreeLeaves?: number;
  /** confirm the canonical equilibrium with `src/verify` when the tree has at most this many nodes */
  readonly verifyMaxNodes?: number;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
};

/** Defaults of {@link NegotiationAnalysisOptions}. @remarks Since 0.1.0 */
export const defaultNegotiationAnalysisOptions: {
  readonly method: 'auto';
  readonly maxTreeLeaves: number;
  readonly verifyMaxNodes: number;
} = {
  method: 'auto',
  maxTreeLeaves: 100_000,
  verifyMaxNodes: 2_500,
};

/** Payoffs of G and S. */
export type PayoffPair = { readonly G: Rational; readonly S: Rational };

/** One equilibrium outcome (several profiles may share it). */
export type EquilibriumOutcome = {
  readonly payoffs: PayoffPair;
  readonly outcome: readonly OutcomePiece[];
  /** per type of S (private information only) */
  readonly byType: readonly {
    readonly type: string;
    readonly prob: Rational;
    readonly outcome: readonly OutcomePiece[];
  }[];
  readonly informationRegime: InformationRegime;
  /** how many pure equilibria (SPE, or pure sequential equilibria with types) produce it; `null`: more than `2^4096` */
  readonly count: bigint | null;
};

/** The analysis of one regime (payoffs in round-1 units, each player with its own prior). */
export type RegimeAnalysis = {
  readonly regime: Regime;
  readonly rounds: number;
  readonly canonical: EquilibriumOutcome;
  /** the agreed split when the canonical equilibrium agrees on one split for sure, else `null` */
  readonly shares: PayoffPair | null;
  readonly agreementRounds: readonly { readonly round: number; readonly prob: Rational }[];
  /** what each player gets if no agreement is ever reached (`δ^N z` limited, 0 indefinite) */
  readonly disagreement: PayoffPair;
  /** every equilibrium outcome found */
  readonly equilibria: readonly EquilibriumOutcome[];
  /** total number of pure equilibria (`null` when unknown) */
  readonly count: bigint | null;
  /** indefinite regime, alternating offers: the stationary (Rubinstein) split; else `null` */
  readonly stationary: PayoffPair | null;
  /** the canonical equilibrium confirmed by `src/verify` (`null`: not checked, tree too large or not built) */
  readonly verified: boolean | null;
  /** tree and state graph agree (canonical payoffs, SPE payoff set, count); `null` when the tree was not solved */
  readonly treeAgrees: boolean | null;
};

/** What {@link analyzeNegotiation} returns. */
export type NegotiationAnalysis = {
  readonly method: 'graph' | 'graph+tree' | 'sequential';
  readonly informed: boolean;
  readonly regimes: readonly RegimeAnalysis[];
  /**
   * the regimes maximising G's canonical payoff — the indefinite regime valued at its stationary split when
   * it exists (complete information, alternating offers), else at its truncation; `strict` when one beats
   * all others
   */
  readonly preferred: { readonly regimes: readonly Regime[]; readonly strict: boolean };
  readonly warnings: readonly string[];
};

const pair = (v: { readonly g: Rational; readonly s: Rational }): PayoffPair => ({ G: v.g, S: v.s });

/** Leaves of the regime's tree (the estimate `negotiationGame` applies its limit to). */
function treeLeaves(s: Stage1Settings, params: NegotiationParams, regime: Regime): number {
  const branching =
    (s.grid + 1) *
    (2 + (s.exitG !== undefined || s.exitS !== undefined ? 1 : 0)) *
    (s.recognition !== undefined ? 2 : 1);
  return (
    branching ** regimeRounds(s, regime) *
    s.types.length *
    (params.discloseCost !== undefined && s.types.length > 1 ? 2 : 1)
  );
}

/** The stationary split of indefinite alternating offers: the first proposer keeps `(1−c)(1−δ_resp)/(1−δ_G δ_S)` of the surplus `1−c`. */
function stationary(s: Stage1Settings): PayoffPair | null {
  const den = ONE.sub(s.deltaG.mul(s.deltaS));
  if (
    s.recognition !== undefined ||
    s.exitG !== undefined ||
    s.exitS !== undefined ||
    s.types.length > 1 ||
    den.n === 0n
  )
    return null;
  const c = s.types[0] ?? ZERO;
  const surplus = ONE.sub(c);
  if (s.proposer === 'G') {
    const g = surplus.mul(ONE.sub(s.deltaS)).div(den);
    return { G: g, S: ONE.sub(g) };
  }
  const net = surplus.mul(ONE.sub(s.deltaG)).div(den);
  return { G: ONE.sub(c.add(net)), S: c.add(net) };
}

function summarize(o: EquilibriumOutcome): Pick<RegimeAnalysis, 'shares' | 'agreementRounds'> {
  const only = o.outcome.length === 1 ? o.outcome[0] : undefined;
  const shares =
    only !== undefined && only.kind === 'agree' && only.shareS !== null
      ? { G: ONE.sub(only.shareS), S: only.shareS }
      : null;
  const rounds = new Map<number, Rational>();
  for (const p of o.outcome) if (p.kind === 'agree') rounds.set(p.round, (rounds.get(p.round) ?? ZERO).add(p.prob));
  return { shares, agreementRounds: [...rounds].sort((a, b) => a[0] - b[0]).map(([round, prob]) => ({ round, prob })) };
}

function completeInformation(
  s: Stage1Settings,
  params: NegotiationParams,
  regime: Regime,
  o: NegotiationAnalysisOptions,
  warnings: string[],
): RegimeAnalysis {
  const single = { ...params, regimes: [regime], rounds: regime };
  const budget = {
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.signal !== undefined ? { signal: o.signal } : {}),
  };
  const graph = negotiationGraph(single, budget);
  warnings.push(...graph.warnings);
  const sol = graph.regimes[0];
  if (sol === undefined || graph.stopped !== null)
    throw new InvalidArgumentError(
      `analyzeNegotiation(): the state-graph solver stopped (${graph.stopped ?? 'no result'})`,
    );
  const asOutcome = (v: {
    g: Rational;
    s: Rational;
    outcome: readonly OutcomePiece[];
    count?: bigint;
  }): EquilibriumOutcome => ({
    payoffs: pair(v),
    outcome: v.outcome,
    byType: [],
    informationRegime: 'complete-information',
    count: v.count === undefined ? 1n : v.count === TOO_MANY ? null : v.count,
  });
  const canonical = asOutcome(sol.canonical);
  const equilibria = (sol.values ?? [{ ...sol.canonical, count: 1n }]).map(asOutcome);
  let verified: boolean | null = null;
  let treeAgrees: boolean | null = null;
  const method = o.method ?? defaultNegotiationAnalysisOptions.method;
  if (
    method === 'tree' ||
    (method === 'auto' &&
      treeLeaves(s, params, regime) <= (o.maxTreeLeaves ?? defaultNegotiationAnalysisOptions.maxTreeLeaves))
  ) {
    const game = negotiationGame(single);
    const tree = solveNegotiationTree(game, budget);
    if (tree.canonical !== null && tree.value !== null && tree.values !== null) {
      const byPayoff = new Map<string, bigint>();
      for (const v of sol.values ?? []) {
        const k = `${v.g.toFraction()},${v.s.toFraction()}`;
        byPayoff.set(
          k,
          v.count === TOO_MANY || byPayoff.get(k) === TOO_MANY ? TOO_MANY : (byPayoff.get(k) ?? 0n) + v.count,
        );
      }
      // payoff sets always; counts too unless the graph's counts saturated
      const sameSet =
        sol.values === null ||
        (tree.values.length === byPayoff.size &&
          tree.values.every((v) => {
            const c = byPayoff.get(v.payoffs.map((x) => x.toFraction()).join(','));
            return c !== undefined && (sol.count === null || c === v.count);
          }));
      treeAgrees =
        sameSet &&
        (tree.value[0] as Rational).equals(sol.canonical.g) &&
        (tree.value[1] as Rational).equals(sol.canonical.s) &&
        outcomeKey(treeOutcome(game, tree.canonical).outcome) === outcomeKey(sol.canonical.outcome);
      if (!treeAgrees) warnings.push(`regime ${String(regime)}: the tree solver and the state graph disagree`);
      if (game.nodes.length <= (o.verifyMaxNodes ?? defaultNegotiationAnalysisOptions.verifyMaxNodes))
        verified = isSubgamePerfect(game, tree.canonical);
    } else warnings.push(`regime ${String(regime)}: the tree solver stopped (${tree.stopped ?? 'unknown'})`);
  }
  return {
    regime,
    rounds: sol.rounds,
    canonical,
    ...summarize(canonical),
    disagreement: disagreement(s, regime),
    equilibria,
    count: sol.count,
    stationary: regime === 'indefinite' ? stationary(s) : null,
    verified,
    treeAgrees,
  };
}

function disagreement(s: Stage1Settings, regime: Regime): PayoffPair {
  if (regime === 'indefinite') return { G: ZERO, S: ZERO };
  return { G: s.deltaG.pow(regime).mul(s.zG), S: s.deltaS.pow(regime).mul(s.zS) };
}

function privateTypes(
  s: Stage1Settings,
  params: NegotiationParams,
  regime: Regime,
  o: NegotiationAnalysisOptions,
  warnings: string[],
): RegimeAnalysis {
  const game = negotiationGame({ ...params, regimes: [regime], rounds: regime });
  const res = solveSequentialPure(game, {
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.signal !== undefined ? { signal: o.signal } : {}),
  });
  if (!res.complete)
    warnings.push(
      `regime ${String(regime)}: the sequential solver stopped (${res.stopped ?? 'incomplete'}); equilibria listed so far`,
    );
  warnings.push(...res.warnings.filter((w) => !warnings.includes(w)));
  const groups = new Map<string, { eq: EquilibriumOutcome; first: Assessment }>();
  for (const a of res.equilibria) {
    const pay = behaviorPayoffs(game, a.profile);
    const out = treeOutcome(game, a.profile);
    const eq: EquilibriumOutcome = {
      payoffs: { G: pay[0] ?? ZERO, S: pay[1] ?? ZERO },
      outcome: out.outcome,
      byType: out.byType,
      informationRegime: informationRegime(game, a.profile),
      count: 1n,
    };
    const key = `${eq.payoffs.G.toFraction()}|${eq.payoffs.S.toFraction()}|${out.byType.map((b) => outcomeKey(b.outcome)).join('/')}`;
    const prev = groups.get(key);
    groups.set(
      key,
      prev === undefined ? { eq, first: a } : { ...prev, eq: { ...prev.eq, count: (prev.eq.count ?? 0n) + 1n } },
    );
  }
  const all = [...groups.values()];
  if (all.length === 0)
    throw new InvalidArgumentError(
      `analyzeNegotiation(): regime ${String(regime)} has no pure sequential equilibrium in the uniform-tremble family (a mixed one is needed; see cutoffScreening for one-sided offers)`,
    );
  let best = all[0] as (typeof all)[number];
  for (const g of all) if (g.eq.payoffs.G.compare(best.eq.payoffs.G) > 0) best = g;
  const verified =
    game.nodes.length <= (o.verifyMaxNodes ?? defaultNegotiationAnalysisOptions.verifyMaxNodes)
      ? isSequential(game, best.first) === true
      : null;
  return {
    regime,
    rounds: regimeRounds(s, regime),
    canonical: best.eq,
    ...summarize(best.eq),
    disagreement: disagreement(s, regime),
    equilibria: all.map((g) => g.eq),
    count: res.complete ? BigInt(res.equilibria.length) : null,
    stationary: null,
    verified,
    treeAgrees: null,
  };
}

/**
 * Solves stage 1 regime by regime and reports shares, agreement rounds, payoffs under every regime and the
 * regime G prefers (see the module comment for the methods and the canonical selection).
 * @param params - stage-1 parameters (MODEL.md names); `regimes` lists the regimes G chooses from
 * @param options - method, tree-size limits, budget
 * @throws InvalidArgumentError for invalid parameters, a stopped solver, or (private types) no pure sequential equilibrium
 * @remarks Since 0.1.0
 */
export function analyzeNegotiation(
  params: NegotiationParams,
  options: NegotiationAnalysisOptions = {},
): NegotiationAnalysis {
  const s = stage1Settings(params, 'analyzeNegotiation()');
  const informed = s.types.length > 1;
  const warnings: string[] = [];
  const regimes = s.regimes.map((r) =>
    informed ? privateTypes(s, params, r, options, warnings) : completeInformation(s, params, r, options, warnings),
  );
  const worth = (r: RegimeAnalysis): Rational =>
    r.regime === 'indefinite' && r.stationary !== null ? r.stationary.G : r.canonical.payoffs.G;
  const best = regimes.reduce((m, r) => (worth(r).compare(m) > 0 ? worth(r) : m), worth(regimes[0] as RegimeAnalysis));
  const top = regimes.filter((r) => worth(r).equals(best)).map((r) => r.regime);
  const usedTree = regimes.some((r) => r.treeAgrees !== null);
  return {
    method: informed ? 'sequential' : usedTree ? 'graph+tree' : 'graph',
    informed,
    regimes,
    preferred: { regimes: top, strict: top.length === 1 && regimes.length > 1 },
    warnings,
  };
}
