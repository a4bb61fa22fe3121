/**
 * Exact expected payoffs: of a behaviour profile on a tree, and of a mixed profile on a strategic game.
 * On a tree, `u_i(β) = Σ_z P_i(z | β) · h_i(z)` where `h_i(z)` sums the outcomes on the path to terminal `z`
 * (Gambit's incremental payoffs) and `P_i(z | β)` multiplies the behaviour probabilities of the players'
 * actions and the chance probabilities on the path, chance as player `i` believes it (its own prior
 * `beliefs[i]` where a chance set has non-common priors). (Kuhn 1953; Osborne and Rubinstein 1994, Section
 * 11.4.) The independent checker in `src/verify/` deliberately does not use this module.
 * @remarks Since 0.1.0
 */
import { ONE, type Rational, ZERO } from '../numeric/rational.js';
import { InvalidArgumentError } from './errors.js';
import type { ChanceInfosetId, InfosetId, PlayerId } from './ids.js';
import { accumulatedPayoffs } from './queries.js';
import { profileIndex, strategyCounts } from './strategic.js';
import type { BehaviorProfile, ExtensiveGame, MixedProfile, StrategicGame } from './types.js';

function checkBehavior(fn: string, game: ExtensiveGame<Rational>, profile: BehaviorProfile): void {
  if (profile.length !== game.infosets.length) {
    throw new InvalidArgumentError(
      `${fn}(): expected ${game.infosets.length} action vectors (one per information set); got ${profile.length}`,
    );
  }
  profile.forEach((v, i) => {
    const n = game.infosets[i]?.actions.length ?? 0;
    if (v.length !== n)
      throw new InvalidArgumentError(`${fn}(): information set ${i} has ${n} actions; got ${v.length} probabilities`);
  });
}

/**
 * Probability of reaching each node under a behaviour profile, with chance as `player` believes it (the
 * common probabilities when `player` is omitted or has no prior of its own).
 * @returns `reach[nodeId]`
 * @throws InvalidArgumentError if the profile's shape does not match the game
 * @remarks Since 0.1.0
 */
export function reachProbabilities(
  game: ExtensiveGame<Rational>,
  profile: BehaviorProfile,
  player?: PlayerId,
): Rational[] {
  checkBehavior('reachProbabilities', game, profile);
  const reach: Rational[] = new Array(game.nodes.length);
  for (const node of game.nodes) {
    if (node.parent === null) {
      reach[node.id] = ONE;
      continue;
    }
    const parent = game.nodes[node.parent];
    const base = reach[node.parent] as Rational;
    let p: Rational = ONE;
    if (parent?.type === 'personal')
      p = (profile[parent.infoset as InfosetId] as readonly Rational[])[node.parentAction] ?? ZERO;
    else if (parent?.type === 'chance') {
      const c = game.chanceInfosets[parent.infoset as ChanceInfosetId];
      const probs = (player !== undefined ? c?.beliefs?.[player] : undefined) ?? c?.probs ?? [];
      p = probs[node.parentAction] ?? ZERO;
    }
    reach[node.id] = base.n === 0n ? ZERO : base.mul(p);
  }
  return reach;
}

/**
 * Expected payoff of every player under a behaviour profile, each player using its own prior at chance sets
 * with non-common priors.
 * @throws InvalidArgumentError if the profile's shape does not match the game
 * @remarks Since 0.1.0
 */
export function behaviorPayoffs(game: ExtensiveGame<Rational>, profile: BehaviorProfile): Rational[] {
  checkBehavior('behaviorPayoffs', game, profile);
  const acc = accumulatedPayoffs(game);
  const common = game.chanceInfosets.every((c) => c.beliefs === undefined);
  const shared = common ? reachProbabilities(game, profile) : undefined;
  return game.players.map((_, p) => {
    const reach = shared ?? reachProbabilities(game, profile, p as PlayerId);
    let total = ZERO;
    for (const node of game.nodes) {
      const r = reach[node.id] as Rational;
      if (node.type === 'terminal' && r.n !== 0n)
        total = total.add(r.mul((acc[node.id] as readonly Rational[])[p] as Rational));
    }
    return total;
  });
}

/**
 * Expected payoff of every player under a mixed profile of a strategic game,
 * `u_i(σ) = Σ_s Π_j σ_j(s_j) · u_i(s)` (summing over the supports only).
 * @throws InvalidArgumentError if the profile's shape does not match the game
 * @remarks Since 0.1.0
 */
export function mixedPayoffs(game: StrategicGame<Rational>, profile: MixedProfile): Rational[] {
  const counts = strategyCounts(game);
  if (profile.length !== counts.length || profile.some((m, p) => m.length !== counts[p])) {
    throw new InvalidArgumentError(
      `mixedPayoffs(): expected one probability vector per player with lengths ${counts.join(', ')}`,
    );
  }
  const supports = profile.map((m) => m.flatMap((x, s) => (x.n === 0n ? [] : [s])));
  const totals = game.players.map(() => ZERO);
  if (supports.some((s) => s.length === 0)) return totals;
  const pos = new Array<number>(counts.length).fill(0);
  for (;;) {
    const pure = pos.map((i, p) => (supports[p] as number[])[i] as number);
    let prob = ONE;
    pure.forEach((s, p) => {
      prob = prob.mul((profile[p] as readonly Rational[])[s] as Rational);
    });
    const row = game.payoffs[profileIndex(counts, pure)] as readonly Rational[];
    row.forEach((u, p) => {
      totals[p] = (totals[p] as Rational).add(prob.mul(u));
    });
    let p = 0;
    while (p < counts.length && (pos[p] as number) + 1 === (supports[p] as number[]).length) pos[p++] = 0;
    if (p === counts.length) return totals;
    pos[p] = (pos[p] as number) + 1;
  }
}

/**
 * Expected payoffs of a profile: a behaviour profile on a tree, a mixed profile on a strategic game.
 * @throws InvalidArgumentError if the profile's shape does not match the game
 * @remarks Since 0.1.0
 */
export function expectedPayoffs(
  game: ExtensiveGame<Rational> | StrategicGame<Rational>,
  profile: BehaviorProfile | MixedProfile,
): Rational[] {
  return game.kind === 'extensive' ? behaviorPayoffs(game, profile) : mixedPayoffs(game, profile);
}
