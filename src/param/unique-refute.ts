/**
 * Targets for refuting a uniqueness claim: the other pure profiles (with a different outcome) and the
 * conditions under which each is an equilibrium, as systems for the counterexample search.
 * @remarks Since 0.1.0
 */
import type { ExtensiveGame } from '../game/types.js';
import { profileAt } from '../game/strategic.js';
import type { Polynomial } from '../numeric/polynomial.js';
import { polyConstantValue } from '../numeric/polynomial.js';
import type { Cond } from './counterexample.js';
import type { ParametricGame } from './game.js';
import { type Concept, equilibriumRegion } from './region.js';

/** A system to satisfy, the profile it concerns (absent: the claimed profile) and what it means. */
export type TargetSystem = {
  readonly conds: readonly Cond[];
  readonly profile?: readonly number[];
  readonly detail: string;
};

/** Terminal nodes reached with positive probability (chance moves with the zero polynomial excluded). */
function reached(game: ExtensiveGame<Polynomial>, pure: readonly number[]): string {
  const out: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const n = game.nodes[stack.pop() as number];
    if (n === undefined) continue;
    if (n.type === 'terminal') out.push(n.id);
    else if (n.type === 'personal') stack.push(n.children[pure[n.infoset as number] as number] as number);
    else {
      const probs = game.chanceInfosets[n.infoset as number]?.probs ?? [];
      n.children.forEach((c, a) => {
        if (polyConstantValue(probs[a] as Polynomial)?.n !== 0n) stack.push(c);
      });
    }
  }
  return out.sort((a, b) => a - b).join(',');
}

/**
 * For each other pure profile with a different outcome (at most `limit` profiles in all), the system "it is
 * an equilibrium".
 * @remarks Since 0.1.0
 */
export function otherEquilibriumSystems(
  game: ParametricGame,
  profile: readonly number[],
  concept: Concept,
  maxDeviations?: number,
  limit = 256,
): TargetSystem[] {
  const counts =
    game.kind === 'strategic' ? game.strategies.map((s) => s.length) : game.infosets.map((i) => i.actions.length);
  const total = counts.reduce((a, b) => a * b, 1);
  if (total > limit) return [];
  const mine = game.kind === 'extensive' ? reached(game, profile) : profile.join(',');
  const out: TargetSystem[] = [];
  for (let k = 0; k < total; k++) {
    const q = profileAt(counts, k);
    const outcome = game.kind === 'extensive' ? reached(game, q) : q.join(',');
    if (outcome === mine) continue;
    const region = equilibriumRegion(game, q, {
      concept,
      simplify: false,
      ...(maxDeviations !== undefined ? { maxDeviations } : {}),
    });
    if (region.empty) continue;
    const name =
      game.kind === 'strategic'
        ? q.map((s, i) => game.strategies[i]?.[s]).join(', ')
        : q.map((a, I) => game.infosets[I]?.actions[a]).join(', ');
    out.push({
      conds: region.constraints.map((c) => ({ poly: c.poly, strict: false })),
      profile: q,
      detail: `another profile (${name}) with a different outcome is also an equilibrium`,
    });
  }
  return out;
}
