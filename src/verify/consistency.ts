/**
 * Kreps–Wilson consistency of an assessment (σ, μ), decided exactly with a constructive certificate.
 *
 * Definition (Kreps and Wilson 1982, §3): μ is consistent with σ iff there are totally mixed profiles
 * σ_k → σ whose Bayes beliefs μ_k → μ.
 *
 * Characterization used (Streufert 2006, "Characterizing consistency by monomials"; Blume and Zame 1994,
 * Econometrica 62, via the curve-selection lemma, Bochnak–Coste–Roy, Real Algebraic Geometry, Thm 2.5.5, and
 * Puiseux expansions): μ is consistent iff there is a monomial tremble family
 *   σ_ε(a) = c_a·ε^{r_a} for every action a with σ(a) = 0 (c_a > 0 real, r_a > 0), σ_ε(b) = σ(b)·(1 − Σ_{a} c_a ε^{r_a})
 *   for the other actions b of the information set,
 * whose Bayes beliefs converge to μ. For a node x let R(x) = Σ r_a and K(x) = Π c_a over the zero-probability
 * actions on its path, and P(x) the product of the positive probabilities on it (chance as the player at the
 * information set believes it). Then ρ_ε(x) = P(x)·K(x)·ε^{R(x)}·(1 + o(1)), so the limit belief at I puts
 * weight ∝ P(x)·K(x) on the members of least R and 0 elsewhere. Hence μ is consistent iff
 *   (a) no member whose path has a zero-probability chance move carries belief (such a node is never reached);
 *   (b) ranks: for each I with support S = {x : μ(x) > 0} and reference s ∈ S, R(y) = R(s) for y ∈ S and
 *       R(z) ≥ R(s) + 1 for the other reachable members z — a homogeneous linear system with strict
 *       inequalities, feasible with r_a > 0 iff feasible with integers r_a ≥ 1 (scaling), decided by an exact LP
 *       ({@link exactFeasibility}) whose feasible point or Farkas vector is re-checked here;
 *   (c) coefficients: for y ∈ S, Σ_a log c_a over y's path minus over s's path equals
 *       log(μ(y)·P(s) / (μ(s)·P(y))) — decided exactly by {@link solveLogLinear}.
 * (a)–(c) use disjoint unknowns, so the family exists iff each holds. On success the certificate lists r_a
 * and c_a (as exact power products) and is re-verified from the game by {@link verifyConsistencyCertificate}.
 *
 * Non-common priors: each information set's beliefs are tested against its own player's prior; all players
 * share one tremble family. If every member of an information set lies behind a zero-probability chance move
 * (in its player's prior), no totally mixed profile reaches it and Bayes' rule never applies there: the
 * answer is then `'undecided'` rather than a guess.
 * @remarks Since 0.1.0
 */
import type { ChanceInfosetId, InfosetId, NodeId, PlayerId } from '../game/ids.js';
import type { Assessment, ExtensiveGame, TreeNode } from '../game/types.js';
import { ONE, type Rational, ZERO, lcm, rat } from '../numeric/rational.js';
import { solveLogLinear } from './log-linear.js';
import { type ConsistencyCertificate, verifyConsistencyCertificate } from './tremble-certificate.js';
import { exactFeasibility } from './exact-lp.js';
import { checkBeliefShape, beliefProblem } from './assessment.js';
import { chanceProbsFor } from './tree-values.js';
import { checkBehaviorProfile } from './validate.js';

/** The result of {@link checkConsistency}. @remarks Since 0.1.0 */
export type ConsistencyVerdict =
  | { readonly status: 'consistent'; readonly certificate: ConsistencyCertificate }
  | { readonly status: 'inconsistent'; readonly infosets: readonly InfosetId[]; readonly reason: string }
  | { readonly status: 'undecided'; readonly infosets: readonly InfosetId[]; readonly reason: string };

type Path = {
  readonly node: NodeId;
  readonly impossible: boolean;
  readonly zeros: readonly number[];
  readonly positive: Rational;
};

/** Path data of each member of an information set, chance by `viewer`'s beliefs. */
function memberPaths(
  game: ExtensiveGame,
  profile: Assessment['profile'],
  members: readonly NodeId[],
  viewer: PlayerId,
  key: (I: number, a: number) => number,
): Path[] {
  return members.map((x) => {
    let impossible = false;
    const zeros: number[] = [];
    let positive = ONE;
    let cur = game.nodes[x] as TreeNode;
    while (cur.parent !== null) {
      const parent = game.nodes[cur.parent] as TreeNode;
      const a = cur.parentAction;
      if (parent.type === 'chance') {
        const pr = chanceProbsFor(game, parent.infoset as ChanceInfosetId, viewer)[a] as Rational;
        if (pr.n === 0n) impossible = true;
        else positive = positive.mul(pr);
      } else {
        const pr = (profile[parent.infoset as number] as readonly Rational[])[a] as Rational;
        if (pr.n === 0n) zeros.push(key(parent.infoset as number, a));
        else positive = positive.mul(pr);
      }
      cur = parent;
    }
    return { node: x, impossible, zeros: zeros.sort((p, q) => p - q), positive };
  });
}

const count = (zeros: readonly number[], vars: readonly number[]): Rational[] =>
  vars.map((v) => rat(zeros.filter((z) => z === v).length));

/**
 * Decides whether the beliefs of an assessment are consistent with its profile (see the module comment for
 * the characterization and what is proved in each case).
 * @throws InvalidArgumentError if the profile or beliefs have the wrong shape, or the profile is not a
 *   distribution
 * @remarks Since 0.1.0
 */
export function checkConsistency(game: ExtensiveGame, assessment: Assessment): ConsistencyVerdict {
  const fn = 'checkConsistency()';
  checkBehaviorProfile(game, assessment.profile, fn);
  checkBeliefShape(game, assessment.beliefs, fn);
  const profile = assessment.profile;
  const offset: number[] = [];
  let total = 0;
  for (const info of game.infosets) {
    offset.push(total);
    total += info.actions.length;
  }
  const key = (I: number, a: number): number => (offset[I] as number) + a;
  const decode = (k: number): { infoset: InfosetId; action: number } => {
    let I = 0;
    while (I + 1 < offset.length && (offset[I + 1] as number) <= k) I++;
    return { infoset: I as InfosetId, action: k - (offset[I] as number) };
  };
  const zeroKeys: number[] = [];
  game.infosets.forEach((info) => {
    (profile[info.id] as readonly Rational[]).forEach((p, a) => {
      if (p.n === 0n) zeroKeys.push(key(info.id, a));
    });
  });
  type Row = { infoset: InfosetId; coef: Rational[] };
  const eqs: Row[] = [];
  const ineqs: Row[] = [];
  const logs: (Row & { q: Rational })[] = [];
  const undecided: InfosetId[] = [];
  for (const info of game.infosets) {
    const mu = assessment.beliefs[info.id] as readonly Rational[];
    const problem = beliefProblem(mu);
    if (problem !== null)
      return { status: 'inconsistent', infosets: [info.id], reason: `information set ${info.id}: ${problem}` };
    const paths = memberPaths(game, profile, info.members, info.player, key);
    const finite = paths.map((p, i) => ({ ...p, mu: mu[i] as Rational })).filter((p) => !p.impossible);
    const bad = paths.findIndex((p, i) => p.impossible && (mu[i] as Rational).n !== 0n);
    if (finite.length === 0) {
      undecided.push(info.id);
      continue;
    }
    if (bad >= 0) {
      return {
        status: 'inconsistent',
        infosets: [info.id],
        reason: `information set ${info.id}: node ${paths[bad]?.node} carries belief but follows a zero-probability chance move`,
      };
    }
    const reached = finite.filter((p) => p.zeros.length === 0);
    if (reached.length > 0) {
      const mass = reached.reduce((acc, p) => acc.add(p.positive), ZERO);
      const ok = finite.every((p) => p.mu.equals(p.zeros.length === 0 ? p.positive.div(mass) : ZERO));
      if (!ok)
        return {
          status: 'inconsistent',
          infosets: [info.id],
          reason: `information set ${info.id} is reached with positive probability and the beliefs differ from Bayes' rule`,
        };
    }
    const support = finite.filter((p) => p.mu.n !== 0n);
    const s = support[0] as (typeof finite)[number];
    const cs = count(s.zeros, zeroKeys);
    for (const y of support.slice(1)) {
      const coef = count(y.zeros, zeroKeys).map((c, j) => c.sub(cs[j] as Rational));
      eqs.push({ infoset: info.id, coef });
      logs.push({ infoset: info.id, coef, q: y.mu.mul(s.positive).div(s.mu.mul(y.positive)) });
    }
    for (const z of finite.filter((p) => p.mu.n === 0n)) {
      ineqs.push({ infoset: info.id, coef: count(z.zeros, zeroKeys).map((c, j) => c.sub(cs[j] as Rational)) });
    }
  }
  // (b) ranks: variables s_a = r_a − 1 ≥ 0 and one surplus per inequality.
  const n = zeroKeys.length;
  const A: Rational[][] = [];
  const b: Rational[] = [];
  const sumOf = (coef: readonly Rational[]) => coef.reduce((acc, c) => acc.add(c), ZERO);
  eqs.forEach((row) => {
    A.push([...row.coef, ...ineqs.map(() => ZERO)]);
    b.push(sumOf(row.coef).neg());
  });
  ineqs.forEach((row, g) => {
    A.push([...row.coef, ...ineqs.map((_, h) => (h === g ? rat(-1) : ZERO))]);
    b.push(ONE.sub(sumOf(row.coef)));
  });
  const rowsInfoset = [...eqs, ...ineqs].map((r) => r.infoset);
  const lp = exactFeasibility(A, b, n + ineqs.length);
  if (!lp.feasible) {
    if (!farkasHolds(A, b, lp.y, n + ineqs.length)) {
      return { status: 'undecided', infosets: [], reason: 'internal: the rank LP certificate failed its re-check' };
    }
    const involved = [...new Set(rowsInfoset.filter((_, i) => (lp.y[i] as Rational).n !== 0n))].sort((p, q) => p - q);
    return {
      status: 'inconsistent',
      infosets: involved,
      reason: `no tremble ranks make the believed nodes the least-perturbed members at information sets ${involved.join(', ')} (Farkas certificate checked)`,
    };
  }
  let scale = 1n;
  const r = zeroKeys.map((_, j) => (lp.x[j] as Rational).add(1));
  for (const v of r) scale = lcm(scale, v.d);
  const ranks = r.map((v) => (v.s * v.n * scale) / v.d);
  // (c) coefficients.
  const sol = solveLogLinear(
    logs.map((l) => l.coef),
    logs.map((l) => l.q),
    n,
  );
  if (!sol.solvable) {
    const involved = [...new Set(sol.rows.map((i) => logs[i]?.infoset as InfosetId))].sort((p, q) => p - q);
    return {
      status: 'inconsistent',
      infosets: involved,
      reason: `the belief ratios at information sets ${involved.join(', ')} cannot be produced by any tremble coefficients (log-linear system without solution)`,
    };
  }
  const certificate: ConsistencyCertificate = {
    trembles: zeroKeys.map((k, j) => ({ ...decode(k), rank: ranks[j] as bigint, coefficient: sol.solution[j] ?? [] })),
  };
  const check = verifyConsistencyCertificate(game, assessment, certificate);
  if (check !== null && !check.startsWith('undecided')) {
    return { status: 'undecided', infosets: [], reason: `internal: the certificate failed its re-check (${check})` };
  }
  if (undecided.length > 0) {
    return {
      status: 'undecided',
      infosets: undecided,
      reason: `information sets ${undecided.join(', ')} lie behind zero-probability chance moves: no totally mixed profile reaches them, so Kreps–Wilson consistency says nothing there (the others are consistent)`,
    };
  }
  return { status: 'consistent', certificate };
}

function farkasHolds(
  A: readonly (readonly Rational[])[],
  b: readonly Rational[],
  y: readonly Rational[],
  n: number,
): boolean {
  for (let j = 0; j < n; j++) {
    const v = A.reduce((acc, row, i) => acc.add((row[j] as Rational).mul(y[i] as Rational)), ZERO);
    if (v.s > 0n && v.n !== 0n) return false;
  }
  const yb = b.reduce((acc, v, i) => acc.add(v.mul(y[i] as Rational)), ZERO);
  return yb.s > 0n && yb.n !== 0n;
}
