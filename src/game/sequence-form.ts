/**
 * The sequence form of a two-player game (Koller, Megiddo and von Stengel 1996, "Efficient computation of
 * equilibria for extensive two-person games", GEB 14, §2–3; von Stengel 1996, "Efficient computation of
 * behavior strategies", GEB 14, §2–4): per player the sequences (the empty sequence, then one per action of
 * each information set), the constraint matrices `E x = e`, `F y = f` of realization plans, and sparse payoff
 * matrices `A`, `B` — the sum over leaves with the given pair of sequences of chance probability × payoff,
 * payoffs accumulated along the path as in Gambit (outcomes at inner nodes count).
 *
 * Layout (Gambit's `infosetOffset`): sequence 0 is the empty sequence; the player's information sets, in
 * `game.playerInfosets` order, follow with one sequence per action. Constraint row 0 is `x_∅ = 1`; row
 * `k + 1` is `Σ_a x_{(k,a)} − x_{parent(k)} = 0` for the player's `k`-th information set.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { accumulatedPayoffs, chanceOutcomes } from './queries.js';
import { InvalidArgumentError, UnsupportedGameError } from './errors.js';
import type { InfosetId, PlayerId } from './ids.js';
import { checkPerfectRecall } from './perfect-recall.js';
import type { BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from './types.js';

/** One player's sequences. */
export type PlayerSequences = {
  /** number of sequences, the empty sequence (index 0) included */
  readonly count: number;
  /** the player's information sets, in `game.playerInfosets` order (position `k` below) */
  readonly infosets: readonly InfosetId[];
  /** number of actions of each information set `k` */
  readonly actionCounts: readonly number[];
  /** sequence of action `a` at information set `k` is `actionStart[k] + a` */
  readonly actionStart: readonly number[];
  /** the sequence leading to information set `k` (the player's last own move before it) */
  readonly parent: readonly number[];
  /** for each sequence, the position `k` of its information set (`-1` for the empty sequence) */
  readonly infosetOf: readonly number[];
};

/** A nonzero entry of the payoff matrices, at (player 1's sequence `row`, player 2's sequence `col`). */
export type SequencePayoff = {
  readonly row: number;
  readonly col: number;
  /** Σ over leaves with this pair of (chance probability × accumulated payoff), per player (own priors) */
  readonly payoffs: readonly [Rational, Rational];
  /** Σ over those leaves of the chance probability, per player (own priors) */
  readonly weights: readonly [Rational, Rational];
};

/** The sequence form of a two-player game. */
export type SequenceForm = {
  readonly players: readonly [PlayerSequences, PlayerSequences];
  /** the nonzero entries of `A` (player 1) and `B` (player 2), sorted by `row`, then `col` */
  readonly entries: readonly SequencePayoff[];
};

/**
 * The sequence form of a two-player tree with perfect recall. With non-common priors, each player's
 * matrix uses that player's own chance probabilities.
 * @param solver - name used in the error message (the calling solver)
 * @throws UnsupportedGameError if the game does not have exactly two players or lacks perfect recall
 * @remarks Since 0.1.0
 */
export function sequenceForm(game: ExtensiveGame, solver = 'sequenceForm'): SequenceForm {
  if (game.players.length !== 2) {
    throw new UnsupportedGameError(
      solver,
      `the sequence form needs exactly two players; the game has ${game.players.length}`,
    );
  }
  const players = [0, 1].map((p) => playerSequences(game, p as PlayerId)) as [PlayerSequences, PlayerSequences];
  // Each node's current sequence per player, and reach probability by chance per player (own priors).
  const nNodes = game.nodes.length;
  const seq = [new Int32Array(nNodes), new Int32Array(nNodes)];
  const reach: Rational[][] = [new Array<Rational>(nNodes), new Array<Rational>(nNodes)];
  const localIndex = new Map<InfosetId, number>();
  players.forEach((ps) => ps.infosets.forEach((h, k) => localIndex.set(h, k)));
  for (const node of game.nodes) {
    for (let p = 0; p < 2; p++) {
      if (node.parent === null) {
        (reach[p] as Rational[])[node.id] = ONE;
        continue;
      }
      const parent = game.nodes[node.parent];
      if (parent === undefined) continue;
      const s = seq[p] as Int32Array;
      const r = reach[p] as Rational[];
      s[node.id] = s[parent.id] as number;
      r[node.id] = r[parent.id] as Rational;
      if (parent.type === 'chance') {
        const probs = chanceOutcomes(game, parent.id, p as PlayerId);
        r[node.id] = (r[parent.id] as Rational).mul(probs[node.parentAction] as Rational);
      } else if (parent.type === 'personal' && parent.player === p) {
        const k = localIndex.get(parent.infoset as InfosetId) as number;
        s[node.id] = (players[p]?.actionStart[k] as number) + node.parentAction;
      }
    }
  }
  // Perfect recall, in sequence terms: all nodes of an information set share the player's sequence.
  for (const info of game.infosets) {
    const s = seq[info.player] as Int32Array;
    const first = s[info.members[0] as number];
    if (info.members.some((m) => s[m] !== first)) {
      const check = checkPerfectRecall(game);
      const reason = check.perfectRecall
        ? `information set ${info.id} is reached by different own sequences`
        : check.reason;
      throw new UnsupportedGameError(solver, `the sequence form needs perfect recall; ${reason}`);
    }
  }
  const acc = accumulatedPayoffs(game);
  const cells = new Map<
    number,
    { row: number; col: number; payoffs: [Rational, Rational]; weights: [Rational, Rational] }
  >();
  const n2 = players[1].count;
  for (const node of game.nodes) {
    if (node.type !== 'terminal') continue;
    const w0 = (reach[0] as Rational[])[node.id] as Rational;
    const w1 = (reach[1] as Rational[])[node.id] as Rational;
    if (w0.n === 0n && w1.n === 0n) continue;
    const row = (seq[0] as Int32Array)[node.id] as number;
    const col = (seq[1] as Int32Array)[node.id] as number;
    const pay = acc[node.id] as readonly Rational[];
    const key = row * n2 + col;
    const cell = cells.get(key) ?? { row, col, payoffs: [ZERO, ZERO], weights: [ZERO, ZERO] };
    cell.payoffs = [cell.payoffs[0].add(w0.mul(pay[0] as Rational)), cell.payoffs[1].add(w1.mul(pay[1] as Rational))];
    cell.weights = [cell.weights[0].add(w0), cell.weights[1].add(w1)];
    cells.set(key, cell);
  }
  const entries = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => Object.freeze(c) as SequencePayoff);
  return Object.freeze({ players: Object.freeze(players), entries: Object.freeze(entries) });
}

function playerSequences(game: ExtensiveGame, p: PlayerId): PlayerSequences {
  const infosets = game.playerInfosets[p] ?? [];
  const actionCounts = infosets.map((h) => game.infosets[h]?.actions.length ?? 0);
  const actionStart: number[] = [];
  const infosetOf: number[] = [-1];
  let next = 1;
  actionCounts.forEach((c, k) => {
    actionStart.push(next);
    for (let a = 0; a < c; a++) infosetOf.push(k);
    next += c;
  });
  // The parent sequence of each information set: the own sequence at its first member.
  const parent = infosets.map((h) => {
    const first = game.infosets[h]?.members[0];
    let node = first === undefined ? undefined : game.nodes[first];
    while (node !== undefined && node.parent !== null) {
      const up = game.nodes[node.parent];
      if (up === undefined) break;
      if (up.type === 'personal' && up.player === p) {
        const k = infosets.indexOf(up.infoset as InfosetId);
        return (actionStart[k] as number) + node.parentAction;
      }
      node = up;
    }
    return 0;
  });
  return Object.freeze({ count: next, infosets, actionCounts, actionStart, parent, infosetOf });
}

/**
 * The sequence form of a two-player strategic game: each player has one information set whose actions are
 * the pure strategies, so realization plans are mixed strategies (plus `x_∅ = 1`).
 * @throws UnsupportedGameError if the game does not have exactly two players
 * @remarks Since 0.1.0
 */
export function sequenceFormOfStrategic(game: StrategicGame, solver = 'sequenceForm'): SequenceForm {
  if (game.players.length !== 2) {
    throw new UnsupportedGameError(solver, `needs exactly two players; the game has ${game.players.length}`);
  }
  const [m, n] = [game.strategies[0]?.length ?? 0, game.strategies[1]?.length ?? 0];
  const single = (count: number): PlayerSequences =>
    Object.freeze({
      count: count + 1,
      infosets: [0 as InfosetId],
      actionCounts: [count],
      actionStart: [1],
      parent: [0],
      infosetOf: [-1, ...new Array<number>(count).fill(0)],
    });
  const entries: SequencePayoff[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const pay = game.payoffs[i + m * j] as readonly Rational[];
      entries.push({ row: i + 1, col: j + 1, payoffs: [pay[0] as Rational, pay[1] as Rational], weights: [ONE, ONE] });
    }
  }
  entries.sort((a, b) => a.row - b.row || a.col - b.col);
  return Object.freeze({ players: Object.freeze([single(m), single(n)] as const), entries: Object.freeze(entries) });
}

/**
 * The constraint matrix of a player (`E` or `F`) as sparse rows: row 0 is `x_∅ = 1`, row `k + 1` is
 * `Σ_a x_{(k,a)} − x_{parent(k)} = 0`. The right-hand side is `e = (1, 0, …, 0)`.
 * @returns `rows[r]` lists `[sequence, coefficient]` pairs
 * @remarks Since 0.1.0
 */
export function constraintRows(ps: PlayerSequences): [number, number][][] {
  const rows: [number, number][][] = [[[0, 1]]];
  ps.actionStart.forEach((start, k) => {
    const row: [number, number][] = [[ps.parent[k] as number, -1]];
    for (let a = 0; a < (ps.actionCounts[k] as number); a++) row.push([start + a, 1]);
    rows.push(row);
  });
  return rows;
}

/**
 * Whether `plan` is a realization plan of the player: nonnegative and `E x = e` exactly.
 * @remarks Since 0.1.0
 */
export function isRealizationPlan(ps: PlayerSequences, plan: readonly Rational[]): boolean {
  if (plan.length !== ps.count || plan.some((v) => v.s < 0n && v.n !== 0n)) return false;
  return constraintRows(ps).every((row, r) => {
    let total = ZERO;
    for (const [s, c] of row) total = total.add((plan[s] as Rational).mul(c));
    return total.equals(r === 0 ? ONE : ZERO);
  });
}

/**
 * The realization plan of a behaviour strategy (von Stengel 1996, §3): `x_∅ = 1`,
 * `x_{(k,a)} = x_{parent(k)} · β_k(a)`.
 * @param behavior - one probability vector per information set of the player, in `ps.infosets` order
 * @throws InvalidArgumentError if the shape does not match
 * @remarks Since 0.1.0
 */
export function realizationPlan(ps: PlayerSequences, behavior: readonly (readonly Rational[])[]): Rational[] {
  if (behavior.length !== ps.infosets.length) {
    throw new InvalidArgumentError(
      `realizationPlan(): expected ${ps.infosets.length} action vectors; got ${behavior.length}`,
    );
  }
  const plan = new Array<Rational>(ps.count).fill(ZERO);
  plan[0] = ONE;
  // Information sets are in preorder of their first member, so a parent sequence is set before use.
  ps.actionStart.forEach((start, k) => {
    const probs = behavior[k] as readonly Rational[];
    if (probs.length !== ps.actionCounts[k]) {
      throw new InvalidArgumentError(
        `realizationPlan(): information set ${k} needs ${ps.actionCounts[k]} probabilities; got ${probs.length}`,
      );
    }
    const base = plan[ps.parent[k] as number] as Rational;
    probs.forEach((b, a) => {
      plan[start + a] = base.mul(b);
    });
  });
  return plan;
}

/** What a behaviour strategy does where the player's own plan never reaches an information set. */
export type UnreachedRule = 'uniform' | 'first';

/**
 * The behaviour strategy of a realization plan (von Stengel 1996, §3): `β_k(a) = x_{(k,a)} /
 * x_{parent(k)}` where `x_{parent(k)} > 0`. Elsewhere — information sets the player's own plan does not
 * reach — `rule` decides: `'uniform'` (the centroid, Gambit's `UndefinedToCentroid`) or `'first'` (the first
 * action). The choice there changes no realization probability, so a Nash equilibrium stays one.
 * @returns one probability vector per information set, in `ps.infosets` order
 * @remarks Since 0.1.0
 */
export function behaviorFromPlan(
  ps: PlayerSequences,
  plan: readonly Rational[],
  rule: UnreachedRule = 'uniform',
): Rational[][] {
  return ps.actionStart.map((start, k) => {
    const count = ps.actionCounts[k] as number;
    const base = plan[ps.parent[k] as number] as Rational;
    if (base.n === 0n) {
      return Array.from({ length: count }, (_, a) => (rule === 'uniform' ? ONE.div(count) : a === 0 ? ONE : ZERO));
    }
    return Array.from({ length: count }, (_, a) => (plan[start + a] as Rational).div(base));
  });
}

/**
 * The behaviour profile (in `game.infosets` order) of a pair of realization plans of a tree's sequence form.
 * @remarks Since 0.1.0
 */
export function behaviorProfileFromPlans(
  game: ExtensiveGame,
  form: SequenceForm,
  plans: readonly [readonly Rational[], readonly Rational[]],
  rule: UnreachedRule = 'uniform',
): BehaviorProfile {
  const out: Rational[][] = game.infosets.map(() => []);
  form.players.forEach((ps, p) => {
    const beh = behaviorFromPlan(ps, plans[p] as readonly Rational[], rule);
    ps.infosets.forEach((h, k) => {
      out[h] = beh[k] as Rational[];
    });
  });
  return out;
}

/**
 * The mixed profile of a pair of realization plans of {@link sequenceFormOfStrategic}.
 * @remarks Since 0.1.0
 */
export function mixedProfileFromPlans(plans: readonly [readonly Rational[], readonly Rational[]]): MixedProfile {
  return plans.map((plan) => plan.slice(1));
}

/**
 * The expected payoffs `xᵀA y`, `xᵀB y` of a pair of realization plans.
 * @remarks Since 0.1.0
 */
export function sequencePayoffs(
  form: SequenceForm,
  x: readonly Rational[],
  y: readonly Rational[],
): [Rational, Rational] {
  let u1 = ZERO;
  let u2 = ZERO;
  for (const e of form.entries) {
    const w = (x[e.row] as Rational).mul(y[e.col] as Rational);
    if (w.n === 0n) continue;
    u1 = u1.add(w.mul(e.payoffs[0]));
    u2 = u2.add(w.mul(e.payoffs[1]));
  }
  return [u1, u2];
}
