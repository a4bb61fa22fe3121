/**
 * Re-verification of a consistency certificate (see `consistency.ts`): from the game, the assessment and
 * the tremble family alone, recompute each member's total rank and coefficient product and check the limit
 * beliefs (Kreps and Wilson 1982, §3; Streufert 2006).
 * @remarks Since 0.1.0
 */
import type { ChanceInfosetId, InfosetId } from '../game/ids.js';
import type { Assessment, ExtensiveGame, TreeNode } from '../game/types.js';
import { ONE, type Rational, ZERO, lcm, rat } from '../numeric/rational.js';
import type { PowerProduct } from './log-linear.js';
import { chanceProbsFor } from './tree-values.js';

/** The tremble of one zero-probability action: σ_ε(a) = coefficient·ε^rank. @remarks Since 0.1.0 */
export type Tremble = {
  readonly infoset: InfosetId;
  readonly action: number;
  readonly rank: bigint;
  readonly coefficient: PowerProduct;
};

/** A constructive certificate of consistency: one tremble per zero-probability action. @remarks Since 0.1.0 */
export type ConsistencyCertificate = { readonly trembles: readonly Tremble[] };

/**
 * Re-verifies a consistency certificate from the game alone: with σ_ε(a) = c_a·ε^{r_a} on the listed
 * actions, at every information set the believed members are exactly the reachable members of least total
 * rank, and their belief ratios equal the ratios of P(x)·K(x). Power products are compared exactly by raising
 * both sides to the common denominator of the exponents.
 * @returns `null` when the certificate proves consistency; otherwise what fails (starting with
 *   `'undecided'` for information sets no totally mixed profile reaches)
 * @remarks Since 0.1.0
 */
export function verifyConsistencyCertificate(
  game: ExtensiveGame,
  assessment: Assessment,
  certificate: ConsistencyCertificate,
): string | null {
  const tremble = new Map<string, Tremble>();
  for (const t of certificate.trembles) {
    if (t.rank < 1n) return `tremble at information set ${t.infoset} has rank ${t.rank} < 1`;
    tremble.set(`${t.infoset}:${t.action}`, t);
  }
  for (const info of game.infosets) {
    (assessment.profile[info.id] as readonly Rational[]).forEach((p, a) => {
      if (p.n === 0n && !tremble.has(`${info.id}:${a}`))
        tremble.set(`${info.id}:${a}`, { infoset: info.id, action: a, rank: -1n, coefficient: [] });
    });
  }
  for (const t of tremble.values())
    if (t.rank < 1n) return `no tremble given for action ${t.action} at information set ${t.infoset}`;
  let undecided: string | null = null;
  for (const info of game.infosets) {
    const mu = assessment.beliefs[info.id] as readonly Rational[];
    type Member = { mu: Rational; rank: bigint; positive: Rational; power: Map<bigint, Rational> };
    const members: Member[] = [];
    for (const [i, x] of info.members.entries()) {
      let rank = 0n;
      let positive = ONE;
      const power = new Map<bigint, Rational>();
      let impossible = false;
      let cur = game.nodes[x] as TreeNode;
      while (cur.parent !== null) {
        const parent = game.nodes[cur.parent] as TreeNode;
        const a = cur.parentAction;
        const pr =
          parent.type === 'chance'
            ? (chanceProbsFor(game, parent.infoset as ChanceInfosetId, info.player)[a] as Rational)
            : ((assessment.profile[parent.infoset as number] as readonly Rational[])[a] as Rational);
        if (pr.n !== 0n) positive = positive.mul(pr);
        else if (parent.type === 'chance') impossible = true;
        else {
          const t = tremble.get(`${parent.infoset}:${a}`) as Tremble;
          rank += t.rank;
          for (const { base, exponent } of t.coefficient) power.set(base, (power.get(base) ?? ZERO).add(exponent));
        }
        cur = parent;
      }
      if (impossible) {
        if ((mu[i] as Rational).n !== 0n) return `belief on node ${x} behind a zero-probability chance move`;
      } else members.push({ mu: mu[i] as Rational, rank, positive, power });
    }
    if (members.length === 0) {
      undecided ??= `undecided: information set ${info.id} is unreachable under every totally mixed profile`;
      continue;
    }
    const least = members.reduce((m, y) => (y.rank < m ? y.rank : m), members[0]?.rank as bigint);
    if (members.some((y) => (y.rank === least) !== (y.mu.n !== 0n))) {
      return `information set ${info.id}: the believed members are not the least-perturbed ones`;
    }
    const support = members.filter((y) => y.rank === least);
    const s = support[0] as Member;
    for (const y of support.slice(1)) {
      // K(y)/K(s) must equal q = μ(y)·P(s)/(μ(s)·P(y)).
      const q = y.mu.mul(s.positive).div(s.mu.mul(y.positive));
      const bases = new Set([...y.power.keys(), ...s.power.keys()]);
      const exps = [...bases].map((base) => ({ base, e: (y.power.get(base) ?? ZERO).sub(s.power.get(base) ?? ZERO) }));
      const D = exps.reduce((acc, { e }) => lcm(acc, e.d), 1n);
      let lhs = ONE;
      for (const { base, e } of exps) {
        const k = (e.s * e.n * D) / e.d;
        lhs = lhs.mul(k >= 0n ? rat(base ** k) : rat(1n, base ** -k));
      }
      if (!lhs.equals(q.pow(rat(D))))
        return `information set ${info.id}: belief ratios differ from the trembles' limit`;
    }
  }
  return undecided;
}
