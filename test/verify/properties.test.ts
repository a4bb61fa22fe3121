import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BehaviorProfile,
  type ExtensiveGame,
  type StrategicGame,
  profileAt,
  profileIndex,
  strategicGame,
  strategyCounts,
} from '../../src/game/index.js';
import { ONE, type Rational, ZERO } from '../../src/numeric/index.js';
import {
  behaviorPayoffs,
  checkNash,
  checkNashPure,
  checkSubgamePerfect,
  infosetRegrets,
  isAgentNash,
  isNash,
  isNashPure,
  isSubgamePerfect,
  playerRegrets,
  pureBehaviorToProfile,
  strategyRegrets,
  subgameRegrets,
} from '../../src/verify/index.js';
import { arbSeed, prng, randomBehavior, randomDistribution, randomStrategic, randomTree } from './generators.js';

// ---- test-local oracles, written independently of src/verify (plain recursion from the root) ----

/** Expected payoff of `p` under `profile`, recursively from `node`, chance by p's own beliefs. */
function value(game: ExtensiveGame, profile: BehaviorProfile, p: number, node = 0): Rational {
  const x = game.nodes[node];
  if (x === undefined) throw new Error('no node');
  let v = x.outcome === null ? ZERO : (game.outcomes[x.outcome]?.payoffs[p] ?? ZERO);
  const probs =
    x.type === 'chance'
      ? (() => {
          const c = game.chanceInfosets[x.infoset as number];
          return c?.beliefs?.[p] ?? c?.probs ?? [];
        })()
      : x.type === 'personal'
        ? (profile[x.infoset as number] ?? [])
        : [];
  x.children.forEach((c, a) => {
    v = v.add((probs[a] ?? ZERO).mul(value(game, profile, p, c)));
  });
  return v;
}

/** All pure behaviours of player p: assignments to p's information sets (in `playerInfosets` order). */
function pureBehaviorsOf(game: ExtensiveGame, p: number): number[][] {
  let out: number[][] = [[]];
  for (const I of game.playerInfosets[p] ?? []) {
    const k = game.infosets[I]?.actions.length ?? 0;
    out = out.flatMap((prefix) => Array.from({ length: k }, (_, a) => [...prefix, a]));
  }
  return out;
}

/** The profile with player p's entries replaced by a pure behaviour. */
function withPure(game: ExtensiveGame, profile: BehaviorProfile, p: number, pure: readonly number[]): Rational[][] {
  const out = profile.map((v) => [...v]);
  (game.playerInfosets[p] ?? []).forEach((I, j) => {
    out[I] = (game.infosets[I]?.actions ?? []).map((_, a) => (a === pure[j] ? ONE : ZERO));
  });
  return out;
}

/** The (unreduced) strategic form of a tree: a strategy is a pure behaviour of the player. */
function strategicFormOf(game: ExtensiveGame): { sg: StrategicGame; decode: (profile: readonly number[]) => number[] } {
  const strategies = game.players.map((_, p) => pureBehaviorsOf(game, p));
  const decode = (profile: readonly number[]): number[] => {
    const pure = new Array<number>(game.infosets.length).fill(0);
    profile.forEach((s, p) => {
      (game.playerInfosets[p] ?? []).forEach((I, j) => {
        pure[I] = strategies[p]?.[s]?.[j] ?? 0;
      });
    });
    return pure;
  };
  const sg = strategicGame({
    players: [...game.players],
    strategies: strategies.map((s) => s.length),
    payoffs: (profile) => {
      const behavior = pureBehaviorToProfile(game, decode(profile));
      return game.players.map((_, p) => value(game, behavior, p));
    },
  });
  return { sg, decode };
}

const trees = (options: Parameters<typeof randomTree>[1] = {}) => arbSeed.map((seed) => randomTree(seed, options));

describe('tree checker properties', () => {
  it('behaviorPayoffs agree with a recursive evaluation (own beliefs per player)', () => {
    fc.assert(
      fc.property(trees({ nonCommonPriors: true }), arbSeed, (game, s) => {
        const profile = randomBehavior(game, s);
        const pay = behaviorPayoffs(game, profile);
        game.players.forEach((_, p) => expect(pay[p]?.equals(value(game, profile, p))).toBe(true));
      }),
      { numRuns: 100 },
    );
  });

  it('pure Nash equilibria agree between the tree checker and the strategic checker on the strategic form', () => {
    fc.assert(
      fc.property(trees({ maxDepth: 3, nonCommonPriors: true, information: 'any' }), (game) => {
        const { sg, decode } = strategicFormOf(game);
        const counts = strategyCounts(sg);
        for (let i = 0; i < sg.payoffs.length; i++) {
          const profile = profileAt(counts, i);
          expect(isNashPure(game, decode(profile))).toBe(isNashPure(sg, profile));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('regrets are never negative (player, information set, subgame)', () => {
    fc.assert(
      fc.property(trees({ information: 'recall', nonCommonPriors: true }), arbSeed, (game, s) => {
        const profile = randomBehavior(game, s);
        for (const r of playerRegrets(game, profile)) expect(r.regret.s >= 0n || r.regret.n === 0n).toBe(true);
        for (const r of infosetRegrets(game, profile)) expect(r.regret.s >= 0n || r.regret.n === 0n).toBe(true);
        for (const sub of subgameRegrets(game, profile)) {
          for (const r of sub.regrets) expect(r.regret.s >= 0n || r.regret.n === 0n).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the sequence-form best response equals the best pure behaviour found by enumeration', () => {
    fc.assert(
      fc.property(trees({ information: 'recall', nonCommonPriors: true }), arbSeed, (game, s) => {
        const profile = randomBehavior(game, s);
        playerRegrets(game, profile).forEach((r, p) => {
          let best: Rational | undefined;
          for (const pure of pureBehaviorsOf(game, p)) {
            const v = value(game, withPure(game, profile, p, pure), p);
            if (best === undefined || v.compare(best) > 0) best = v;
          }
          expect(r.bestPayoff.equals(best ?? ZERO)).toBe(true);
          expect(r.payoff.equals(value(game, profile, p))).toBe(true);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('a best response has zero regret, and a witness raises the payoff by exactly its gain', () => {
    fc.assert(
      fc.property(trees({ information: 'any' }), arbSeed, (game, s) => {
        const profile = randomBehavior(game, s);
        for (const r of playerRegrets(game, profile)) {
          const p = r.player;
          const deviated = profile.map((v) => [...v]);
          for (const { infoset, action } of r.bestResponse) {
            deviated[infoset] = (game.infosets[infoset]?.actions ?? []).map((_, a) => (a === action ? ONE : ZERO));
          }
          expect(playerRegrets(game, deviated)[p]?.regret.n).toBe(0n);
          expect(
            value(game, deviated, p)
              .sub(value(game, profile, p))
              .equals(r.regret),
          ).toBe(true);
        }
        const v = checkNash(game, profile);
        if (!v.ok) {
          const deviated = profile.map((x) => [...x]);
          for (const { infoset, action } of v.witness.deviation) {
            deviated[infoset] = (game.infosets[infoset]?.actions ?? []).map((_, a) => (a === action ? ONE : ZERO));
          }
          const p = v.witness.player;
          expect(
            value(game, deviated, p)
              .sub(value(game, profile, p))
              .equals(v.witness.gain),
          ).toBe(true);
          expect(v.witness.gain.s > 0n).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('subgame perfect ⇒ Nash ⇒ agent Nash, on every pure profile', () => {
    fc.assert(
      fc.property(trees({ information: 'recall', nonCommonPriors: true }), (game) => {
        const { sg, decode } = strategicFormOf(game);
        const counts = strategyCounts(sg);
        for (let i = 0; i < sg.payoffs.length; i++) {
          const profile = pureBehaviorToProfile(game, decode(profileAt(counts, i)));
          const spe = isSubgamePerfect(game, profile);
          const nash = isNash(game, profile);
          if (spe) expect(nash).toBe(true);
          if (nash) expect(isAgentNash(game, profile)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('backward induction on perfect-information trees gives a subgame-perfect profile', () => {
    fc.assert(
      fc.property(trees({ information: 'none', nonCommonPriors: true, players: 3, maxBranching: 3 }), (game) => {
        // Test-local backward induction: at each personal node, the mover picks a child maximizing its own
        // continuation value (own beliefs); chance nodes average.
        const pure = new Array<number>(game.infosets.length).fill(0);
        const vals = new Map<number, Rational[]>();
        const solve = (id: number): Rational[] => {
          const x = game.nodes[id];
          if (x === undefined) throw new Error('no node');
          const own = game.players.map((_, p) =>
            x.outcome === null ? ZERO : (game.outcomes[x.outcome]?.payoffs[p] ?? ZERO),
          );
          const kids = x.children.map((c) => solve(c));
          let out = own;
          if (x.type === 'personal') {
            const mover = x.player as number;
            let arg = 0;
            kids.forEach((k, a) => {
              if ((k[mover] as Rational).compare(kids[arg]?.[mover] as Rational) > 0) arg = a;
            });
            pure[x.infoset as number] = arg;
            out = own.map((o, p) => o.add(kids[arg]?.[p] as Rational));
          } else if (x.type === 'chance') {
            const c = game.chanceInfosets[x.infoset as number];
            out = own.map((o, p) => {
              const probs = c?.beliefs?.[p] ?? c?.probs ?? [];
              return kids.reduce((acc, k, a) => acc.add((probs[a] as Rational).mul(k[p] as Rational)), o);
            });
          }
          vals.set(id, out);
          return out;
        };
        solve(0);
        const v = checkSubgamePerfect(game, pureBehaviorToProfile(game, pure));
        expect(v.ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('regrets scale by a under the payoff transform a·u + b (a > 0)', () => {
    fc.assert(
      fc.property(
        trees({ information: 'recall', looseOutcomes: false }),
        arbSeed,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        (game, s, a, b) => {
          // Every terminal carries one outcome and no other node does, so a·u + b per outcome is affine on plays.
          const scaled: ExtensiveGame = {
            ...game,
            outcomes: game.outcomes.map((o) => ({ ...o, payoffs: o.payoffs.map((u) => u.mul(a).add(b)) })),
          };
          const profile = randomBehavior(game, s);
          const before = playerRegrets(game, profile);
          playerRegrets(scaled, profile).forEach((r, p) =>
            expect(r.regret.equals(before[p]?.regret.mul(a) ?? ZERO)).toBe(true),
          );
          const ib = infosetRegrets(game, profile);
          infosetRegrets(scaled, profile).forEach((r, i) =>
            expect(r.regret.equals(ib[i]?.regret.mul(a) ?? ZERO)).toBe(true),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('strategic checker properties', () => {
  const arbGame = fc
    .tuple(arbSeed, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }))
    .map(([seed, counts]) => randomStrategic(seed, counts));
  const randomMixed = (game: StrategicGame, seed: number) => {
    const rnd = prng(seed);
    return game.strategies.map((s) => randomDistribution(rnd, s.length));
  };

  it('pure Nash by the checker equals the definition (no unilateral pure improvement)', () => {
    fc.assert(
      fc.property(arbGame, (game) => {
        const counts = strategyCounts(game);
        for (let i = 0; i < game.payoffs.length; i++) {
          const t = profileAt(counts, i);
          let nash = true;
          counts.forEach((c, p) => {
            for (let s = 0; s < c; s++) {
              const d = [...t];
              d[p] = s;
              const payoff = (profile: readonly number[]) =>
                game.payoffs[profileIndex(counts, profile)]?.[p] as Rational;
              if (payoff(d).compare(payoff(t)) > 0) nash = false;
            }
          });
          expect(isNashPure(game, t)).toBe(nash);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('regrets are nonnegative; a best-responding player has zero regret; witnesses gain exactly', () => {
    fc.assert(
      fc.property(arbGame, arbSeed, (game, s) => {
        const mixed = randomMixed(game, s);
        const regrets = strategyRegrets(game, mixed);
        regrets.forEach((r, p) => {
          expect(r.regret.s >= 0n || r.regret.n === 0n).toBe(true);
          const deviated = mixed.map((v) => [...v]);
          deviated[p] = mixed[p]?.map((_, j) => (j === r.bestStrategy ? ONE : ZERO)) ?? [];
          expect(strategyRegrets(game, deviated)[p]?.regret.n).toBe(0n);
          expect(strategyRegrets(game, deviated)[p]?.payoff.equals(r.payoff.add(r.regret))).toBe(true);
        });
        const v = checkNash(game, mixed);
        if (!v.ok) expect(v.witness.gain.equals(regrets[v.witness.player]?.regret ?? ZERO)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the completely mixed equilibrium of a 2×2 game (indifference formula) is confirmed', () => {
    fc.assert(
      fc.property(arbSeed, (seed) => {
        const game = randomStrategic(seed, [2, 2]);
        const u = (i: number, j: number, p: number) => game.payoffs[i + 2 * j]?.[p] as Rational;
        // Column mixes q on 0 so that row is indifferent: q·u(0,0)+(1−q)·u(0,1) = q·u(1,0)+(1−q)·u(1,1).
        const dq = u(0, 0, 0)
          .sub(u(0, 1, 0))
          .sub(u(1, 0, 0))
          .add(u(1, 1, 0));
        const dp = u(0, 0, 1)
          .sub(u(1, 0, 1))
          .sub(u(0, 1, 1))
          .add(u(1, 1, 1));
        if (dq.n === 0n || dp.n === 0n) return;
        const q = u(1, 1, 0)
          .sub(u(0, 1, 0))
          .div(dq);
        const p = u(1, 1, 1)
          .sub(u(1, 0, 1))
          .div(dp);
        if (q.compare(0) <= 0 || q.compare(1) >= 0 || p.compare(0) <= 0 || p.compare(1) >= 0) return;
        expect(
          isNash(game, [
            [p, ONE.sub(p)],
            [q, ONE.sub(q)],
          ]),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('regrets scale by a under a·u + b', () => {
    fc.assert(
      fc.property(
        arbGame,
        arbSeed,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        (game, s, a, b) => {
          const scaled: StrategicGame = {
            ...game,
            payoffs: game.payoffs.map((row) => row.map((u) => u.mul(a).add(b))),
          };
          const mixed = randomMixed(game, s);
          const before = strategyRegrets(game, mixed);
          strategyRegrets(scaled, mixed).forEach((r, p) =>
            expect(r.regret.equals(before[p]?.regret.mul(a) ?? ZERO)).toBe(true),
          );
          expect(
            checkNashPure(
              scaled,
              game.players.map(() => 0),
            ).ok,
          ).toBe(
            checkNashPure(
              game,
              game.players.map(() => 0),
            ).ok,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
