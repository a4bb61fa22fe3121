/**
 * MODEL.md stage-1 claims N1, N1b and N2 recomputed exactly by the engine: the state graph (continuous
 * offers and grids containing the exact shares), the tree solved by `src/solve/spe` at small grids, the
 * independent checker `isSubgamePerfect` on the trees small enough for it, and the closed forms of
 * `bargaining-closed-forms.ts`. Oracles: Ståhl (1972), Rubinstein (1982), as stated in MODEL.md.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO, rat } from '../numeric/rational.js';
import { isSubgamePerfect } from '../verify/index.js';
import { rubinsteinShare, stahlShares } from './bargaining-closed-forms.js';
import { type NegotiationParams, negotiationGame } from './negotiation.js';
import { analyzeNegotiation } from './negotiation-analysis.js';
import { rubinsteinConvergence } from './negotiation-convergence.js';
import { negotiationGraph } from './negotiation-graph.js';
import { immediateAgreement } from './negotiation-outcome.js';
import { solveNegotiationTree, treeOutcome } from './negotiation-tree.js';
import { type ClaimEvidence, type EvidenceBuilder, evidence } from './stage1-evidence.js';

/** Options of the claim checks. */
export type ClaimCheckOptions = {
  /** skip the large trees (tens of thousands of nodes or more); the graph and small trees still run */
  readonly quick?: boolean;
  /** confirm with `isSubgamePerfect` trees up to this many nodes (default 2 500) */
  readonly verifyMaxNodes?: number;
};

const graphShare = (p: NegotiationParams, offers: 'grid' | 'continuous') =>
  negotiationGraph(p, { offers, allEquilibria: false }).regimes[0]?.canonical;

/** Records the tree's canonical G share (and S share) for `p`, and the checker's verdict when small. */
function treeCheck(
  e: EvidenceBuilder,
  label: string,
  p: NegotiationParams,
  expectedG: Rational,
  expectedS: Rational,
  verifyMax: number,
): void {
  const game = negotiationGame(p);
  const sol = solveNegotiationTree(game);
  e.equal(`${label}: G's payoff, tree (SPE solver)`, sol.value?.[0], expectedG);
  e.equal(`${label}: S's payoff, tree (SPE solver)`, sol.value?.[1], expectedS);
  if (sol.canonical !== null) {
    e.holds(`${label}: tree agreement immediate`, immediateAgreement(treeOutcome(game, sol.canonical).outcome));
    if (game.nodes.length <= verifyMax)
      e.holds(
        `${label}: canonical SPE confirmed by isSubgamePerfect (${game.nodes.length} nodes)`,
        isSubgamePerfect(game, sol.canonical),
      );
  }
}

/**
 * N1: Ståhl's shares and Rubinstein's limit, through the state graph (continuous and grid), the tree and
 * the closed forms.
 * @remarks Since 0.1.0
 */
export function checkN1(options: ClaimCheckOptions = {}): ClaimEvidence {
  const e = evidence('N1');
  const vmax = options.verifyMaxNodes ?? 2_500;
  const common = (d: Rational, n: number) => ONE.sub(d.neg().pow(n)).div(ONE.add(d));
  const nine = rat(9, 10);
  ['1', '1/10', '91/100', '181/1000'].forEach((oracle, i) => {
    const n = i + 1;
    const p = { deltaG: nine, deltaS: nine, rounds: n };
    e.equal(`δ = 9/10, N = ${n}: closed form (1 − (−δ)^N)/(1 + δ)`, common(nine, n), rat(oracle));
    e.equal(`δ = 9/10, N = ${n}: state graph, continuous offers`, graphShare(p, 'continuous')?.g, rat(oracle));
    e.equal(`δ = 9/10, N = ${n}: state graph, grid 1000`, graphShare({ ...p, grid: 1000 }, 'grid')?.g, rat(oracle));
    e.equal(
      `δ = 9/10, N = ${n}: stahlShares`,
      stahlShares({ deltaG: nine, deltaS: nine, rounds: n }).shareG,
      rat(oracle),
    );
  });
  treeCheck(e, 'δ = 9/10, N = 1, grid 1', { deltaG: nine, deltaS: nine, rounds: 1, grid: 1 }, ONE, ZERO, vmax);
  treeCheck(
    e,
    'δ = 9/10, N = 2, grid 10',
    { deltaG: nine, deltaS: nine, rounds: 2, grid: 10 },
    rat(1, 10),
    rat(9, 10),
    vmax,
  );
  const half = rat(1, 2);
  treeCheck(
    e,
    'δ = 1/2, N = 3, grid 4',
    { deltaG: half, deltaS: half, rounds: 3, grid: 4 },
    common(half, 3),
    ONE.sub(common(half, 3)),
    vmax,
  );
  const dG = rat(9, 10);
  const dS = rat(4, 5);
  e.equal(
    '(9/10, 8/10), N = 3: state graph, continuous',
    graphShare({ deltaG: dG, deltaS: dS, rounds: 3 }, 'continuous')?.g,
    rat(23, 25),
  );
  e.equal(
    '(9/10, 8/10), N = 3: state graph, grid 25',
    graphShare({ deltaG: dG, deltaS: dS, rounds: 3, grid: 25 }, 'grid')?.g,
    rat(23, 25),
  );
  if (!options.quick)
    treeCheck(
      e,
      '(9/10, 8/10), N = 3, grid 25',
      { deltaG: dG, deltaS: dS, rounds: 3, grid: 25 },
      rat(23, 25),
      rat(2, 25),
      vmax,
    );
  const limit = rubinsteinShare(dG, dS);
  e.equal('(9/10, 8/10), indefinite: Rubinstein (1 − δ_S)/(1 − δ_G δ_S)', limit, rat(5, 7));
  const stationary = analyzeNegotiation(
    { deltaG: dG, deltaS: dS, rounds: 'indefinite', horizon: 2, grid: 2 },
    { method: 'graph' },
  ).regimes[0]?.stationary;
  e.equal('(9/10, 8/10), indefinite: stationary split of the analysis', stationary?.G, rat(5, 7));
  const odd = Array.from({ length: 21 }, (_, i) => 2 * i + 1);
  const conv = rubinsteinConvergence(dG, dS, odd);
  const factor = dG.mul(dS);
  conv.rows.forEach((r, i) => {
    if (i > 0)
      e.equal(
        `gap at N = ${r.rounds} is δ_G δ_S times the gap at N = ${r.rounds - 2}`,
        r.gap,
        (conv.rows[i - 1] as (typeof conv.rows)[number]).gap.mul(factor),
      );
  });
  e.holds('gap at N = 41 below 10⁻³', (conv.rows.at(-1)?.gap ?? ONE).compare(rat(1, 1000)) < 0);
  e.note(
    'Exact recomputation by the engine (state graph; tree by the SPE solver at grids containing the shares); trees up to the stated size confirmed by the independent checker.',
  );
  return e.done();
}

/**
 * N1b: the fallback `z` after the last round.
 * @remarks Since 0.1.0
 */
export function checkN1b(options: ClaimCheckOptions = {}): ClaimEvidence {
  const e = evidence('N1b');
  const vmax = options.verifyMaxNodes ?? 2_500;
  const p = { deltaG: '9/10', deltaS: '8/10', rounds: 2, zG: '3/5', zS: '1/5' } as const;
  const g = rat(79, 125);
  const s = rat(46, 125);
  const cont = graphShare(p, 'continuous');
  e.equal('continuous: G', cont?.g, g);
  e.equal('continuous: S', cont?.s, s);
  const grid = graphShare({ ...p, grid: 250 }, 'grid');
  e.equal('grid 250: G', grid?.g, g);
  e.equal('grid 250: S', grid?.s, s);
  const st = stahlShares(p);
  e.equal('stahlShares: G', st.shareG, g);
  e.equal('round-2 proposer S keeps 1 − δ_G z_G', st.proposerShares[1], ONE.sub(rat(9, 10).mul(rat(3, 5))));
  if (!options.quick) treeCheck(e, 'grid 250', { ...p, grid: 250 }, g, s, vmax);
  // a small instance the checker can confirm: δ = 1/2, z = (1/2, 1/4): S keeps 3/4 in round 2, G offers 3/8
  treeCheck(
    e,
    'δ = 1/2, z = (1/2, 1/4), N = 2, grid 8',
    { deltaG: '1/2', deltaS: '1/2', rounds: 2, zG: '1/2', zS: '1/4', grid: 8 },
    rat(5, 8),
    rat(3, 8),
    vmax,
  );
  return e.done();
}

/**
 * N2: deadline power and immediate agreement.
 * @remarks Since 0.1.0
 */
export function checkN2(options: ClaimCheckOptions = {}): ClaimEvidence {
  const e = evidence('N2');
  const vmax = options.verifyMaxNodes ?? 2_500;
  const dG = rat(9, 10);
  const dS = rat(4, 5);
  const graph = negotiationGraph(
    { deltaG: dG, deltaS: dS, regimes: [3, 'indefinite'], horizon: 41 },
    { offers: 'continuous' },
  );
  e.holds(
    '(9/10, 8/10): G (proposer in round 3) chooses limited 3 over indefinite (truncated at 41)',
    graph.choice?.canonical === 3,
  );
  e.holds(
    '(9/10, 8/10): limited 3 beats the stationary indefinite split strictly (23/25 > 5/7)',
    rat(23, 25).compare(rubinsteinShare(dG, dS)) > 0,
  );
  const even = negotiationGraph(
    { deltaG: dG, deltaS: dS, regimes: [2, 'indefinite'], horizon: 41 },
    { offers: 'continuous' },
  );
  e.holds('(9/10, 8/10): with S proposing last (N = 2) G prefers indefinite', even.choice?.canonical === 'indefinite');
  for (let n = 1; n <= 30; n++) {
    const v = graphShare({ deltaG: dG, deltaS: dS, rounds: n }, 'continuous');
    if (v === undefined || !immediateAgreement(v.outcome)) e.holds(`N = ${n}: agreement immediate (continuous)`, false);
    if (n % 2 === 1)
      e.holds(
        `N = ${n} (G last): limited beats Rubinstein strictly`,
        (v?.g ?? ZERO).compare(rubinsteinShare(dG, dS)) > 0,
      );
  }
  e.holds('N = 1..30: agreement in round 1 with probability 1 (continuous offers)', true);
  const small = { deltaG: '1/2', deltaS: '1/2', regimes: [3, 'indefinite'] as const, horizon: 4, grid: 8 };
  const a = analyzeNegotiation(
    { ...small, regimes: [...small.regimes] },
    { verifyMaxNodes: vmax, maxTreeLeaves: options.quick ? 0 : 200_000 },
  );
  e.holds(
    'tree δ = 1/2, grid 8: G prefers limited 3 (3/4) to indefinite (truncated 5/8; stationary 2/3)',
    a.preferred.strict && a.preferred.regimes[0] === 3,
  );
  if (!options.quick)
    e.holds(
      'tree δ = 1/2, grid 8: tree and state graph agree in every regime',
      a.regimes.every((r) => r.treeAgrees === true),
    );
  const best = (i: number) =>
    (a.regimes[i]?.equilibria ?? []).reduce((m, q) => (q.payoffs.G.compare(m) > 0 ? q.payoffs.G : m), ZERO);
  e.holds(
    "δ = 1/2, grid 8: G's best SPE payoff under limited 3 beats its best under the truncated indefinite regime",
    best(0).compare(best(1)) > 0,
  );
  if (!options.quick) {
    const game = negotiationGame({ ...small, regimes: [...small.regimes] });
    const sol = solveNegotiationTree(game);
    const root = game.nodes[0]?.infoset;
    const chosen =
      root === null || root === undefined || sol.canonical === null
        ? -1
        : (sol.canonical[root] ?? []).findIndex((x) => x.equals(ONE));
    e.holds('tree with the regime choice at the root: canonical SPE chooses limited 3', chosen === 0);
    e.holds(
      'tree with the regime choice: the SPE payoffs of G are 3/4 and 5/8 (grid ties), as on the state graph',
      (sol.values ?? [])
        .map((v) => (v.payoffs[0] as Rational).toFraction())
        .sort()
        .join(',') === '3/4,5/8',
    );
  }
  e.note(
    'Immediate agreement holds for the canonical equilibrium and with continuous offers; on coarse grids other SPE (ties) may delay, which the report lists.',
  );
  return e.done();
}
