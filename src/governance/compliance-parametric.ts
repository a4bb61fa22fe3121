/**
 * The compliance game of MODEL.md stage 2 with symbolic parameters: {@link complianceTree} over the
 * polynomial arithmetic of `src/param/`, each parameter a variable of the same name unless a number or an
 * expression is given for it (`{ V: 10, cK: 'cK', bT: '1 - bK - bS' }`), plus the parameters' domain as
 * assumptions for proofs and a path lookup shared by the analysis and the proofs.
 * @remarks Since 0.1.0
 */
import type { Arithmetic } from '../game/arithmetic.js';
import { InvalidArgumentError } from '../game/errors.js';
import type { NodeId } from '../game/ids.js';
import type { ExtensiveGame } from '../game/types.js';
import { type Polynomial, polyEquals, polyVar, polyVariables } from '../numeric/polynomial.js';
import type { RationalLike } from '../numeric/rational.js';
import { POLY } from '../param/arithmetic.js';
import { parseValue } from '../param/expression.js';
import { type KAction, type Mode, type SAction, complianceTree } from './compliance.js';
import { COMPLIANCE_PARAMETERS, type ComplianceParameter, type ComplianceParamsOf } from './params.js';

/** A parameter's value in the parametric game: a polynomial, an exact number, or expression text (`"cK"`, `"1 - bK - bS"`). */
export type ComplianceSymbol = Polynomial | RationalLike;

/** Values for some parameters; every parameter left out is the variable of its own name. */
export type ComplianceSymbols = { readonly [K in ComplianceParameter]?: ComplianceSymbol };

/** Parameters that lie in [0, 1] besides being nonnegative (the credit shares, `φ`, `λ_K`, `λ_S`). */
export const UNIT_PARAMETERS: readonly ComplianceParameter[] = ['bT', 'bK', 'bS', 'phi', 'lambdaK', 'lambdaS'];

/**
 * The stage-2 parameters as polynomials: given values (numbers, expression text or polynomials) and the
 * variable of the parameter's own name for the others.
 * @throws InvalidArgumentError for an unknown parameter name
 * @throws ExpressionError for text that is not a polynomial expression
 * @remarks Since 0.1.0
 */
export function complianceParamsParametric(symbols: ComplianceSymbols = {}): ComplianceParamsOf<Polynomial> {
  const known = new Set<string>(COMPLIANCE_PARAMETERS);
  const unknown = Object.keys(symbols).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `complianceParamsParametric(): unknown parameter(s) ${unknown.join(', ')} (known: ${COMPLIANCE_PARAMETERS.join(', ')})`,
      unknown.map((k) => ({ path: [k], message: 'unknown parameter' })),
    );
  }
  const out: Partial<Record<ComplianceParameter, Polynomial>> = {};
  for (const key of COMPLIANCE_PARAMETERS) {
    const v = symbols[key];
    out[key] = v === undefined ? polyVar(key) : parseValue(v);
  }
  return out as ComplianceParamsOf<Polynomial>;
}

/**
 * The compliance game with symbolic payoffs (a `ParametricTree` of `src/param/`): every parameter a
 * variable, or a number / expression where `symbols` gives one. `complianceGameParametric()` is the fully
 * symbolic game the claims C1–C4 are derived from.
 * @throws InvalidArgumentError for an unknown parameter name
 * @throws ExpressionError for text that is not a polynomial expression
 * @remarks Since 0.1.0
 */
export function complianceGameParametric(symbols: ComplianceSymbols = {}): ExtensiveGame<Polynomial> {
  return complianceTree(complianceParamsParametric(symbols), POLY);
}

/** Assumptions describing the admissible parameter values of a parametric compliance game. */
export type ComplianceDomain = {
  /** conditions such as `"0 <= phi <= 1"` for the parameters left symbolic (and `"bK + bS <= 1"` when `bT = 1 - bK - bS`) */
  readonly assume: readonly string[];
  /** the symbolic parameters, all nonnegative (sign conditions for certificates) */
  readonly nonnegative: readonly string[];
};

/**
 * The domain of the parameters that are still variables of their own name: all nonnegative, and the shares,
 * `φ` and the `λ`s at most 1; when `bT` is given as `1 − bK − bS`, also `bK + bS ≤ 1`.
 * @remarks Since 0.1.0
 */
export function complianceDomain(symbols: ComplianceSymbols = {}): ComplianceDomain {
  const params = complianceParamsParametric(symbols);
  const free = COMPLIANCE_PARAMETERS.filter((k) => polyEquals(params[k], polyVar(k)));
  const assume = free.filter((k) => UNIT_PARAMETERS.includes(k)).map((k) => `0 <= ${k} <= 1`);
  const residual = parseValue('1 - bK - bS');
  if (polyEquals(params.bT, residual) && free.includes('bK') && free.includes('bS')) assume.push('bK + bS <= 1');
  const variables = new Set(COMPLIANCE_PARAMETERS.flatMap((k) => polyVariables(params[k])));
  return { assume, nonnegative: free.filter((k) => variables.has(k)) };
}

/**
 * The node reached from the root by following action labels (e.g. `['F', 'Sub', 'Form']`).
 * @throws InvalidArgumentError if a label is not an action at the node reached so far
 * @remarks Since 0.1.0
 */
export function nodeAfter<V>(game: ExtensiveGame<V>, labels: readonly string[]): NodeId {
  let id = 0 as NodeId;
  for (const label of labels) {
    const node = game.nodes[id];
    const actions = node?.type === 'personal' ? game.infosets[node.infoset as number]?.actions : undefined;
    const a = actions?.indexOf(label) ?? -1;
    const child = a < 0 ? undefined : node?.children[a];
    if (child === undefined) {
      throw new InvalidArgumentError(`nodeAfter(): no action "${label}" at node ${id} (path ${labels.join(' > ')})`);
    }
    id = child;
  }
  return id;
}

/**
 * The payoff vector `(u_T, u_K, u_S)` at the end of the play `(m, k, s)`, read from the game's tree (the sum
 * of the outcomes on the path), over the game's own arithmetic: this is how proofs and the analysis take
 * payoffs from the game itself rather than from the formulas.
 * @remarks Since 0.1.0
 */
export function playPayoffs<V>(game: ExtensiveGame<V>, ar: Arithmetic<V>, m: Mode, k: KAction, s: SAction): V[] {
  let id: NodeId | null = nodeAfter(game, [m, k, s]);
  const total = game.players.map(() => ar.zero);
  while (id !== null) {
    const node: ExtensiveGame<V>['nodes'][number] | undefined = game.nodes[id];
    if (node === undefined) break;
    if (node.outcome !== null) {
      const pay = game.outcomes[node.outcome]?.payoffs ?? [];
      pay.forEach((x, i) => {
        total[i] = ar.add(total[i] as V, x);
      });
    }
    id = node.parent;
  }
  return total;
}
