// Quick start: build a small game in code, write it as .efg, read it back, and solve it.
import { buildTree, decision, parseGame, solve, terminal, writeEfg } from 'subgame';

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
const again = parseGame(efg); // and back
const spe = solve(again, { method: 'spe' });
console.log(efg);
console.log(spe.equilibria); // one SPE: In, Accommodate
