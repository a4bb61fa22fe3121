/**
 * A cursor over the tokens of a Gambit text file with the checks both readers need: punctuation, quoted
 * text, exact numbers (read with {@link parseRational}, never through a binary float) and positive
 * integers, each failing with a {@link ParseError} at the offending token.
 * @remarks Since 0.1.0
 */
import { type Rational, parseRational } from '../numeric/rational.js';
import { END_OF_INPUT, ParseError, describeFound } from './parse-error.js';
import { Lexer, type Token } from './tokenizer.js';

/**
 * What to say about a token in an error: its text, or `end of input`.
 * @remarks Since 0.1.0
 */
export function foundText(t: Token): string {
  return t.kind === 'eof' ? END_OF_INPUT : t.text;
}

/**
 * Reads tokens one at a time and fails at the first unexpected one.
 * @remarks Since 0.1.0
 */
export class TokenReader {
  private readonly lexer: Lexer;
  private readonly numbers = new Map<string, Rational>();
  private last: Token | null = null;

  constructor(text: string) {
    this.lexer = new Lexer(text);
  }

  /** The next token, not consumed. */
  peek(): Token {
    return this.lexer.peek();
  }

  /** The next token, consumed. */
  next(): Token {
    const t = this.lexer.next();
    this.last = t;
    return t;
  }

  /** The last token consumed (for locating unexpected internal failures); `null` before the first. */
  lastToken(): Token | null {
    return this.last;
  }

  /**
   * Throws a {@link ParseError} at `token`.
   * @param expected - what was expected there (`"'}'"`, `'a payoff'`)
   * @param reason - a sentence replacing `expected …; found …`, for errors about content
   */
  fail(token: Token, expected: string, reason?: string): never {
    throw new ParseError({
      line: token.line,
      column: token.column,
      expected,
      found: foundText(token),
      ...(reason !== undefined ? { reason } : {}),
    });
  }

  /** Consumes a `{` or `}`. */
  expectPunct(kind: '{' | '}', expected = `'${kind}'`): Token {
    const t = this.next();
    if (t.kind !== kind) this.fail(t, expected);
    return t;
  }

  /** Consumes a quoted text and returns its decoded value. */
  expectString(expected: string): string {
    const t = this.next();
    if (t.kind !== 'string') this.fail(t, expected);
    return t.value;
  }

  /** Consumes a symbol equal to one of `allowed`. */
  expectSymbol(allowed: readonly string[], expected: string): Token {
    const t = this.next();
    if (t.kind !== 'symbol' || !allowed.includes(t.text)) this.fail(t, expected);
    return t;
  }

  /** Consumes an exact number (`1/3`, `.5`, `-2`, `1.5e-3`; a leading `+` is refused). */
  expectNumber(expected: string): { readonly token: Token; readonly value: Rational } {
    const t = this.next();
    if (t.kind !== 'number') this.fail(t, expected);
    return { token: t, value: this.numberValue(t, expected) };
  }

  /** The exact value of a `number` token. */
  numberValue(t: Token, expected: string): Rational {
    const cached = this.numbers.get(t.text);
    if (cached !== undefined) return cached;
    const value = t.text.startsWith('+') ? undefined : parseRational(t.text);
    if (value === undefined) {
      this.fail(
        t,
        expected,
        `invalid number "${t.text.length > 40 ? `${t.text.slice(0, 37)}...` : t.text}" (expected ${expected}; numbers look like 2, -3, 0.25, .5, 1/3, 1.5e-3)`,
      );
    }
    this.numbers.set(t.text, value);
    return value;
  }

  /** Consumes a non-negative integer written in plain digits, at least `min`. */
  expectInteger(expected: string, min = 0): { readonly token: Token; readonly value: number } {
    const t = this.next();
    return { token: t, value: this.integerValue(t, expected, min) };
  }

  /** The value of a plain-digit integer token, at least `min`. */
  integerValue(t: Token, expected: string, min = 0): number {
    if (t.kind !== 'number' || !/^\d{1,15}$/.test(t.text)) this.fail(t, expected);
    const value = Number(t.text);
    if (value < min) this.fail(t, expected);
    return value;
  }

  /** Consumes `{ payoff (','? payoff)* }` with exactly `count` payoffs. */
  expectPayoffs(count: number, commas: boolean): Rational[] {
    this.expectPunct('{', "'{' before the payoffs");
    return this.payoffsUntilBrace(count, commas);
  }

  /** Consumes `payoff (','? payoff)* }` (the opening `{` already read) with exactly `count` payoffs. */
  payoffsUntilBrace(count: number, commas: boolean): Rational[] {
    const out: Rational[] = [];
    let afterComma = false;
    for (;;) {
      const t = this.next();
      if (t.kind === '}' && !afterComma) {
        if (out.length < count) {
          this.fail(t, 'a payoff', `expected a payoff; found "}" after ${out.length} of ${count} (one per player)`);
        }
        return out;
      }
      if (out.length >= count) {
        this.fail(
          t,
          "'}'",
          `expected '}' after ${count} payoffs (one per player); found ${describeFound(foundText(t))}`,
        );
      }
      if (t.kind === ',' && commas && out.length > 0 && !afterComma) {
        afterComma = true;
        continue;
      }
      afterComma = false;
      if (t.kind !== 'number') this.fail(t, 'a payoff');
      out.push(this.numberValue(t, 'a payoff'));
    }
  }

  /** How a token appears in messages: `"x"`, `"text"` or `end of input`. */
  show(t: Token): string {
    return describeFound(foundText(t));
  }

  /** Consumes the end of the input. */
  expectEnd(): void {
    const t = this.next();
    if (t.kind !== 'eof') this.fail(t, END_OF_INPUT);
  }
}
