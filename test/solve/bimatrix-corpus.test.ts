/**
 * Gambit's recorded answers (expected.json, from gambit/tests/test_nash.py) for `enummixed` and `lcp -S` on
 * strategic forms: `.nfg` files directly, `.efg` files through the reduced strategic form.
 */
import { expect, it } from 'vitest';
import { reducedStrategicForm } from '../../src/game/reduced-form.js';
import type { StrategicGame } from '../../src/game/types.js';
import { parseEfg, parseNfg } from '../../src/formats/index.js';
import { lcpStrategic, vertexEnumeration } from '../../src/solve/bimatrix/index.js';
import { describeCorpus, expectedCases, readCorpus } from '../helpers/corpus.js';
import { allNash, text } from './bimatrix-helpers.js';

// stop_after of the lcp cases, from TESTS.txt (expected.json does not record it)
const STOP_AFTER: Readonly<Record<string, number>> = {
  test_lcp_strategy_rational_10: 1,
  test_lcp_strategy_double_10: 1,
};

function strategicOf(file: string): StrategicGame {
  const source = readCorpus(file);
  return file.endsWith('.nfg') ? parseNfg(source) : reducedStrategicForm(parseEfg(source)).strategic;
}

const cases = expectedCases().filter(
  (c) => (c.method === 'enummixed' || c.method === 'lcp') && c.representation === 'strategy' && c.file !== null,
);

describeCorpus('bimatrix solvers on Gambit’s corpus', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  for (const c of cases) {
    it(`${c.id} (${c.file}): same equilibria as Gambit, in Gambit's order`, () => {
      // Arrange
      const game = strategicOf(c.file as string);
      // Act
      const result =
        c.method === 'enummixed' ? vertexEnumeration(game) : lcpStrategic(game, { stopAfter: STOP_AFTER[c.id] ?? 0 });
      // Assert
      expect(allNash(game, result.equilibria)).toBe(true);
      expect(result.equilibria.map(text)).toEqual(c.expected);
    });
  }
});
