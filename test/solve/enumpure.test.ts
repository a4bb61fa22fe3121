import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtensiveGame, Game } from '../../src/game/index.js';
import { bimatrixGame, reducedStrategicForm, strategicGame } from '../../src/game/index.js';
import { parseEfg, parseNfg } from '../../src/formats/index.js';
import { type Rational, formatRational } from '../../src/numeric/index.js';
import { enumPureAgent, enumPureReduced, enumPureStrategic, enumpure } from '../../src/solve/enumpure/index.js';
import { arbStrategicGame } from '../../src/testing/index.js';
import { isAgentNash, isNash, isNashPure, pureBehaviorToProfile } from '../../src/verify/index.js';
import { describeCorpus, expectedCases, readCorpus } from '../helpers/corpus.js';
import { allPureBehaviors, arbSmallPiGame, pureOf } from './spe-helpers.js';

const load = (file: string): Game => (file.endsWith('.efg') ? parseEfg(readCorpus(file)) : parseNfg(readCorpus(file)));
const text = (v: readonly (readonly Rational[])[]): string[][] => v.map((x) => x.map(formatRational));

describeCorpus('enumpure on Gambit’s test games (tests/test_nash.py ENUMPURE cases, expected.json)', () => {
  const cases = expectedCases().filter((c) => c.method === 'enumpure' && c.file !== null);
  for (const c of cases) {
    it(`${c.id}: ${c.file} (${c.agent ? 'agent form' : 'strategic'})`, () => {
      // Arrange
      const game = load(c.file as string);
      // Act
      const r = game.kind === 'strategic' ? enumpure(game) : c.agent ? enumPureAgent(game) : enumPureReduced(game);
      // Assert: the same set of profiles (Gambit lists them in its own order)
      let got: string[];
      if (c.agent) {
        const g = game as ExtensiveGame;
        got = r.equilibria.map((e) =>
          JSON.stringify(g.playerInfosets.map((list) => list.map((id) => (e[id] ?? []).map((x) => formatRational(x))))),
        );
        for (const e of r.equilibria) expect(isAgentNash(g, e)).toBe(true);
      } else {
        got = r.equilibria.map((e) => JSON.stringify(text(e)));
        if (game.kind === 'strategic') for (const e of r.equilibria) expect(isNash(game, e)).toBe(true);
        else {
          const reduced = reducedStrategicForm(game).strategic;
          for (const e of r.equilibria) expect(isNash(reduced, e)).toBe(true);
        }
      }
      expect(got.sort()).toEqual(c.expected.map((e) => JSON.stringify(e)).sort());
      expect(r.complete).toBe(true);
    });
  }
});

describe('enumPureStrategic', () => {
  it('finds the two pure equilibria of a coordination game', () => {
    const game = bimatrixGame(
      [
        [2, 0],
        [0, 1],
      ],
      [
        [1, 0],
        [0, 2],
      ],
    );
    const r = enumPureStrategic(game);
    expect(r.equilibria.map((e) => text(e))).toEqual([
      [
        ['1', '0'],
        ['1', '0'],
      ],
      [
        ['0', '1'],
        ['0', '1'],
      ],
    ]);
  });

  it('returns exactly the pure profiles the checker calls Nash (3 players)', () => {
    fc.assert(
      fc.property(arbStrategicGame({ players: 3, maxStrategies: 3 }), (game) => {
        const r = enumPureStrategic(game);
        const mine = r.equilibria.map((e) => e.map((v) => v.findIndex((x) => x.n === 1n)).join(',')).sort();
        const counts = game.strategies.map((s) => s.length);
        const all: string[] = [];
        const cur = counts.map(() => 0);
        for (;;) {
          if (isNashPure(game, cur)) all.push(cur.join(','));
          let p = 0;
          while (p < cur.length && (cur[p] = (cur[p] as number) + 1) === counts[p]) cur[p++] = 0;
          if (p === cur.length) break;
        }
        expect(mine).toEqual(all.sort());
      }),
      { numRuns: 40 },
    );
  });

  it('honours maxEquilibria and maxNodes', () => {
    const game = strategicGame({ players: ['1', '2'], strategies: [3, 3], payoffs: () => [0, 0] });
    const a = enumPureStrategic(game, { maxEquilibria: 4 });
    expect(a.equilibria).toHaveLength(4);
    expect(a.stopped).toBe('equilibria');
    const b = enumPureStrategic(game, { maxNodes: 5 });
    expect(b.equilibria).toHaveLength(5);
    expect(b.stopped).toBe('nodes');
    expect(b.complete).toBe(false);
  });
});

describe('enumpure on trees', () => {
  it('agent form: exactly the pure behaviour profiles the checker calls agent-Nash', () => {
    fc.assert(
      fc.property(arbSmallPiGame({ players: 2, maxDepth: 3, maxBranching: 2, range: 1 }, 500), (game) => {
        const mine = enumPureAgent(game)
          .equilibria.map((e) => pureOf(e).join(','))
          .sort();
        const all = [...allPureBehaviors(game)]
          .filter((p) => isAgentNash(game, pureBehaviorToProfile(game, p)))
          .map((p) => p.join(','))
          .sort();
        expect(mine).toEqual(all);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same answer from the table and lazily from the tree', () => {
    fc.assert(
      fc.property(
        arbSmallPiGame({ players: 3, maxDepth: 3, maxBranching: 2, range: 1, nonCommonPriors: true }, 500),
        (game) => {
          const table = enumPureReduced(game);
          const lazy = enumPureReduced(game, { maxProfiles: 1 });
          expect(lazy.options['lazy']).toBe(reducedStrategicForm(game).strategic.payoffs.length > 1);
          expect(lazy.equilibria.map((e) => JSON.stringify(text(e)))).toEqual(
            table.equilibria.map((e) => JSON.stringify(text(e))),
          );
          const agentTable = enumPureAgent(game);
          const agentLazy = enumPureAgent(game, { maxProfiles: 1 });
          expect(agentLazy.equilibria.map(pureOf)).toEqual(agentTable.equilibria.map(pureOf));
        },
      ),
      { numRuns: 20 },
    );
  });
});
