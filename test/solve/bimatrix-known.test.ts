import { describe, expect, it } from 'vitest';
import { UnsupportedGameError } from '../../src/game/errors.js';
import { bimatrixGame, strategicGame } from '../../src/game/strategic.js';
import { buildTree, decision, terminal } from '../../src/game/builder.js';
import { lcpStrategic, lemkeHowson, supportEnumeration, vertexEnumeration } from '../../src/solve/bimatrix/index.js';
import { allNash, asSet, text } from './bimatrix-helpers.js';

// von Stengel (2007), "Equilibrium computation for two-player games in strategic and extensive form"
// (Nisan et al., Algorithmic Game Theory, ch. 3), the 3×2 example of §3.2–3.5: three equilibria.
const vonStengel3x2 = bimatrixGame(
  [
    [3, 3],
    [2, 5],
    [0, 6],
  ],
  [
    [3, 2],
    [2, 6],
    [3, 1],
  ],
);
const vonStengel3x2Equilibria = [
  [
    ['1', '0', '0'],
    ['1', '0'],
  ],
  [
    ['4/5', '1/5', '0'],
    ['2/3', '1/3'],
  ],
  [
    ['0', '1/3', '2/3'],
    ['1/3', '2/3'],
  ],
];

// The degenerate variant of the same section (B's first row (3, 3)): player 2 is indifferent against the
// first pure strategy, giving a continuum of equilibria with x = (1, 0, 0).
const vonStengelDegenerate = bimatrixGame(
  [
    [3, 3],
    [2, 5],
    [0, 6],
  ],
  [
    [3, 3],
    [2, 6],
    [3, 1],
  ],
);

describe('bimatrix solvers on known games', () => {
  it('support and vertex enumeration find the three equilibria of von Stengel’s 3×2 game', () => {
    for (const solve of [supportEnumeration, vertexEnumeration]) {
      // Act
      const result = solve(vonStengel3x2);
      // Assert
      expect(result.exact).toBe(true);
      expect(result.complete).toBe(true);
      expect(result.warnings).toEqual([]);
      expect(allNash(vonStengel3x2, result.equilibria)).toBe(true);
      expect(asSet(result.equilibria)).toEqual(vonStengel3x2Equilibria.map((e) => JSON.stringify(e)).sort());
    }
  });

  it('Lemke–Howson from every label ends at equilibria of the 3×2 game', () => {
    const result = lemkeHowson(vonStengel3x2);
    expect(result.method).toBe('lemkehowson');
    expect(allNash(vonStengel3x2, result.equilibria)).toBe(true);
    const all = new Set(vonStengel3x2Equilibria.map((e) => JSON.stringify(e)));
    for (const e of result.equilibria) expect(all.has(JSON.stringify(text(e)))).toBe(true);
    expect(result.stats?.['pivots']).toBeGreaterThan(0);
  });

  it('vertex enumeration lists the extreme points of a continuum and support enumeration warns', () => {
    // Act
    const ve = vertexEnumeration(vonStengelDegenerate);
    const se = supportEnumeration(vonStengelDegenerate);
    // Assert
    expect(allNash(vonStengelDegenerate, ve.equilibria)).toBe(true);
    expect(allNash(vonStengelDegenerate, se.equilibria)).toBe(true);
    expect(ve.warnings.length).toBeGreaterThan(0);
    expect(se.warnings.length).toBeGreaterThan(0);
    expect(se.complete).toBe(false);
    // the component x = (1,0,0): y from (1, 0) to (2/3, 1/3) — both ends are extreme equilibria
    const ends = asSet(ve.equilibria);
    expect(ends).toContain(
      JSON.stringify([
        ['1', '0', '0'],
        ['1', '0'],
      ]),
    );
    expect(ends).toContain(
      JSON.stringify([
        ['1', '0', '0'],
        ['2/3', '1/3'],
      ]),
    );
  });

  it('finds all 7 equilibria of 3×3 coordination; lcp follows Gambit’s order', () => {
    const I = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const g = bimatrixGame(I, I);
    expect(vertexEnumeration(g).equilibria).toHaveLength(7);
    expect(supportEnumeration(g).equilibria).toHaveLength(7);
    // Gambit's tests/test_nash.py (LCP_STRATEGY cases, coordination 3×3), order included
    expect(
      lcpStrategic(g)
        .equilibria.map(text)
        .map((e) => e[0]),
    ).toEqual([
      ['1', '0', '0'],
      ['1/2', '1/2', '0'],
      ['0', '1', '0'],
      ['0', '1/2', '1/2'],
      ['1/3', '1/3', '1/3'],
      ['1/2', '0', '1/2'],
      ['0', '0', '1'],
    ]);
    expect(lcpStrategic(g, { stopAfter: 1 }).equilibria.map(text)).toEqual([
      [
        ['1', '0', '0'],
        ['1', '0', '0'],
      ],
    ]);
  });

  it('refuses games that are not two-player strategic games, naming the solver', () => {
    const three = strategicGame({ players: ['a', 'b', 'c'], strategies: [2, 2, 2], payoffs: () => [0, 0, 0] });
    const tree = buildTree({
      players: ['a', 'b'],
      root: decision('a', [
        ['L', terminal([1, 0])],
        ['R', terminal([0, 1])],
      ]),
    });
    for (const solve of [supportEnumeration, vertexEnumeration, lemkeHowson, lcpStrategic]) {
      expect(() => solve(three)).toThrow(UnsupportedGameError);
      expect(() => solve(tree)).toThrow(/strategic/);
    }
  });

  it('stops at budgets and signals with what it found so far', () => {
    const I = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const g = bimatrixGame(I, I);
    const one = vertexEnumeration(g, { maxEquilibria: 1 });
    expect(one.stopped).toBe('equilibria');
    expect(one.complete).toBe(false);
    expect(one.equilibria).toHaveLength(1);
    const controller = new AbortController();
    controller.abort();
    const aborted = supportEnumeration(g, { signal: controller.signal });
    expect(aborted.stopped).toBe('signal');
    expect(aborted.complete).toBe(false);
    expect(lemkeHowson(g, { maxPivots: 0 }).stopped).toBe('pivots');
    expect(() => lemkeHowson(g, { labels: [6] })).toThrow(/labels/);
    expect(() => lcpStrategic(g, { stopAfter: -1 })).toThrow(/stopAfter/);
  });
});
