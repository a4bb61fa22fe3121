/**
 * Reads parameter expressions (`"b_K*V*lambda - c_K"`, `"(1 - delta)^2"`, `"0.1*x"`) into exact
 * polynomials. The text is parsed with mathjs' `parse` into a node tree that is then walked here; nothing
 * is ever evaluated by mathjs. Accepted: number literals (read exactly from their text: `0.1` is `1/10`),
 * parameter symbols, `+ - * /`, `^` with a constant nonnegative integer exponent (any integer for a
 * constant base), unary minus and plus, parentheses, implicit multiplication (`2x`). Division only by a
 * nonzero constant. Anything else is an {@link ExpressionError} naming the expression and the offending part.
 * @remarks Since 0.1.0
 */
import { type FactoryFunctionMap, type MathNode, create, parseDependencies } from 'mathjs';
import { type Rational, type RationalLike, parseRational, rat } from '../numeric/rational.js';
import type { Arithmetic } from '../game/arithmetic.js';
import {
  type Polynomial,
  isPolynomial,
  polyConst,
  polyConstantValue,
  polyNeg,
  polySub,
  polyVar,
  polyVariables,
} from '../numeric/polynomial.js';
import { POLY, RATFN, type RationalFunction, ratFn } from './arithmetic.js';
import { ExpressionError } from './errors.js';

/** Options of {@link parseExpression}. */
export type ExpressionOptions = {
  /** the allowed parameter names; any other symbol is an error (default: every symbol is a parameter) */
  readonly parameters?: readonly string[];
};

/** A condition `p ≥ 0` (`strict: false`) or `p > 0` (`strict: true`), with the text it came from. */
export type Condition = { readonly poly: Polynomial; readonly strict: boolean; readonly text: string };

const MAX_DIGITS = 900;
let mathInstance: { parse: (text: string) => MathNode } | undefined;

function math(): { parse: (text: string) => MathNode } {
  // BigNumber literals keep every digit of the text (up to the precision), so 0.1 stays 1/10.
  mathInstance ??= create(
    { parseDependencies: parseDependencies as FactoryFunctionMap },
    { number: 'BigNumber', precision: 1000 },
  ) as unknown as {
    parse: (text: string) => MathNode;
  };
  return mathInstance;
}

function parseTree(text: string): MathNode {
  const long = /\d{901,}/.exec(text);
  if (long !== null)
    throw new ExpressionError(text, `${long[0].slice(0, 20)}…`, `number literal longer than ${MAX_DIGITS} digits`);
  try {
    return math().parse(text);
  } catch (e) {
    throw new ExpressionError(text, '', `cannot parse: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** What the walker needs from a value type. */
type Ops<W> = {
  readonly ar: Arithmetic<W>;
  readonly lift: (p: Polynomial) => W;
  /** the constant value of `w`, or `undefined` */
  readonly constant: (w: W) => Rational | undefined;
  /** `a / b` for a non-constant `b`, or a reason why not */
  readonly divide: (a: W, b: W) => W | string;
};

const POLY_OPS: Ops<Polynomial> = {
  ar: POLY,
  lift: (p) => p,
  constant: polyConstantValue,
  divide: () => 'division by a non-constant (polynomials only)',
};

const RATFN_OPS: Ops<RationalFunction> = {
  ar: RATFN,
  lift: (p) => ratFn(p),
  constant: (w) => {
    const n = polyConstantValue(w.num);
    const d = polyConstantValue(w.den);
    return n !== undefined && d !== undefined ? n.div(d) : undefined;
  },
  divide: (a, b) => RATFN.mul(a, { num: b.den, den: b.num }),
};

function walker<W>(text: string, options: ExpressionOptions, ops: Ops<W>): (node: MathNode) => W {
  const { ar } = ops;
  const allowed = options.parameters === undefined ? undefined : new Set(options.parameters);
  const fail = (node: MathNode, reason: string): never => {
    throw new ExpressionError(text, node.toString(), reason);
  };
  const walk = (node: MathNode): W => {
    switch (node.type) {
      case 'ConstantNode': {
        const v = (node as unknown as { value: unknown }).value;
        const r =
          typeof v === 'object' && v !== null && v.constructor?.name === 'Decimal'
            ? parseRational(String(v))
            : typeof v === 'number' && Number.isFinite(v)
              ? parseRational(String(v))
              : undefined;
        if (r === undefined) return fail(node, 'only finite numbers are allowed as constants');
        return ar.fromRational(r);
      }
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        if (allowed !== undefined && !allowed.has(name)) {
          return fail(node, `unknown parameter "${name}" (parameters: ${[...allowed].join(', ')})`);
        }
        return ops.lift(polyVar(name));
      }
      case 'ParenthesisNode':
        return walk((node as unknown as { content: MathNode }).content);
      case 'OperatorNode': {
        const op = node as unknown as { fn: string; args: MathNode[] };
        const [a, b] = op.args as [MathNode, MathNode];
        switch (op.fn) {
          case 'add':
            return ar.add(walk(a), walk(b));
          case 'subtract':
            return ar.sub(walk(a), walk(b));
          case 'multiply':
            return ar.mul(walk(a), walk(b));
          case 'unaryMinus':
            return ar.neg(walk(a));
          case 'unaryPlus':
            return walk(a);
          case 'divide': {
            const wb = walk(b);
            if (ar.isZero(wb)) return fail(b, 'division by zero');
            const den = ops.constant(wb);
            if (den !== undefined) return ar.mul(walk(a), ar.fromRational(den.inverse()));
            const q = ops.divide(walk(a), wb);
            return typeof q === 'string' ? fail(b, q) : q;
          }
          case 'pow': {
            const e = ops.constant(walk(b));
            if (e === undefined || e.d !== 1n) return fail(b, 'the exponent must be a constant integer');
            const k = Number(e.s * e.n);
            if (Math.abs(k) > 10_000) return fail(b, 'exponent too large');
            const base = walk(a);
            if (k < 0) {
              const c = ops.constant(base);
              if (c === undefined || c.n === 0n) return fail(node, 'a negative exponent needs a nonzero constant base');
              return ar.fromRational(c.inverse().pow(-k));
            }
            let out = ar.one;
            for (let i = 0; i < k; i++) out = ar.mul(out, base);
            return out;
          }
          default:
            return fail(node, `operator "${(node as unknown as { op: string }).op}" is not allowed`);
        }
      }
      default:
        return fail(node, `${node.type} is not allowed (only numbers, parameters, + - * / ^ and parentheses)`);
    }
  };
  return walk;
}

/**
 * Reads a polynomial expression.
 * @throws ExpressionError naming the expression and the offending part
 * @remarks Since 0.1.0
 */
export function parseExpression(text: string, options: ExpressionOptions = {}): Polynomial {
  return walker(text, options, POLY_OPS)(parseTree(text));
}

/**
 * Reads a rational-function expression (division by any nonzero polynomial allowed), e.g. `"k/r"`.
 * @throws ExpressionError naming the expression and the offending part
 * @remarks Since 0.1.0
 */
export function parseRationalExpression(text: string, options: ExpressionOptions = {}): RationalFunction {
  return walker(text, options, RATFN_OPS)(parseTree(text));
}

/**
 * A value converter for `buildTree(spec, { arithmetic: POLY, value: parseValue })`: polynomials pass
 * through, numbers and rationals become constants, strings are parsed as expressions.
 * @throws ExpressionError for a string that is not a polynomial expression
 * @remarks Since 0.1.0
 */
export function parseValue(x: Polynomial | RationalLike, options: ExpressionOptions = {}): Polynomial {
  if (isPolynomial(x)) return x;
  if (typeof x === 'string') return parseExpression(x, options);
  return polyConst(rat(x as RationalLike));
}

const RELATIONS: Readonly<Record<string, { flip: boolean; strict: boolean } | 'eq'>> = {
  larger: { flip: false, strict: true },
  largerEq: { flip: false, strict: false },
  smaller: { flip: true, strict: true },
  smallerEq: { flip: true, strict: false },
  equal: 'eq',
};

/**
 * Reads inequalities such as `"T - R > 0"`, `"0 <= delta < 1"`, `"c_K >= b_K*V*lambdaK"` (and equalities
 * `"a == b"`, as two inequalities) into conditions `p ≥ 0` / `p > 0`.
 * @throws ExpressionError if the text is not a comparison of polynomial expressions
 * @remarks Since 0.1.0
 */
export function parseConditions(text: string, options: ExpressionOptions = {}): Condition[] {
  const tree = parseTree(text);
  const walk = walker(text, options, POLY_OPS);
  const pairs: [string, MathNode, MathNode][] = [];
  const unwrap = (n: MathNode): MathNode =>
    n.type === 'ParenthesisNode' ? unwrap((n as unknown as { content: MathNode }).content) : n;
  const root = unwrap(tree);
  if (root.type === 'RelationalNode') {
    const r = root as unknown as { conditionals: string[]; params: MathNode[] };
    r.conditionals.forEach((c, i) => pairs.push([c, r.params[i] as MathNode, r.params[i + 1] as MathNode]));
  } else if (root.type === 'OperatorNode' && RELATIONS[(root as unknown as { fn: string }).fn] !== undefined) {
    const op = root as unknown as { fn: string; args: MathNode[] };
    pairs.push([op.fn, op.args[0] as MathNode, op.args[1] as MathNode]);
  } else {
    throw new ExpressionError(text, root.toString(), 'expected a comparison such as "a > 0" or "0 <= d < 1"');
  }
  const out: Condition[] = [];
  for (const [fn, l, r] of pairs) {
    const rel = RELATIONS[fn];
    if (rel === undefined) throw new ExpressionError(text, fn, `comparison "${fn}" is not allowed`);
    const diff = polySub(walk(l), walk(r));
    if (rel === 'eq') {
      out.push({ poly: diff, strict: false, text }, { poly: polyNeg(diff), strict: false, text });
    } else out.push({ poly: rel.flip ? polyNeg(diff) : diff, strict: rel.strict, text });
  }
  return out;
}

/** The parameters (variables) an expression uses, sorted. @remarks Since 0.1.0 */
export function expressionParameters(text: string): string[] {
  return polyVariables(parseExpression(text));
}
