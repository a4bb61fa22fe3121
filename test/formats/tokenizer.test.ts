import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/formats/parse-error.js';
import { TokenReader } from '../../src/formats/token-reader.js';
import { quote, tokenize } from '../../src/formats/tokenizer.js';
import { formatRational } from '../../src/numeric/rational.js';

describe('tokenize', () => {
  it('gives each token its kind, text and 1-based line:column', () => {
    // Arrange
    const text = 'EFG 2 R "a b" {\n  "x",-1/3 }\r\nt';
    // Act
    const tokens = tokenize(text);
    // Assert
    expect(tokens.map((t) => [t.kind, t.value, t.line, t.column])).toEqual([
      ['symbol', 'EFG', 1, 1],
      ['number', '2', 1, 5],
      ['symbol', 'R', 1, 7],
      ['string', 'a b', 1, 9],
      ['{', '{', 1, 15],
      ['string', 'x', 2, 3],
      [',', ',', 2, 6],
      ['number', '-1/3', 2, 7],
      ['}', '}', 2, 12],
      ['symbol', 't', 3, 1],
    ]);
  });

  it('reads \\" as a quote, \\\\ as one backslash, and keeps a backslash before anything else', () => {
    const [t] = tokenize(String.raw`"say \"hi\" C:\\dir x\wedge y"`);
    expect(t?.value).toBe(String.raw`say "hi" C:\dir x\wedge y`);
  });

  it('tracks lines inside quoted text and counts columns in code points', () => {
    const tokens = tokenize('"two\nlines" "😀" x');
    expect(tokens.map((t) => [t.line, t.column])).toEqual([
      [1, 1],
      [2, 8],
      [2, 12],
    ]);
  });

  it('skips a byte-order mark', () => {
    expect(tokenize('\uFEFFNFG 1')[0]).toMatchObject({ kind: 'symbol', text: 'NFG', line: 1, column: 1 });
  });

  it('reports an unclosed quote where the text starts', () => {
    expect(() => tokenize('EFG 2 R\n  "title { }')).toThrow(/^line 2:3: quoted text starting here is not closed/);
  });

  it('quote() writes text that reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const tokens = tokenize(`${quote(s)} ${quote(s)}`);
        expect(tokens.map((t) => t.value)).toEqual([s, s]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('TokenReader numbers', () => {
  const read = (text: string) => formatRational(new TokenReader(text).expectNumber('a payoff').value);

  it('reads integers, decimals, rationals and exponents exactly', () => {
    expect(['12', '-3', '0.25', '.5', '1/3', '-2/7', '1.5e-3', '15e1', '0.1', '10.000000'].map(read)).toEqual([
      '12',
      '-3',
      '1/4',
      '1/2',
      '1/3',
      '-2/7',
      '3/2000',
      '150',
      '1/10',
      '10',
    ]);
  });

  it.each(['+1', '1/0', '1.5/2', '-', '.', '1e', '1x', '1e999999'])('refuses %s with its location', (text) => {
    const f = () => read(`  ${text}`);
    expect(f).toThrow(ParseError);
    expect(f).toThrow(/^line 1:3: invalid number/);
  });
});
