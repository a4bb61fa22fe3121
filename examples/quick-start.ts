// Quick start: build a small game in code, write it as .efg, read it back, and solve it.
import { buildTree, decision, formatRational, isSubgamePerfect, parseEfg, solve, terminal, writeEfg } from 'subgame';

// An entry game: the entrant stays out or enters; the incumbent fights or accommodates.
const game = buildTree({
  title: 'Entry game',
  players: ['Entrant', 'Incumbent'],
  root: decision('Entrant', [
    ['Out', terminal([0, 2])],
    ['In', decision('Incumbent', [
      ['Fight', terminal([-1, -1])],
      ['Accommodate', terminal(['1/2', 1])],
    ])],
  ]),
});

const efg = writeEfg(game); // Gambit's .efg text
const again = parseEfg(efg); // and back
const spe = solve(again, { method: 'spe' }); // all pure subgame-perfect equilibria, exact
console.log(efg);
for (const profile of spe.equilibria) {
  // one SPE: Entrant In, Incumbent Accommodate — printed as [["0","1"],["0","1"]]
  console.log(JSON.stringify(profile.map((probs) => probs.map(formatRational))), isSubgamePerfect(again, profile));
}
