/**
 * The raw shapes of subgame's JSON game form (documented in `docs/json-format.md`): what `JSON.parse` of a
 * valid document gives, before values are converted. Values are exact number text (`"1/10"`, `"0.1"`) or
 * JSON integers, so a parametric reader can use the same schema with expression text (`"b_K*V - c_K"`).
 * @remarks Since 0.1.0
 */

/** The `format` field of every document. */
export const JSON_FORMAT = 'subgame-game';
/** The schema version this module reads and writes. */
export const JSON_VERSION = 1;

/** A value: exact number text (`"1/3"`, `"0.25"`, `"-2"`), or an integer; later also expression text. */
export type JsonValue = string | number;

/** A player reference: a player's name (when unique), or its 1-based number as in `.efg` files. */
export type JsonPlayerRef = string | number;

/** An outcome of the top-level list (referenced by nodes as `"outcome": k`, 1-based). */
export type JsonOutcome = {
  readonly label?: string;
  readonly payoffs: readonly JsonValue[];
};

/** Fields every node may carry. */
export type JsonNodeBase = {
  /** node label (default `""`); labels are names, not keys, and may repeat */
  readonly label?: string;
  /** the payoffs collected when play reaches this node (one per player), or `null` for none */
  readonly payoffs?: readonly JsonValue[] | null;
  /** label of the inline outcome given by `payoffs` */
  readonly outcomeLabel?: string;
  /** instead of `payoffs`: a 1-based index into the document's `outcomes` (shared outcomes) */
  readonly outcome?: number;
};

/** A terminal node. */
export type JsonTerminalNode = JsonNodeBase & { readonly type: 'terminal' };

/** A move of a decision node. */
export type JsonDecisionMove = { readonly action: string; readonly node: JsonNode };

/** A move of a chance node. */
export type JsonChanceMove = JsonDecisionMove & { readonly probability: JsonValue };

/** Fields shared by decision and chance nodes. */
export type JsonInnerBase = JsonNodeBase & {
  /** information-set key: nodes with the same key (and player) form one information set */
  readonly infoset?: string;
  /** information-set label (default: the key, or `""` without one) */
  readonly infosetLabel?: string;
};

/** A decision (personal) node. */
export type JsonDecisionNode = JsonInnerBase & {
  readonly type: 'decision';
  readonly player: JsonPlayerRef;
  readonly moves: readonly JsonDecisionMove[];
};

/** A chance node; `beliefs` gives non-common priors (per player, that player's probabilities). */
export type JsonChanceNode = JsonInnerBase & {
  readonly type: 'chance';
  readonly moves: readonly JsonChanceMove[];
  readonly beliefs?: readonly (readonly JsonValue[] | null)[] | { readonly [player: string]: readonly JsonValue[] };
};

/** A node of the nested tree. */
export type JsonNode = JsonTerminalNode | JsonDecisionNode | JsonChanceNode;

/** Fields every document carries. */
export type JsonGameBase = {
  readonly format: typeof JSON_FORMAT;
  readonly version: typeof JSON_VERSION;
  readonly title?: string;
  readonly comment?: string;
  readonly players: readonly string[];
};

/** An extensive-form game (a tree). */
export type JsonExtensiveGame = JsonGameBase & {
  readonly type: 'extensive';
  /** shared outcomes, referenced by nodes' `outcome` */
  readonly outcomes?: readonly JsonOutcome[];
  readonly root: JsonNode;
};

/** Nested payoffs: `payoffs[s1][s2]…[sn]` is the payoff vector of that pure profile. */
export type JsonNestedPayoffs = readonly (JsonNestedPayoffs | JsonValue)[];

/** A strategic-form game. Give `payoffs`, or `outcomes` with `cells`. */
export type JsonStrategicGame = JsonGameBase & {
  readonly type: 'strategic';
  /** strategy labels per player, or a count (labels "1", "2", …) */
  readonly strategies: readonly (readonly string[] | number)[];
  /**
   * Either one payoff vector per pure profile in Gambit's order (player 1's strategy varying fastest), or a
   * nested array indexed by each player's strategy, player 1 outermost.
   */
  readonly payoffs?: readonly (readonly JsonValue[])[] | JsonNestedPayoffs;
  /** the outcome version: labelled outcomes… */
  readonly outcomes?: readonly JsonOutcome[];
  /** …and per profile (Gambit's order) the 1-based outcome number, `0` for the null outcome */
  readonly cells?: readonly number[];
};

/** Any document. */
export type JsonGame = JsonExtensiveGame | JsonStrategicGame;

/** A path into a document: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/**
 * `root.moves[0].node.payoffs[1]` for `['root', 'moves', 0, 'node', 'payoffs', 1]`.
 * @remarks Since 0.1.0
 */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(p) ? (out === '' ? p : `.${p}`) : `[${JSON.stringify(p)}]`;
  }
  return out === '' ? '(document)' : out;
}

/**
 * A position in a document as a linked list of keys, so that walking a deep tree costs O(1) per step;
 * {@link JsonLocation.path} materialises the path for messages.
 * @remarks Since 0.1.0
 */
export class JsonLocation {
  /** The document itself. */
  static readonly ROOT: JsonLocation = new JsonLocation(null, '');
  readonly parent: JsonLocation | null;
  readonly key: string | number;

  private constructor(parent: JsonLocation | null, key: string | number) {
    this.parent = parent;
    this.key = key;
  }

  /** The location of a descendant: `loc.at('moves', 0, 'node')`. */
  at(...keys: readonly (string | number)[]): JsonLocation {
    return keys.reduce<JsonLocation>((loc, k) => new JsonLocation(loc, k), this);
  }

  /** The keys from the document down to here. */
  path(): JsonPath {
    const out: (string | number)[] = [];
    if (this.parent === null) return out;
    out.push(this.key);
    for (let l: JsonLocation = this.parent; l.parent !== null; l = l.parent) out.push(l.key);
    return out.reverse();
  }
}

/** A path given either way. */
export type PathLike = JsonPath | JsonLocation;

/**
 * A path as an array.
 * @remarks Since 0.1.0
 */
export function toPath(p: PathLike): JsonPath {
  return p instanceof JsonLocation ? p.path() : p;
}

/**
 * The path of a child of `p`.
 * @remarks Since 0.1.0
 */
export function childOf(p: PathLike, ...keys: readonly (string | number)[]): PathLike {
  return p instanceof JsonLocation ? p.at(...keys) : [...p, ...keys];
}
