/**
 * Stage 1 of MODEL.md, the negotiation game, as an extensive-form tree: the government G chooses the regime
 * (limited `N` rounds with fallback `z`, or indefinite — truncated at a horizon `H`, with nothing after
 * it), then alternating offers of S's share on the grid `0, 1/k, …, 1`; the responder accepts, rejects
 * (next round) or, where enabled, exits. Optional: S's private cost type drawn by chance (G does not see it),
 * costly verifiable disclosure of the type by S before bargaining, a proposer drawn by chance each round
 * with non-common priors (Yildiz 2003), outside options.
 *
 * Payoffs: agreement on share `x` for S in round `t` pays G `δ_G^{t−1}(1 − x)` and S `δ_S^{t−1}(x − c_θ)`;
 * after round `N` of the limited regime the fallback pays `δ_G^N z_G`, `δ_S^N z_S` (it arrives one period
 * later, so the round-`N` proposer keeps `1 − δ_resp z_resp`, MODEL.md N1b); an exit in round `t` pays each
 * player its outside option discounted, `δ_i^{t−1} o_i`; disclosure costs S `κ`.
 * @remarks Since 0.1.0
 */
import { type NodeSpec, buildTree, chance, decision, terminal } from '../game/builder.js';
import { decideAt } from '../game/bayesian.js';
import { InvalidArgumentError, type Issue } from '../game/errors.js';
import type { ExtensiveGame } from '../game/types.js';
import { ONE, type Rational, type RationalLike, ZERO, formatRational, rat } from '../numeric/rational.js';

/** A regime G can choose: `N` rounds, or indefinite. */
export type Regime = number | 'indefinite';

/** Stage-1 parameters (MODEL.md names). */
export type NegotiationParams = {
  readonly deltaG: RationalLike;
  readonly deltaS: RationalLike;
  /** the regime when G has no choice (default 2) */
  readonly rounds?: Regime;
  /** the regimes G chooses from at the root; overrides `rounds` when it has two or more entries */
  readonly regimes?: readonly Regime[];
  /** horizon at which the indefinite regime is truncated (default 4) */
  readonly horizon?: number;
  readonly zG?: RationalLike;
  readonly zS?: RationalLike;
  /** offers `0, 1/k, …, 1` (default 4) */
  readonly grid?: number;
  /** S's cost types `c_θ` (default: one type with cost 0) */
  readonly types?: readonly RationalLike[];
  /** their probabilities (default uniform) */
  readonly prior?: readonly RationalLike[];
  /** outside options; a player without one cannot exit */
  readonly exitG?: RationalLike;
  readonly exitS?: RationalLike;
  /** cost `κ` of verifiable disclosure; absent: no disclosure move */
  readonly discloseCost?: RationalLike;
  /** round-1 proposer when proposers alternate (default 'G') */
  readonly proposer?: 'G' | 'S';
  /** probability that G proposes in a round whose proposer is drawn by chance; absent: alternate */
  readonly recognition?: RationalLike;
  /** non-common priors: G's and S's own belief that it proposes when drawn by chance */
  readonly optimismG?: RationalLike;
  readonly optimismS?: RationalLike;
  /** rounds whose proposer is drawn by chance (default: all rounds when `recognition` is set) */
  readonly drawnRounds?: readonly number[];
};

/** Limits on the tree size the builder accepts (a budget, so nothing hangs). */
export const MAX_NEGOTIATION_LEAVES = 2_000_000;

type Resolved = {
  dG: Rational;
  dS: Rational;
  regimes: Regime[];
  horizon: number;
  zG: Rational;
  zS: Rational;
  grid: number;
  types: Rational[];
  prior: Rational[];
  exitG: Rational | undefined;
  exitS: Rational | undefined;
  kappa: Rational | undefined;
  proposer: 'G' | 'S';
  recognition: Rational | undefined;
  optimismG: Rational | undefined;
  optimismS: Rational | undefined;
  drawnRounds: Set<number> | undefined;
};

function resolve(p: NegotiationParams): Resolved {
  const issues: Issue[] = [];
  const read = (
    name: string,
    v: RationalLike | undefined,
    lo: Rational | null,
    hi: Rational | null,
  ): Rational | undefined => {
    if (v === undefined) return undefined;
    try {
      const r = rat(v);
      if ((lo !== null && r.compare(lo) < 0) || (hi !== null && r.compare(hi) > 0)) {
        issues.push({
          path: [name],
          message: `must lie in [${lo === null ? '−∞' : formatRational(lo)}, ${hi === null ? '∞' : formatRational(hi)}]; got ${formatRational(r)}`,
        });
      }
      return r;
    } catch (e) {
      issues.push({ path: [name], message: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  };
  const dG = read('deltaG', p.deltaG, ZERO, ONE) ?? ONE;
  const dS = read('deltaS', p.deltaS, ZERO, ONE) ?? ONE;
  const zG = read('zG', p.zG, ZERO, ONE) ?? ZERO;
  const zS = read('zS', p.zS, ZERO, ONE) ?? ZERO;
  if (zG.add(zS).compare(1) > 0) issues.push({ path: ['zG'], message: 'z_G + z_S must not exceed 1' });
  const regimes = p.regimes !== undefined && p.regimes.length > 0 ? [...p.regimes] : [p.rounds ?? 2];
  for (const r of regimes) {
    if (r !== 'indefinite' && (!Number.isInteger(r) || r < 1))
      issues.push({
        path: ['regimes'],
        message: `a regime is a positive number of rounds or "indefinite"; got ${String(r)}`,
      });
  }
  const horizon = p.horizon ?? 4;
  if (!Number.isInteger(horizon) || horizon < 1)
    issues.push({ path: ['horizon'], message: `must be a positive integer; got ${horizon}` });
  const grid = p.grid ?? 4;
  if (!Number.isInteger(grid) || grid < 1)
    issues.push({ path: ['grid'], message: `must be a positive integer; got ${grid}` });
  const types = (p.types ?? [0]).map((t, i) => read(`types[${i}]`, t, null, null) ?? ZERO);
  if (types.length === 0) issues.push({ path: ['types'], message: 'at least one type is needed' });
  const prior =
    p.prior !== undefined
      ? p.prior.map((q, i) => read(`prior[${i}]`, q, ZERO, ONE) ?? ZERO)
      : types.map(() => rat(1, types.length));
  if (prior.length !== types.length)
    issues.push({ path: ['prior'], message: `${prior.length} probabilities for ${types.length} types` });
  else if (!prior.reduce((a, b) => a.add(b), ZERO).equals(1))
    issues.push({ path: ['prior'], message: 'the prior must sum to 1' });
  const recognition = read('recognition', p.recognition, ZERO, ONE);
  const optimismG = read('optimismG', p.optimismG, ZERO, ONE);
  const optimismS = read('optimismS', p.optimismS, ZERO, ONE);
  if ((optimismG !== undefined || optimismS !== undefined) && recognition === undefined) {
    issues.push({
      path: ['recognition'],
      message: 'optimism (non-common priors on recognition) needs a recognition probability',
    });
  }
  if (issues.length > 0) {
    const f = issues[0] as Issue;
    throw new InvalidArgumentError(`negotiationGame(): ${f.path.join('.')}: ${f.message}`, issues);
  }
  return {
    dG,
    dS,
    regimes,
    horizon,
    zG,
    zS,
    grid,
    types,
    prior,
    exitG: read('exitG', p.exitG, null, null),
    exitS: read('exitS', p.exitS, null, null),
    kappa: read('discloseCost', p.discloseCost, ZERO, null),
    proposer: p.proposer ?? 'G',
    recognition,
    optimismG,
    optimismS,
    drawnRounds: p.drawnRounds !== undefined ? new Set(p.drawnRounds) : undefined,
  };
}

/** Label of a regime action at the root. */
export function regimeLabel(r: Regime): string {
  return r === 'indefinite' ? 'indefinite' : `limited ${r}`;
}

/**
 * The negotiation game (MODEL.md stage 1) as a tree over exact rationals. Players are `G` and `S`.
 * Information sets: S knows its type and the public history; G knows the public history (and S's type once
 * disclosed).
 * @throws InvalidArgumentError for impossible parameters or a tree over {@link MAX_NEGOTIATION_LEAVES} leaves
 * @remarks Since 0.1.0
 */
export function negotiationGame(params: NegotiationParams): ExtensiveGame<Rational> {
  const r = resolve(params);
  const rounds = (reg: Regime) => (reg === 'indefinite' ? r.horizon : reg);
  const branching =
    (r.grid + 1) *
    (2 + (r.exitG !== undefined || r.exitS !== undefined ? 1 : 0)) *
    (r.recognition !== undefined ? 2 : 1);
  const leaves =
    r.regimes.reduce<number>((acc, reg) => acc + branching ** rounds(reg), 0) *
    r.types.length *
    (r.kappa !== undefined ? 2 : 1);
  if (leaves > MAX_NEGOTIATION_LEAVES) {
    throw new InvalidArgumentError(
      `negotiationGame(): the tree would have about ${leaves} leaves (limit ${MAX_NEGOTIATION_LEAVES}); use a coarser grid or fewer rounds`,
    );
  }
  const offers = Array.from({ length: r.grid + 1 }, (_, i) => rat(i, r.grid));
  const informed = r.types.length > 1;
  const pow = (d: Rational, e: number): Rational => (e === 0 ? ONE : d.pow(e));

  const round = (
    reg: Regime,
    t: number,
    cost: Rational,
    typeLabel: string | undefined,
    history: readonly string[],
    paid: Rational,
  ): NodeSpec => {
    const last = rounds(reg);
    if (t > last) {
      const [fG, fS] = reg === 'indefinite' ? [ZERO, ZERO] : [r.zG, r.zS];
      return terminal([pow(r.dG, last).mul(fG), pow(r.dS, last).mul(fS).sub(paid)], { label: 'no agreement' });
    }
    const byProposer = (who: 'G' | 'S', h: readonly string[]): NodeSpec => {
      const responder = who === 'G' ? 'S' : 'G';
      const know = (player: 'G' | 'S', hist: readonly string[]) =>
        player === 'S' && typeLabel !== undefined ? { history: hist, type: typeLabel } : { history: hist };
      return decideAt(
        who,
        know(who, h),
        offers.map((x) => {
          const xs = formatRational(x);
          const h2 = [...h, `${who} offers ${xs}`];
          const moves: [string, NodeSpec][] = [
            [
              'accept',
              terminal([
                pow(r.dG, t - 1).mul(ONE.sub(x)),
                pow(r.dS, t - 1)
                  .mul(x.sub(cost))
                  .sub(paid),
              ]),
            ],
            ['reject', round(reg, t + 1, cost, typeLabel, [...h2, `${responder} rejects`], paid)],
          ];
          const exit = responder === 'G' ? r.exitG : r.exitS;
          if (exit !== undefined) {
            moves.push([
              'exit',
              terminal([
                pow(r.dG, t - 1).mul(r.exitG ?? ZERO),
                pow(r.dS, t - 1)
                  .mul(r.exitS ?? ZERO)
                  .sub(paid),
              ]),
            ]);
          }
          return [`offer ${xs}`, decideAt(responder, know(responder, h2), moves)] as const;
        }),
      );
    };
    const drawn = r.recognition !== undefined && (r.drawnRounds === undefined || r.drawnRounds.has(t));
    if (!drawn) {
      const first = r.proposer;
      const who = (t % 2 === 1) === (first === 'G') ? first : first === 'G' ? 'S' : 'G';
      return byProposer(who, history);
    }
    const p = r.recognition as Rational;
    const beliefs: Record<string, Rational[]> = {};
    if (r.optimismG !== undefined) beliefs['G'] = [r.optimismG, ONE.sub(r.optimismG)];
    if (r.optimismS !== undefined) beliefs['S'] = [ONE.sub(r.optimismS), r.optimismS];
    return chance(
      [
        ['G proposes', p, byProposer('G', [...history, `round ${t}: G proposes`])],
        ['S proposes', ONE.sub(p), byProposer('S', [...history, `round ${t}: S proposes`])],
      ],
      Object.keys(beliefs).length > 0 ? { beliefs } : {},
    );
  };

  const afterType = (
    reg: Regime,
    cost: Rational,
    typeLabel: string | undefined,
    history: readonly string[],
  ): NodeSpec => {
    if (r.kappa === undefined || typeLabel === undefined) return round(reg, 1, cost, typeLabel, history, ZERO);
    return decideAt('S', { history, type: typeLabel }, [
      ['disclose', round(reg, 1, cost, typeLabel, [...history, `S discloses ${typeLabel}`], r.kappa)],
      ['conceal', round(reg, 1, cost, typeLabel, [...history, 'S conceals'], ZERO)],
    ]);
  };
  const regimeBranch = (reg: Regime): NodeSpec => {
    const history = r.regimes.length > 1 ? [regimeLabel(reg)] : [];
    if (!informed) return afterType(reg, r.types[0] as Rational, undefined, history);
    return chance(
      r.types.map(
        (c, i) =>
          [
            `type ${formatRational(c)}`,
            r.prior[i] as Rational,
            afterType(reg, c, `cost ${formatRational(c)}`, history),
          ] as const,
      ),
    );
  };
  const root =
    r.regimes.length > 1
      ? decision(
          'G',
          r.regimes.map((reg) => [regimeLabel(reg), regimeBranch(reg)] as const),
          { infoset: 'regime' },
        )
      : regimeBranch(r.regimes[0] as Regime);
  return buildTree({ title: 'Negotiation game (MODEL.md stage 1)', players: ['G', 'S'], root });
}
