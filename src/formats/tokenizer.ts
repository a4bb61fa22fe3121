/**
 * The lexer shared by the `.efg` and `.nfg` readers, following FORMATS.txt section 1 (Gambit's
 * `GameFileLexer`, `src/games/file.cc`): whitespace separates tokens and is otherwise insignificant; tokens
 * are `{`, `}`, `,`, quoted text, numbers (starting with a digit, `-`, `+` or `.`) and symbols (any other
 * run of non-space characters). Every token carries its 1-based line and column.
 *
 * Quoted text: `\"` is a literal quote and `\\` a literal backslash (the inverse of C++ `std::quoted`, which
 * Gambit's writer uses); a backslash before any other character is kept as it is (Gambit's quirk, so
 * `"x\wedge y"` reads as written). Gambit's own reader keeps `\\` as two characters; subgame reads it as one
 * so that what Gambit (and subgame) write reads back unchanged.
 *
 * The lexer is lazy (one token of look-ahead) and linear in the length of the text.
 * @remarks Since 0.1.0
 */
import { END_OF_INPUT, ParseError } from './parse-error.js';

/** The kind of a token. `eof` marks the end of the input. */
export type TokenKind = 'symbol' | 'number' | 'string' | '{' | '}' | ',' | 'eof';

/** One token with its place in the text. */
export type Token = {
  readonly kind: TokenKind;
  /** the source text of the token (with quotes and escapes for `string`); `''` for `eof` */
  readonly text: string;
  /** the decoded text of a `string` token; the same as `text` for the other kinds */
  readonly value: string;
  /** 1-based line */
  readonly line: number;
  /** 1-based column, counted in Unicode code points */
  readonly column: number;
  /** offset of the first character in the text (UTF-16 units) */
  readonly start: number;
  /** offset just after the last character */
  readonly end: number;
};

const SPACE = 32;
const TAB = 9;
const LF = 10;
const VT = 11;
const FF = 12;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LBRACE = 123;
const RBRACE = 125;
const BOM = 0xfeff;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB || c === VT || c === FF;
}

function endsRun(c: number): boolean {
  return isSpace(c) || c === LBRACE || c === RBRACE || c === COMMA || c === QUOTE;
}

function startsNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 /* - */ || c === 43 /* + */ || c === 46 /* . */;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * A lazy lexer over a text: {@link Lexer.peek} looks at the next token, {@link Lexer.next} consumes it.
 * @remarks Since 0.1.0
 */
export class Lexer {
  private readonly text: string;
  private pos = 0;
  private line = 1;
  private column = 1;
  private ahead: Token | null = null;

  constructor(text: string) {
    this.text = text;
    if (text.charCodeAt(0) === BOM) this.pos = 1;
  }

  /** The next token, not consumed. @throws ParseError on an unterminated quoted text */
  peek(): Token {
    if (this.ahead === null) this.ahead = this.scan();
    return this.ahead;
  }

  /** The next token, consumed. @throws ParseError on an unterminated quoted text */
  next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.ahead = null;
    return t;
  }

  private scan(): Token {
    const text = this.text;
    const len = text.length;
    // Skip whitespace, tracking lines (LF, CRLF and a lone CR each end a line).
    while (this.pos < len) {
      const c = text.charCodeAt(this.pos);
      if (c === LF || (c === CR && text.charCodeAt(this.pos + 1) !== LF)) {
        this.line++;
        this.column = 1;
        this.pos++;
      } else if (isSpace(c)) {
        this.pos++;
        if (c !== CR) this.column++;
      } else break;
    }
    const start = this.pos;
    const line = this.line;
    const column = this.column;
    if (start >= len) return { kind: 'eof', text: '', value: '', line, column, start, end: start };
    const c = text.charCodeAt(start);
    if (c === LBRACE || c === RBRACE || c === COMMA) {
      this.pos++;
      this.column++;
      const s = text[start] as '{' | '}' | ',';
      return { kind: s, text: s, value: s, line, column, start, end: start + 1 };
    }
    if (c === QUOTE) return this.scanString(start, line, column);
    let p = start;
    let cols = 0;
    while (p < len) {
      const d = text.charCodeAt(p);
      if (endsRun(d)) break;
      if (!isLowSurrogate(d)) cols++;
      p++;
    }
    this.pos = p;
    this.column += cols;
    const raw = text.slice(start, p);
    return { kind: startsNumber(c) ? 'number' : 'symbol', text: raw, value: raw, line, column, start, end: p };
  }

  private scanString(start: number, line: number, column: number): Token {
    const text = this.text;
    const len = text.length;
    let p = start + 1;
    this.column++;
    let value = '';
    let chunk = p;
    while (p < len) {
      const c = text.charCodeAt(p);
      if (c === QUOTE) {
        value += text.slice(chunk, p);
        this.pos = p + 1;
        this.column++;
        return { kind: 'string', text: text.slice(start, p + 1), value, line, column, start, end: p + 1 };
      }
      if (c === BACKSLASH) {
        const d = text.charCodeAt(p + 1);
        if (d === QUOTE || d === BACKSLASH) {
          value += text.slice(chunk, p) + (d === QUOTE ? '"' : '\\');
          p += 2;
          this.column += 2;
          chunk = p;
          continue;
        }
      }
      if (c === LF || (c === CR && text.charCodeAt(p + 1) !== LF)) {
        this.line++;
        this.column = 1;
      } else if (c !== CR && !isLowSurrogate(c)) this.column++;
      p++;
    }
    throw new ParseError({
      line,
      column,
      expected: "a closing '\"'",
      found: END_OF_INPUT,
      reason: `quoted text starting here is not closed; expected a closing '"' before the end of input`,
    });
  }
}

/**
 * All tokens of a text, without the final `eof`.
 * @throws ParseError on an unterminated quoted text
 * @remarks Since 0.1.0
 */
export function tokenize(text: string): Token[] {
  const lexer = new Lexer(text);
  const out: Token[] = [];
  for (let t = lexer.next(); t.kind !== 'eof'; t = lexer.next()) out.push(t);
  return out;
}

/**
 * Gambit-style quoted text: `"` and `\` are escaped with a backslash (C++ `std::quoted`).
 * @remarks Since 0.1.0
 */
export function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}
