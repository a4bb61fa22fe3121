/**
 * Builder helpers for games of incomplete information (Harsanyi 1967–68: types drawn by chance), written on
 * top of {@link buildTree}'s `decision` / `chance` / `terminal`:
 *
 * - {@link typesByChance}: a chance move that draws a player's type, optionally with non-common priors;
 * - {@link decideAt} and {@link infosetKey}: a decision whose information set is keyed by the mover's own type
 *   and the public history, so nodes that differ only in what the mover cannot see share an information set;
 * - {@link simultaneous}: a stage in which several players move without observing each other;
 * - {@link signallingGame}: sender type → message → a receiver who sees only the message;
 * - {@link offerScreeningGame}: an uninformed proposer's offer → an informed responder accepts or rejects by
 *   type → the next round (one-sided offers with a private type, as in Fudenberg & Tirole 1991, *Game
 *   Theory*, §10.2).
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import { type RationalLike, formatRational, rat } from '../numeric/rational.js';
import {
  type ChanceSpec,
  type DecisionSpec,
  type InnerNodeOptions,
  type NodeSpec,
  type SpecValue,
  buildTree,
  chance,
  decision,
  terminal,
} from './builder.js';
import { InvalidArgumentError } from './errors.js';
import type { ExtensiveGame } from './types.js';

/** A public history: the moves every player has observed so far, in order. */
export type PublicHistory = readonly string[];

/** Non-common priors of a chance move: per player (name or index), that player's probabilities. */
export type PriorBeliefs = Readonly<Record<string, readonly SpecValue<Rational>[]>>;

/**
 * The information-set key (and label) of a decision taken by a player who knows `type` (its own private
 * type, if any) and has observed `history`. Two decision nodes of the same player with the same key form one
 * information set (the builder prefixes the player). The key reads `type | a, b, c` (`root` for the empty
 * history); labels should not contain `", "` or `" | "`, or two different histories could share a key.
 * @param history - the public moves observed so far
 * @param type - the mover's own type; omit for an uninformed mover
 * @returns the key
 * @remarks Since 0.1.0
 */
export function infosetKey(history: PublicHistory, type?: string): string {
  const h = history.length === 0 ? 'root' : history.join(', ');
  return type === undefined ? h : `${type} | ${h}`;
}

/** What a mover knows at a decision: its own type (if informed) and the public history. */
export type Knowledge = {
  readonly history: PublicHistory;
  readonly type?: string;
};

/**
 * A decision node whose information set is determined by what the mover knows ({@link infosetKey}).
 * @param player - the mover (name or 0-based index)
 * @param knows - the mover's own type (if any) and the public history
 * @param moves - `[action, child]` pairs, in order
 * @param options - other node options (label, payoffs); `infoset` is set from `knows`
 * @returns the decision spec
 * @remarks Since 0.1.0
 */
export function decideAt(
  player: string | number,
  knows: Knowledge,
  moves: readonly (readonly [string, NodeSpec<Rational>])[],
  options: Omit<InnerNodeOptions<Rational>, 'infoset'> = {},
): DecisionSpec<Rational> {
  return decision(player, moves, { ...options, infoset: infosetKey(knows.history, knows.type) });
}

/** Input of {@link typesByChance}. */
export type TypesByChanceSpec = {
  /** the player whose type is drawn (used in the chance node's label) */
  readonly player: string;
  /**
   * `[type, probability]` or `[type, probability, subtree]`; the subtree may instead come from `subtree`.
   * Probabilities are exact (`"3/5"`, `0.6`, a `Rational`).
   */
  readonly types: readonly (
    | readonly [string, SpecValue<Rational>]
    | readonly [string, SpecValue<Rational>, NodeSpec<Rational>]
  )[];
  /** builds the subtree after each type (used where a type has no third element) */
  readonly subtree?: (type: string, index: number) => NodeSpec<Rational>;
  /** non-common priors over the types: per player, its own probability vector (in `types` order) */
  readonly beliefs?: PriorBeliefs;
  /** label of the chance node; default `type of <player>` */
  readonly label?: string;
};

/**
 * A chance move that draws a player's type (Harsanyi's transformation). With `beliefs`, each listed player
 * evaluates payoffs with its own prior over the types (non-common priors); the others use `types`' common
 * probabilities.
 * @throws InvalidArgumentError if a type has neither a subtree nor a `subtree` builder, or no types are given
 * @remarks Since 0.1.0
 */
export function typesByChance(spec: TypesByChanceSpec): ChanceSpec<Rational> {
  if (spec.types.length === 0) throw new InvalidArgumentError(`typesByChance(): no types given for ${spec.player}`);
  const moves = spec.types.map((t, i): readonly [string, SpecValue<Rational>, NodeSpec<Rational>] => {
    const sub = t[2] ?? spec.subtree?.(t[0], i);
    if (sub === undefined) {
      throw new InvalidArgumentError(
        `typesByChance(): type "${t[0]}" of ${spec.player} has no subtree and no subtree()`,
      );
    }
    return [t[0], t[1], sub];
  });
  const label = spec.label ?? `type of ${spec.player}`;
  return chance(moves, { label, ...(spec.beliefs !== undefined ? { beliefs: spec.beliefs } : {}) });
}

/** One mover of a simultaneous stage. */
export type SimultaneousMover = {
  readonly player: string | number;
  readonly actions: readonly string[];
  /** the mover's own type, if it is informed */
  readonly type?: string;
};

/**
 * A stage in which the `movers` choose without observing each other's choices in the stage (written
 * sequentially, later movers in one information set per (type, public history)).
 * @param movers - the players of the stage, each with its actions (and type, if informed)
 * @param history - the public history before the stage (all movers have observed it)
 * @param then - the subtree after the stage's choices (one action label per mover, in `movers` order)
 * @returns the stage's subtree
 * @throws InvalidArgumentError if no movers are given or a mover has no actions
 * @remarks Since 0.1.0
 */
export function simultaneous(
  movers: readonly SimultaneousMover[],
  history: PublicHistory,
  then: (choices: readonly string[]) => NodeSpec<Rational>,
): NodeSpec<Rational> {
  if (movers.length === 0) throw new InvalidArgumentError('simultaneous(): no movers given');
  movers.forEach((m, i) => {
    if (m.actions.length === 0)
      throw new InvalidArgumentError(`simultaneous(): mover ${i} (${String(m.player)}) has no actions`);
  });
  const build = (i: number, chosen: readonly string[]): NodeSpec<Rational> => {
    const m = movers[i];
    if (m === undefined) return then(chosen);
    const knows = m.type === undefined ? { history } : { history, type: m.type };
    return decideAt(
      m.player,
      knows,
      m.actions.map((a) => [a, build(i + 1, [...chosen, a])] as const),
    );
  };
  return build(0, []);
}

/** Input of {@link signallingGame}. */
export type SignallingSpec = {
  readonly title?: string;
  /** `[sender, receiver]` */
  readonly players: readonly [string, string];
  /** the sender's types and their (common) prior */
  readonly types: readonly (readonly [string, SpecValue<Rational>])[];
  /** non-common priors over the sender's types */
  readonly beliefs?: PriorBeliefs;
  /** the sender's messages */
  readonly messages: readonly string[];
  /** the receiver's responses (the same after every message, or per message) */
  readonly responses: readonly string[] | ((message: string) => readonly string[]);
  /** `[sender's payoff, receiver's payoff]` */
  readonly payoffs: (type: string, message: string, response: string) => readonly [RationalLike, RationalLike];
};

/**
 * A signalling game (Spence 1973; Cho & Kreps 1987): chance draws the sender's type; the sender, knowing
 * it, sends a message; the receiver sees the message only and responds. The receiver has one information set
 * per message, whose members are the types.
 * @returns the game
 * @remarks Since 0.1.0
 */
export function signallingGame(spec: SignallingSpec): ExtensiveGame<Rational> {
  const [sender, receiver] = spec.players;
  const responses = (m: string) => (typeof spec.responses === 'function' ? spec.responses(m) : spec.responses);
  const root = typesByChance({
    player: sender,
    types: spec.types,
    ...(spec.beliefs !== undefined ? { beliefs: spec.beliefs } : {}),
    subtree: (type) =>
      decideAt(
        sender,
        { history: [], type },
        spec.messages.map((m) => [
          m,
          decideAt(
            receiver,
            { history: [m] },
            responses(m).map((r) => [r, terminal(spec.payoffs(type, m, r))] as const),
          ),
        ]),
      ),
  });
  return buildTree({ title: spec.title ?? 'signalling game', players: [sender, receiver], root });
}

/** Input of {@link offerScreeningGame}. */
export type OfferScreeningSpec = {
  readonly title?: string;
  /** `[proposer (uninformed), responder (informed)]` */
  readonly players: readonly [string, string];
  /** the responder's types and their (common) prior */
  readonly types: readonly (readonly [string, SpecValue<Rational>])[];
  /** non-common priors over the responder's types */
  readonly beliefs?: PriorBeliefs;
  /** number of rounds (each: an offer, then accept or reject) */
  readonly rounds: number;
  /** the offers available in a round (1-based), given the public history so far */
  readonly offers: (round: number, history: PublicHistory) => readonly RationalLike[];
  /** payoffs `[proposer, responder]` when `type` accepts `offer` in `round` */
  readonly accept: (type: string, round: number, offer: Rational) => readonly [RationalLike, RationalLike];
  /** payoffs when every offer has been rejected */
  readonly disagree: (type: string) => readonly [RationalLike, RationalLike];
  /** action labels; default `accept` and `reject` */
  readonly acceptLabel?: string;
  readonly rejectLabel?: string;
};

/**
 * A screening game with one-sided offers: chance draws the responder's type; in each round the uninformed
 * proposer makes an offer (it sees only the public history: past offers and rejections), and the responder,
 * who knows its type, accepts (the game ends) or rejects (the next round starts, or the game ends in
 * disagreement after the last round). Offer actions are labelled by the exact offer (`3/2`).
 * @returns the game
 * @throws InvalidArgumentError if `rounds` is not a positive integer or a round has no offers
 * @remarks Since 0.1.0
 */
export function offerScreeningGame(spec: OfferScreeningSpec): ExtensiveGame<Rational> {
  if (!Number.isInteger(spec.rounds) || spec.rounds < 1) {
    throw new InvalidArgumentError(`offerScreeningGame(): rounds must be a positive integer; got ${spec.rounds}`);
  }
  const [proposer, responder] = spec.players;
  const yes = spec.acceptLabel ?? 'accept';
  const no = spec.rejectLabel ?? 'reject';
  const round = (type: string, t: number, history: PublicHistory): NodeSpec<Rational> => {
    const offers = spec.offers(t, history).map((o) => rat(o));
    if (offers.length === 0) throw new InvalidArgumentError(`offerScreeningGame(): no offers in round ${t}`);
    return decideAt(
      proposer,
      { history },
      offers.map((o) => {
        const label = formatRational(o);
        const seen = [...history, label];
        const next = t < spec.rounds ? round(type, t + 1, [...seen, no]) : terminal(spec.disagree(type));
        return [
          label,
          decideAt(responder, { history: seen, type }, [
            [yes, terminal(spec.accept(type, t, o))],
            [no, next],
          ]),
        ] as const;
      }),
    );
  };
  const root = typesByChance({
    player: responder,
    types: spec.types,
    ...(spec.beliefs !== undefined ? { beliefs: spec.beliefs } : {}),
    subtree: (type) => round(type, 1, []),
  });
  return buildTree({ title: spec.title ?? 'screening game', players: [proposer, responder], root });
}
