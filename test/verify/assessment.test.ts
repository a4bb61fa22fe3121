import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, buildTree, chance, decision, terminal } from '../../src/game/index.js';
import { type Rational, formatRational } from '../../src/numeric/index.js';
import {
  checkAssessment,
  checkConsistency,
  checkNash,
  checkSequential,
  coprimeBasis,
  exactFeasibility,
  isSequential,
  isWeakPBE,
  solveLogLinear,
  verifyConsistencyCertificate,
} from '../../src/verify/index.js';
import { betting, horse, r } from './fixtures.js';

// Beliefs tied by consistency (Kreps and Wilson 1982's point that consistency links information sets):
// 1 takes Out, or L / R unseen by 2 (information set X); after 2's a, 3 (information set Y) still does not
// know L from R. All payoffs are 0, so every assessment is sequentially rational and only consistency bites.
const tied = (() => {
  const after = (side: string) =>
    decision(
      '2',
      [
        [
          'a',
          decision(
            '3',
            [
              ['u', terminal([0, 0, 0])],
              ['v', terminal([0, 0, 0])],
            ],
            { infoset: 'Y', label: `Y${side}` },
          ),
        ],
        ['b', terminal([0, 0, 0])],
      ],
      { infoset: 'X', label: `X${side}` },
    );
  return buildTree({
    players: ['1', '2', '3'],
    root: decision('1', [
      ['Out', terminal([0, 0, 0])],
      ['L', after('L')],
      ['R', after('R')],
    ]),
  });
})();
const tiedProfile = [r(1, 0, 0), r(1, 0), r(1, 0)];

describe('checkAssessment / isWeakPBE', () => {
  it('Selten’s horse: (C, c, R) with player 3 believing d with ≥ 2/3 is a weak PBE', () => {
    const profile = [r(1, 0), r(1, 0), r(0, 1)];
    expect(checkAssessment(horse, { profile, beliefs: [r(1), r(1), r('2/3', '1/3')] })).toEqual({ ok: true });
    // With belief 1/3 on d, L earns 2·2/3 = 4/3 against R's 1/3: a gain of 1 at player 3's information set.
    const v = checkAssessment(horse, { profile, beliefs: [r(1), r(1), r('1/3', '2/3')] });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.failures).toHaveLength(1);
      expect(v.failures[0]).toMatchObject({ kind: 'not-sequentially-rational', infoset: 2, player: 2 });
      const f = v.failures[0];
      if (f?.kind === 'not-sequentially-rational') {
        expect(formatRational(f.gain)).toBe('1');
        expect(f.deviation).toEqual([{ infoset: 2, action: 0 }]);
      }
    }
  });

  it('Selten’s horse: (D, c, L) is Nash but player 2’s unreached choice c is not sequentially rational', () => {
    const profile = [r(0, 1), r(1, 0), r(1, 0)];
    expect(checkNash(horse, profile).ok).toBe(true);
    const v = checkAssessment(horse, { profile, beliefs: [r(1), r(1), r(0, 1)] });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      const f = v.failures[0];
      expect(f).toMatchObject({ kind: 'not-sequentially-rational', infoset: 1, player: 1 });
      if (f?.kind === 'not-sequentially-rational') expect(formatRational(f.gain)).toBe('3');
    }
  });

  it('reports Bayes failures and invalid beliefs; throws on the wrong shape', () => {
    const profile = [r(0, 1), r(1, 0), r(1, 0)];
    const v = checkAssessment(horse, { profile, beliefs: [r(1), r(1), r('1/2', '1/2')] });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.failures.map((f) => f.kind)).toContain('bayes');
    const w = checkAssessment(horse, { profile, beliefs: [r(1), r(1), r('1/2', '1/3')] });
    expect(w.ok).toBe(false);
    if (!w.ok)
      expect(w.failures).toContainEqual({
        kind: 'belief-not-distribution',
        infoset: 2,
        reason: 'beliefs sum to 5/6, not 1',
      });
    expect(() => checkAssessment(horse, { profile, beliefs: [r(1), r(1), r(1)] })).toThrow(InvalidArgumentError);
    expect(() => checkAssessment(horse, { profile, beliefs: [r(1), r(1)] })).toThrow(
      /beliefs must have one vector per information set/,
    );
  });
});

describe('checkConsistency / isSequential', () => {
  it('Selten’s horse: (C, c, R) is sequential for every belief on d of at least 2/3, with a re-checked certificate', () => {
    const profile = [r(1, 0), r(1, 0), r(0, 1)];
    for (const mu of [r('2/3', '1/3'), r(1, 0), r('9/10', '1/10')]) {
      const assessment = { profile, beliefs: [r(1), r(1), mu] };
      const v = checkSequential(horse, assessment);
      expect(v.status).toBe('sequential');
      if (v.status === 'sequential') expect(verifyConsistencyCertificate(horse, assessment, v.certificate)).toBeNull();
    }
    expect(isSequential(horse, { profile, beliefs: [r(1), r(1), r('1/2', '1/2')] })).toBe(false);
  });

  it('consistent beliefs must agree across information sets reached by the same deviations', () => {
    // Same beliefs at X and Y: consistent (ranks of L and R equal, c_L/c_R = 1/2).
    const good = { profile: tiedProfile, beliefs: [r(1), r('1/3', '2/3'), r('1/3', '2/3')] };
    const v = checkConsistency(tied, good);
    expect(v.status).toBe('consistent');
    if (v.status === 'consistent') {
      const L = v.certificate.trembles.find((t) => t.infoset === 0 && t.action === 1);
      const R = v.certificate.trembles.find((t) => t.infoset === 0 && t.action === 2);
      expect(L?.rank).toBe(R?.rank);
      expect(verifyConsistencyCertificate(tied, good, v.certificate)).toBeNull();
    }
    expect(isSequential(tied, good)).toBe(true);
    // Different ratios at X and Y: a weak PBE (all payoffs 0) but not consistent.
    const ratios = { profile: tiedProfile, beliefs: [r(1), r('1/2', '1/2'), r('1/3', '2/3')] };
    expect(isWeakPBE(tied, ratios)).toBe(true);
    const w = checkConsistency(tied, ratios);
    expect(w).toMatchObject({ status: 'inconsistent', infosets: [1, 2] });
    expect(isSequential(tied, ratios)).toBe(false);
    // X certain of L but Y undecided between L and R: no ranks can do it (Farkas certificate).
    const ranks = { profile: tiedProfile, beliefs: [r(1), r(1, 0), r('1/2', '1/2')] };
    expect(isWeakPBE(tied, ranks)).toBe(true);
    const u = checkConsistency(tied, ranks);
    expect(u.status).toBe('inconsistent');
    if (u.status === 'inconsistent') expect(u.reason).toMatch(/Farkas/);
    // Both certain of L: consistent with R trembling faster than L.
    const sure = { profile: tiedProfile, beliefs: [r(1), r(1, 0), r(1, 0)] };
    const s = checkConsistency(tied, sure);
    expect(s.status).toBe('consistent');
    if (s.status === 'consistent') {
      const L = s.certificate.trembles.find((t) => t.infoset === 0 && t.action === 1);
      const R = s.certificate.trembles.find((t) => t.infoset === 0 && t.action === 2);
      expect((R?.rank ?? 0n) > (L?.rank ?? 0n)).toBe(true);
    }
  });

  it('zero-probability chance moves: belief there is inconsistent; an information set only behind them is undecided', () => {
    // Chance: H 1/2 (end), T 1/2 to P, Z 0 to Q; P and Q form one information set of player 1.
    const z = buildTree({
      players: ['1'],
      root: chance([
        ['H', '1/2', terminal([0])],
        [
          'T',
          '1/2',
          decision(
            '1',
            [
              ['x', terminal([1])],
              ['y', terminal([0])],
            ],
            { infoset: 'I' },
          ),
        ],
        [
          'Z',
          '0',
          decision(
            '1',
            [
              ['x', terminal([0])],
              ['y', terminal([1])],
            ],
            { infoset: 'I' },
          ),
        ],
      ]),
    });
    expect(checkConsistency(z, { profile: [r(1, 0)], beliefs: [r('1/2', '1/2')] }).status).toBe('inconsistent');
    expect(isSequential(z, { profile: [r(1, 0)], beliefs: [r(1, 0)] })).toBe(true);
    // Only behind a zero-probability move: Kreps–Wilson consistency is silent; we say so.
    const hidden = buildTree({
      players: ['1'],
      root: chance([
        ['H', '1', terminal([0])],
        [
          'Z',
          '0',
          decision('1', [
            ['x', terminal([1])],
            ['y', terminal([0])],
          ]),
        ],
      ]),
    });
    const v = checkSequential(hidden, { profile: [r(1, 0)], beliefs: [r(1)] });
    expect(v.status).toBe('undecided');
    if (v.status === 'undecided') expect(v.reason).toMatch(/zero-probability chance/);
  });

  it('non-common priors: Bayes’ rule uses the player’s own prior', () => {
    const profile = [r(1, 0), r(1, 0)];
    expect(isSequential(betting, { profile, beliefs: [r('3/4', '1/4'), r('1/4', '3/4')] })).toBe(true);
    const common = checkAssessment(betting, { profile, beliefs: [r('1/2', '1/2'), r('1/2', '1/2')] });
    expect(common.ok).toBe(false);
    if (!common.ok) expect(common.failures.filter((f) => f.kind === 'bayes').map((f) => f.infoset)).toEqual([0, 1]);
  });
});

describe('exact kernels', () => {
  it('exactFeasibility returns a point or a Farkas vector', () => {
    // x + y = 2, x − y = 0: x = y = 1.
    const f = exactFeasibility([r(1, 1), r(1, -1)], r(2, 0), 2);
    expect(f.feasible).toBe(true);
    if (f.feasible) expect(f.x.map(formatRational)).toEqual(['1', '1']);
    // x + y = 1, x − y = 3 needs y = −1: infeasible; y·A ≤ 0 and y·b > 0.
    const g = exactFeasibility([r(1, 1), r(1, -1)], r(1, 3), 2);
    expect(g.feasible).toBe(false);
    if (!g.feasible) {
      const [y1, y2] = g.y as [Rational, Rational];
      expect(y1.add(y2).compare(0) <= 0 && y1.sub(y2).compare(0) <= 0).toBe(true);
      expect(y1.add(y2.mul(3)).compare(0) > 0).toBe(true);
    }
  });

  it('coprimeBasis and solveLogLinear find irrational coefficients exactly (c_a = c_b = √2)', () => {
    expect(coprimeBasis([12n, 18n, 1n])).toEqual([2n, 3n]);
    // ℓ_a + ℓ_b = log 2, ℓ_a − ℓ_b = log 1.
    const s = solveLogLinear([r(1, 1), r(1, -1)], r(2, 1), 2);
    expect(s.solvable).toBe(true);
    if (s.solvable) {
      expect(s.solution.map((p) => p.map((t) => `${t.base}^${formatRational(t.exponent)}`))).toEqual([
        ['2^1/2'],
        ['2^1/2'],
      ]);
    }
    // ℓ_a = log 2 and ℓ_a = log 3: no solution.
    const t = solveLogLinear([r(1), r(1)], r(2, 3), 1);
    expect(t).toEqual({ solvable: false, rows: [0, 1] });
  });
});
