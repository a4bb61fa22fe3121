/**
 * Every .efg and .nfg file of Gambit's corpus reads, and survives writing and reading back (Gambit's format
 * and the JSON form) structurally unchanged. Skipped where the corpus is absent.
 */
import { expect, it } from 'vitest';
import { parseEfg } from '../../src/formats/efg-read.js';
import { writeEfg } from '../../src/formats/efg-write.js';
import { parseGame } from '../../src/formats/detect.js';
import { parseJson } from '../../src/formats/json-read.js';
import { writeJson } from '../../src/formats/json-write.js';
import { parseNfg } from '../../src/formats/nfg-read.js';
import { writeNfg } from '../../src/formats/nfg-write.js';
import { describeCorpus, listCorpus, readCorpus } from '../helpers/corpus.js';
import { expectSameGame } from './helpers.js';

describeCorpus('Gambit corpus: .efg', () => {
  const files = listCorpus('efg');

  it('has files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s reads, and parse(write(parse(x))) equals parse(x)', (file) => {
    // Arrange
    const text = readCorpus(file);
    // Act
    const game = parseEfg(text, { fileName: file });
    const written = writeEfg(game);
    const again = parseEfg(written);
    // Assert
    expectSameGame(again, game, { outcomeIds: true, fileNumbers: true });
    expect(writeEfg(again)).toBe(written);
    expectSameGame(parseJson(writeJson(game)), game, { outcomeIds: true });
    expect(parseGame(text).kind).toBe('extensive');
  });
});

describeCorpus('Gambit corpus: .nfg', () => {
  const files = listCorpus('nfg');

  it('has files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s reads, and parse(write(parse(x))) equals parse(x)', (file) => {
    const text = readCorpus(file);
    const game = parseNfg(text, { fileName: file });
    const written = writeNfg(game);
    const again = parseNfg(written);
    expectSameGame(again, game);
    expect(writeNfg(again)).toBe(written);
    expectSameGame(parseJson(writeJson(game)), game);
    expect(parseGame(text).kind).toBe('strategic');
  });
});
