/**
 * The header both Gambit formats share: `EFG 2 R|D "title" { "player" … }` and
 * `NFG 1 R|D "title" { "player" … }` (FORMATS.txt sections 2 and 3; Gambit's messages from
 * `src/games/file.cc`: "Accepting only EFG version 2", "Accepting only EFG R or D data type",
 * "Game title missing").
 * @remarks Since 0.1.0
 */
import type { TokenReader } from './token-reader.js';
import type { Token } from './tokenizer.js';

/** What the header gives. */
export type GambitHeader = {
  readonly title: string;
  readonly players: readonly string[];
  /** the `{` opening the player list (where "no players" is reported) */
  readonly playersAt: Token;
};

/**
 * Reads the file type, version, data type (`R` or `D`, both accepted, meaning ignored), title and players.
 * @throws ParseError at the first token that does not fit
 * @remarks Since 0.1.0
 */
export function readGambitHeader(r: TokenReader, fileType: 'EFG' | 'NFG', version: '1' | '2'): GambitHeader {
  const magic = r.next();
  if (magic.kind !== 'symbol' || magic.text !== fileType) {
    r.fail(
      magic,
      `'${fileType}' (the file type)`,
      `expected the ${fileType} file type indicator; found ${r.show(magic)}`,
    );
  }
  const v = r.next();
  if (v.kind !== 'number' || v.text !== version) {
    r.fail(v, `${fileType} version ${version}`, `accepting only ${fileType} version ${version}; found ${r.show(v)}`);
  }
  const type = r.next();
  if (type.kind !== 'symbol' || (type.text !== 'R' && type.text !== 'D')) {
    r.fail(type, "'R' or 'D'", `accepting only ${fileType} R or D data type; found ${r.show(type)}`);
  }
  const titleToken = r.next();
  if (titleToken.kind !== 'string') {
    r.fail(titleToken, 'the game title', `game title missing; found ${r.show(titleToken)}`);
  }
  const playersAt = r.expectPunct('{', "'{' before the player names");
  const players: string[] = [];
  for (let t = r.next(); t.kind !== '}'; t = r.next()) {
    if (t.kind !== 'string') r.fail(t, "a player name or '}'");
    players.push(t.value);
  }
  if (players.length === 0) r.fail(playersAt, 'a player name', 'a game needs at least one player');
  return { title: titleToken.value, players, playersAt };
}
