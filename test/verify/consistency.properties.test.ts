import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BehaviorProfile, type ExtensiveGame, profileAt } from '../../src/game/index.js';
import { ONE, type Rational, ZERO, rat } from '../../src/numeric/index.js';
import {
  checkConsistency,
  checkSequential,
  isNash,
  isSubgamePerfect,
  isWeakPBE,
  pureBehaviorToProfile,
  verifyConsistencyCertificate,
} from '../../src/verify/index.js';
import { arbSeed, prng, randomBehavior, randomTree } from './generators.js';

/**
 * Test-local limit beliefs of the tremble family σ_ε(a) = c_a·ε^{r_a} on the zero-probability actions
 * (Kreps and Wilson 1982): at each information set, weight P(x)·Π c_a on the members of least Σ r_a.
 * Returns null for an information set no tremble reaches (all members behind zero chance moves).
 */
function limitBeliefs(game: ExtensiveGame, profile: BehaviorProfile, seed: number): (Rational[] | null)[] {
  const rnd = prng(seed);
  const rank = profile.map((v) => v.map(() => 1 + Math.floor(rnd() * 3)));
  const coef = profile.map((v) => v.map(() => rat(1 + Math.floor(rnd() * 3), 1 + Math.floor(rnd() * 2))));
  return game.infosets.map((info) => {
    const data = info.members.map((x) => {
      let R = 0;
      let w = ONE;
      let ok = true;
      for (let cur = game.nodes[x]; cur !== undefined && cur.parent !== null; cur = game.nodes[cur.parent]) {
        const parent = game.nodes[cur.parent];
        if (parent === undefined) break;
        const a = cur.parentAction;
        if (parent.type === 'chance') {
          const c = game.chanceInfosets[parent.infoset as number];
          const pr = (c?.beliefs?.[info.player] ?? c?.probs ?? [])[a] ?? ZERO;
          if (pr.n === 0n) ok = false;
          else w = w.mul(pr);
        } else {
          const pr = profile[parent.infoset as number]?.[a] ?? ZERO;
          if (pr.n === 0n) {
            R += rank[parent.infoset as number]?.[a] ?? 0;
            w = w.mul(coef[parent.infoset as number]?.[a] ?? ONE);
          } else w = w.mul(pr);
        }
      }
      return { R, w, ok };
    });
    const live = data.filter((d) => d.ok);
    if (live.length === 0) return null;
    const least = Math.min(...live.map((d) => d.R));
    const mass = live.filter((d) => d.R === least).reduce((acc, d) => acc.add(d.w), ZERO);
    return data.map((d) => (d.ok && d.R === least ? d.w.div(mass) : ZERO));
  });
}

const fill = (b: (Rational[] | null)[], game: ExtensiveGame): Rational[][] =>
  b.map((v, I) => v ?? (game.infosets[I]?.members ?? []).map((_, i) => (i === 0 ? ONE : ZERO)));

describe('consistency properties', () => {
  it('limit beliefs of any monomial tremble family are found consistent, with a certificate that re-checks', () => {
    fc.assert(
      fc.property(arbSeed, arbSeed, arbSeed, (g, s, t) => {
        const game = randomTree(g, { information: 'recall', players: 3, nonCommonPriors: true });
        const profile = randomBehavior(game, s);
        const limits = limitBeliefs(game, profile, t);
        const assessment = { profile, beliefs: fill(limits, game) };
        const v = checkConsistency(game, assessment);
        if (limits.some((b) => b === null)) expect(v.status).not.toBe('inconsistent');
        else {
          expect(v.status).toBe('consistent');
          if (v.status === 'consistent')
            expect(verifyConsistencyCertificate(game, assessment, v.certificate)).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('sequential ⇒ weak PBE, Nash and subgame perfect (pure profiles with tremble-limit beliefs)', () => {
    let sequential = 0;
    fc.assert(
      fc.property(arbSeed, arbSeed, (g, t) => {
        const game = randomTree(g, { information: 'recall', maxDepth: 3 });
        const counts = game.infosets.map((i) => i.actions.length);
        const total = counts.reduce((a, b) => a * b, 1);
        for (let k = 0; k < total; k++) {
          const profile = pureBehaviorToProfile(game, profileAt(counts, k));
          const assessment = { profile, beliefs: fill(limitBeliefs(game, profile, t), game) };
          const v = checkSequential(game, assessment);
          if (v.status === 'sequential') {
            sequential++;
            expect(isWeakPBE(game, assessment)).toBe(true);
            expect(isNash(game, profile)).toBe(true);
            expect(isSubgamePerfect(game, profile)).toBe(true);
          }
        }
      }),
      { numRuns: 25 },
    );
    expect(sequential).toBeGreaterThan(0);
  });
});
