import { describe, expect, it } from 'vitest';
import {
  DILEMMA_EXAMPLE,
  WORKED_EXAMPLE,
  complianceGame,
  compliancePayoffs,
  complianceParams,
  grimTriggerThreshold,
  trustThreshold,
} from '../../src/governance/index.js';
import { RATIONAL, InvalidArgumentError } from '../../src/game/index.js';
import { formatRational, rat } from '../../src/numeric/index.js';

const show = (v: readonly { toFraction(): string }[]) => v.map((x) => x.toFraction());

describe('complianceGame (MODEL.md stage 2)', () => {
  it('has the payoffs of the first worked example', () => {
    // Oracle: MODEL.md, worked example: inaction (C, Nom, Form) pays (−1/2, 0, 0); (F, Sub, Sub) pays (3, 1, 3/2)
    expect(show(compliancePayoffs(WORKED_EXAMPLE, 'C', 'Nom', 'Form', RATIONAL))).toEqual(['-1/2', '0', '0']);
    expect(show(compliancePayoffs(WORKED_EXAMPLE, 'F', 'Sub', 'Sub', RATIONAL))).toEqual(['3', '1', '3/2']);
  });

  it('has the payoffs of the second worked example', () => {
    // Oracle: MODEL.md, second worked example: (F; Sub, Sub) would give (2, 1, 1)
    expect(show(compliancePayoffs(DILEMMA_EXAMPLE, 'F', 'Sub', 'Sub', RATIONAL))).toEqual(['2', '1', '1']);
    expect(show(compliancePayoffs(DILEMMA_EXAMPLE, 'C', 'Nom', 'Form', RATIONAL))).toEqual(['-1/2', '0', '0']);
  });

  it('builds a three-player tree with K and S moving simultaneously after each mode', () => {
    const game = complianceGame(
      Object.fromEntries(Object.entries(WORKED_EXAMPLE).map(([k, v]) => [k, v.toFraction()])),
    );
    expect(game.players).toEqual(['T', 'K', 'S']);
    expect(game.infosets.map((i) => `${game.players[i.player]}:${i.label}:${i.members.length}`)).toEqual([
      'T:T:1',
      'K:K|C:1',
      'K:K|F:1',
      'S:S|C:2',
      'S:S|F:2',
    ]);
    expect(game.nodes.filter((n) => n.type === 'terminal')).toHaveLength(8);
  });

  it('rejects impossible parameters by name', () => {
    expect(() => complianceParams({ ...WORKED_EXAMPLE, phi: '3/2' })).toThrow(/phi: must lie in \[0, 1\]/);
    expect(() => complianceParams({ ...WORKED_EXAMPLE, cK: -1 })).toThrow(InvalidArgumentError);
    expect(() => complianceParams({ V: 1 })).toThrow(/missing/);
  });
});

describe('trust thresholds (MODEL.md R1)', () => {
  it('gives δ* = 1/2 for the repeated prisoner’s dilemma (T, R, P, S) = (5, 3, 1, 0)', () => {
    // Oracle: MODEL.md, trust: the repeated prisoner's dilemma gives δ* = (T − R)/(T − P) = 1/2
    const player = { cooperate: rat(3), punish: rat(1), deviate: rat(5) };
    const t = grimTriggerThreshold([player, player]);
    expect(t.sustainable && formatRational(t.deltaStar)).toBe('1/2');
  });

  it('gives 1/2 for the dilemma example and 0 for the first worked example', () => {
    // Oracle: MODEL.md: second worked example δ* = 1/2 (one-shot gain 1 against a loss of 2); first: 0
    const second = trustThreshold(DILEMMA_EXAMPLE);
    expect(second.sustainable && formatRational(second.deltaStar)).toBe('1/2');
    const first = trustThreshold(WORKED_EXAMPLE);
    expect(first.sustainable && formatRational(first.deltaStar)).toBe('0');
  });

  it('refuses when inaction is not credible', () => {
    const t = trustThreshold({ ...WORKED_EXAMPLE, rhoA: '1/4' });
    expect(t.sustainable).toBe(false);
  });
});
