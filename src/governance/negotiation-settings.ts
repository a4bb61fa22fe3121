/**
 * Reads stage-1 parameters ({@link NegotiationParams}, MODEL.md names) into exact settings for the solvers
 * that work without building the tree (the state-graph solver, the analysis), with the same defaults as
 * `negotiationGame` (two rounds, horizon 4, grid 4, one type of cost 0, G proposes first, alternating
 * proposers unless `recognition` is set).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import { ONE, type Rational, type RationalLike, ZERO, formatRational, rat } from '../numeric/rational.js';
import type { NegotiationParams, Regime } from './negotiation.js';

/** Exact stage-1 settings. */
export type Stage1Settings = {
  readonly deltaG: Rational;
  readonly deltaS: Rational;
  readonly regimes: readonly Regime[];
  readonly horizon: number;
  readonly zG: Rational;
  readonly zS: Rational;
  readonly grid: number;
  readonly types: readonly Rational[];
  readonly prior: readonly Rational[];
  readonly exitG: Rational | undefined;
  readonly exitS: Rational | undefined;
  readonly proposer: 'G' | 'S';
  readonly recognition: Rational | undefined;
  /** G's and S's own probabilities that G proposes in a drawn round (the modeller's `recognition` if unset) */
  readonly beliefG: Rational | undefined;
  readonly beliefS: Rational | undefined;
  readonly drawnRounds: ReadonlySet<number> | undefined;
};

function read(
  fn: string,
  name: string,
  v: RationalLike | undefined,
  lo: Rational | null,
  hi: Rational | null,
): Rational | undefined {
  if (v === undefined) return undefined;
  let r: Rational;
  try {
    r = rat(v);
  } catch (e) {
    throw new InvalidArgumentError(`${fn}: ${name} is not a number: ${e instanceof Error ? e.message : String(e)}`);
  }
  if ((lo !== null && r.compare(lo) < 0) || (hi !== null && r.compare(hi) > 0)) {
    throw new InvalidArgumentError(
      `${fn}: ${name} must lie in [${lo === null ? '−∞' : formatRational(lo)}, ${hi === null ? '∞' : formatRational(hi)}]; got ${formatRational(r)}`,
    );
  }
  return r;
}

/**
 * Exact settings with `negotiationGame`'s defaults.
 * @param fn - the calling function's name, for error messages
 * @throws InvalidArgumentError for a parameter out of range (named in the message)
 * @remarks Since 0.1.0
 */
export function stage1Settings(params: NegotiationParams, fn = 'stage1Settings()'): Stage1Settings {
  const deltaG = read(fn, 'deltaG', params.deltaG, ZERO, ONE) ?? ONE;
  const deltaS = read(fn, 'deltaS', params.deltaS, ZERO, ONE) ?? ONE;
  const zG = read(fn, 'zG', params.zG, ZERO, ONE) ?? ZERO;
  const zS = read(fn, 'zS', params.zS, ZERO, ONE) ?? ZERO;
  if (zG.add(zS).compare(ONE) > 0)
    throw new InvalidArgumentError(`${fn}: z_G + z_S must not exceed 1; got ${formatRational(zG.add(zS))}`);
  const regimes =
    params.regimes !== undefined && params.regimes.length > 0 ? [...params.regimes] : [params.rounds ?? 2];
  for (const r of regimes) {
    if (r !== 'indefinite' && (!Number.isInteger(r) || r < 1))
      throw new InvalidArgumentError(
        `${fn}: a regime is a positive number of rounds or "indefinite"; got ${String(r)}`,
      );
  }
  const horizon = params.horizon ?? 4;
  if (!Number.isInteger(horizon) || horizon < 1)
    throw new InvalidArgumentError(`${fn}: horizon must be a positive integer; got ${horizon}`);
  const grid = params.grid ?? 4;
  if (!Number.isInteger(grid) || grid < 1)
    throw new InvalidArgumentError(`${fn}: grid must be a positive integer; got ${grid}`);
  const types = (params.types ?? [0]).map((t, i) => read(fn, `types[${i}]`, t, null, null) ?? ZERO);
  if (types.length === 0) throw new InvalidArgumentError(`${fn}: types must not be empty`);
  const prior =
    params.prior !== undefined
      ? params.prior.map((q, i) => read(fn, `prior[${i}]`, q, ZERO, ONE) ?? ZERO)
      : types.map(() => rat(1, types.length));
  if (prior.length !== types.length)
    throw new InvalidArgumentError(`${fn}: prior has ${prior.length} probabilities for ${types.length} types`);
  if (!prior.reduce((a, b) => a.add(b), ZERO).equals(ONE))
    throw new InvalidArgumentError(`${fn}: the prior must sum to 1`);
  const recognition = read(fn, 'recognition', params.recognition, ZERO, ONE);
  const optimismG = read(fn, 'optimismG', params.optimismG, ZERO, ONE);
  const optimismS = read(fn, 'optimismS', params.optimismS, ZERO, ONE);
  if ((optimismG !== undefined || optimismS !== undefined) && recognition === undefined) {
    throw new InvalidArgumentError(
      `${fn}: optimism (non-common priors on recognition) needs a recognition probability`,
    );
  }
  return {
    deltaG,
    deltaS,
    regimes,
    horizon,
    zG,
    zS,
    grid,
    types,
    prior,
    exitG: read(fn, 'exitG', params.exitG, null, null),
    exitS: read(fn, 'exitS', params.exitS, null, null),
    proposer: params.proposer ?? 'G',
    recognition,
    beliefG: optimismG ?? recognition,
    beliefS: optimismS === undefined ? recognition : ONE.sub(optimismS),
    drawnRounds: params.drawnRounds !== undefined ? new Set(params.drawnRounds) : undefined,
  };
}

/** Number of rounds a regime has in a finite model (the indefinite regime is truncated at `horizon`). @remarks Since 0.1.0 */
export function regimeRounds(s: Stage1Settings, regime: Regime): number {
  return regime === 'indefinite' ? s.horizon : regime;
}

/** Who proposes in round `t` when proposers alternate, or `'drawn'` when chance draws the proposer. @remarks Since 0.1.0 */
export function proposerAt(s: Stage1Settings, t: number): 'G' | 'S' | 'drawn' {
  if (s.recognition !== undefined && (s.drawnRounds === undefined || s.drawnRounds.has(t))) return 'drawn';
  const first = s.proposer;
  return (t % 2 === 1) === (first === 'G') ? first : first === 'G' ? 'S' : 'G';
}
