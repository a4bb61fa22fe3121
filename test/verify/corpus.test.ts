/**
 * Independent validation against Gambit: every behaviour-profile equilibrium that Gambit's own test suite
 * expects (games/gambit/expected.json, exact cases read from a file) must be confirmed by our tree checker —
 * Nash for the ordinary methods, agent-form Nash for `enumpure -A` (agent: true).
 */
import { expect, it } from 'vitest';
import type { BehaviorProfile, ExtensiveGame } from '../../src/game/index.js';
import { parseEfg } from '../../src/formats/index.js';
import { formatRational, rat } from '../../src/numeric/index.js';
import { behaviorPayoffs, checkAgentNash, checkNash } from '../../src/verify/index.js';
import { describeCorpus, expectedCases, readCorpus } from '../helpers/corpus.js';

/** Gambit's nesting (player → information set → action) to our `game.infosets` order. */
function toProfile(game: ExtensiveGame, expected: unknown): BehaviorProfile {
  const perPlayer = expected as readonly (readonly (readonly string[])[])[];
  const profile = game.infosets.map(() => [] as ReturnType<typeof rat>[]);
  game.playerInfosets.forEach((ids, p) => {
    ids.forEach((I, j) => {
      profile[I] = (perPlayer[p]?.[j] ?? []).map((x) => rat(x));
    });
  });
  return profile;
}

const cases = expectedCases().filter((c) => c.file !== null && c.rational && c.representation === 'behavior');

describeCorpus("Gambit's expected behaviour equilibria", () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: every expected profile is confirmed', (_id, c) => {
    // Arrange
    const game = parseEfg(readCorpus(c.file as string));
    for (const eq of c.expected) {
      const profile = toProfile(game, eq);
      // Act
      const verdict = c.agent ? checkAgentNash(game, profile) : checkNash(game, profile);
      // Assert
      expect(verdict).toEqual({ ok: true });
    }
  });
});

describeCorpus('stripped-down poker (Reiley et al. 2008; tests/stripped_down_poker.efg)', () => {
  const r = (...xs: string[]) => xs.map((x) => rat(x));
  it('centroid payoffs, equilibrium value, and a rejected corruption', () => {
    const game = parseEfg(readCorpus('tests/stripped_down_poker.efg'));
    // infosets: Alice King, Alice Queen, Bob
    const centroid = [r('1/2', '1/2'), r('1/2', '1/2'), r('1/2', '1/2')];
    // TESTS.txt (Gambit's test_behav.py): centroid payoffs (-1/4, 1/4)
    expect(behaviorPayoffs(game, centroid).map(formatRational)).toEqual(['-1/4', '1/4']);
    // TESTS.txt: unique NE, King Bet 1, Queen Bet 1/3, Bob Call 2/3; Alice's value 1/3
    const eq = [r('1', '0'), r('1/3', '2/3'), r('2/3', '1/3')];
    expect(checkNash(game, eq)).toEqual({ ok: true });
    expect(behaviorPayoffs(game, eq).map(formatRational)).toEqual(['1/3', '-1/3']);
    // Alice always bluffing with the Queen: Bob's call is then worth 0 against -1 for folding.
    const v = checkNash(game, [r('1', '0'), r('1', '0'), r('2/3', '1/3')]);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.witness.player).toBe(1);
      expect(v.witness.deviation).toEqual([{ infoset: 2, action: 0 }]);
      expect(formatRational(v.witness.gain)).toBe('1/3');
    }
  });
});
