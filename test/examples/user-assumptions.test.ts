// Property-testing your own model assumptions with subgame/testing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildParametricTree,
  decision,
  equilibriumRegion,
  instantiate,
  isSubgamePerfect,
  rat,
  solve,
  terminal,
} from 'subgame';
import { analyzeCompliance } from 'subgame/governance';
import { arbInsideC1, insideRegion, outsideRegion } from 'subgame/testing';

// 1. An assumption about MODEL.md's compliance game: "under C1's conditions, collective inaction is an SPE".
describe('my reading of the compliance game', () => {
  it('inaction is subgame perfect wherever C1’s conditions hold', () => {
    fc.assert(
      fc.property(arbInsideC1(), (params) => {
        const { spe } = analyzeCompliance(params, { thresholds: false });
        expect(spe.map((e) => e.play.join(' '))).toContain('C Nom Form');
      }),
      { numRuns: 20 },
    );
  });
});

// 2. An assumption about a model of your own: an entry game with symbolic payoffs.
const entry = buildParametricTree({
  players: ['Entrant', 'Incumbent'],
  root: decision('Entrant', [
    ['Out', terminal([0, 'm'])],
    [
      'In',
      decision('Incumbent', [
        ['Fight', terminal(['-f', '-f'])],
        ['Accommodate', terminal(['s', 'a'])],
      ]),
    ],
  ]),
});
// The engine derives where (In, Accommodate) is subgame perfect: a + f ≥ 0 and s ≥ 0.
const region = equilibriumRegion(entry, [1, 1], { concept: 'spe' });
const bounds = { a: [-5, 5], f: [-5, 5], m: [0, 5], s: [-5, 5] } as const;

describe('my entry-deterrence model', () => {
  it('solving the concrete game finds (In, Accommodate) at every point inside the derived region', () => {
    fc.assert(
      fc.property(insideRegion(region, { bounds }), (values) => {
        const game = instantiate(entry, values);
        const { equilibria } = solve(game, { method: 'spe' });
        expect(equilibria.some((p) => p[0]?.[1]?.equals(1) && p[1]?.[1]?.equals(1))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('and the checker rejects it at every point outside', () => {
    const inAccommodate = [
      [rat(0), rat(1)],
      [rat(0), rat(1)],
    ];
    fc.assert(
      fc.property(outsideRegion(region, { bounds }), (values) => {
        expect(isSubgamePerfect(instantiate(entry, values), inAccommodate)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
