/**
 * All pure Nash equilibria of a tree as pure *behaviour* profiles: the pure equilibria of the reduced
 * strategic form, each expanded to every behaviour profile it stands for (any action at the information
 * sets the player's own choices exclude, the `*` entries of the reduced strategy).
 *
 * Why this is every pure behaviour equilibrium: a pure behaviour profile `b` and its reduction `r(b)` give
 * every player the same payoff against every deviation (the excluded sets are never reached), and every
 * pure strategy of a player is payoff-equivalent to its reduction, so `b` is a Nash equilibrium exactly when
 * `r(b)` is one of the reduced strategic form (Kuhn 1953; Osborne and Rubinstein 1994, Section 11.2.2).
 * This is the default subgame solver of `spe` (`within: 'enumpure'`).
 * @remarks Since 0.1.0
 */
import type { BehaviorProfile, ExtensiveGame, Infoset } from '../../game/types.js';
import type { Rational } from '../../numeric/rational.js';
import type { BehaviorResult, StopReason } from '../types.js';
import type { EnumPureOptions } from './strategic.js';
import { unitVector } from '../../game/pure-strategies.js';
import { enumPureReduced } from './tree.js';

/**
 * Every pure Nash equilibrium of a tree as a pure behaviour profile (`game.infosets` order), with `count`
 * the exact number.
 * @param options - `maxEquilibria` bounds the profiles listed; the other limits go to the reduced-form search
 * @remarks Since 0.1.0
 */
export function pureNashBehaviors(game: ExtensiveGame, options: EnumPureOptions = {}): BehaviorResult {
  const { maxEquilibria, ...rest } = options;
  const reduced = enumPureReduced(game, rest);
  const equilibria: BehaviorProfile[] = [];
  let count = 0n;
  let stopped: StopReason | null = reduced.stopped;
  for (const mixed of reduced.equilibria) {
    const fixed = new Array<number>(game.infosets.length).fill(-1);
    mixed.forEach((vec, p) => {
      const s = reduced.strategies[p]?.[vec.findIndex((x) => x.n === 1n && x.d === 1n)];
      for (const [id, a] of s?.actions ?? []) fixed[id] = a;
    });
    const free = game.infosets.filter((info) => fixed[info.id] === -1);
    count += free.reduce((acc, info) => acc * BigInt(info.actions.length), 1n);
    const cur = free.map(() => 0);
    for (;;) {
      if (maxEquilibria !== undefined && equilibria.length >= maxEquilibria) {
        stopped ??= 'equilibria';
        break;
      }
      free.forEach((info, k) => {
        fixed[info.id] = cur[k] as number;
      });
      equilibria.push(
        game.infosets.map((info: Infoset): readonly Rational[] =>
          unitVector(info.actions.length, fixed[info.id] as number),
        ),
      );
      let k = 0;
      while (k < free.length && (cur[k] = (cur[k] as number) + 1) === (free[k] as Infoset).actions.length) cur[k++] = 0;
      if (k === free.length) break;
    }
  }
  if (stopped === 'equilibria' && BigInt(equilibria.length) >= count) stopped = null;
  return {
    method: 'enumpure',
    exact: true,
    representation: 'behavior',
    options: { ...reduced.options, form: 'reduced', expand: 'behavior' },
    equilibria,
    complete: stopped === null,
    stopped,
    ...(reduced.stopped === null ? { count } : {}),
    warnings: reduced.warnings,
    ...(reduced.stats !== undefined ? { stats: reduced.stats } : {}),
  };
}
