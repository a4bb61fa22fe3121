/**
 * The game model: immutable, plain data, n players. Vocabulary follows OpenSpiel's `State`
 * (`currentPlayer`, `legalActions`, `chanceOutcomes`, `isTerminal`, `returns`) and Gambit's file model
 * (outcomes on any node, payoffs accumulating along the path).
 *
 * Values (payoffs and chance probabilities) are generic: `Rational` for concrete games, polynomials for
 * parametric games (`src/param/`). Every solver works on `ExtensiveGame` / `StrategicGame` with the default.
 * @remarks Since 0.1.0
 */
import type { Rational } from '../numeric/rational.js';
import type { ChanceInfosetId, InfosetId, NodeId, OutcomeId, PlayerId } from './ids.js';

/** The kind of a node. */
export type NodeType = 'chance' | 'personal' | 'terminal';

/** One node of a tree. Nodes are stored in preorder; `children[a]` follows action `a` of the node's infoset. */
export type TreeNode = {
  readonly id: NodeId;
  readonly label: string;
  readonly type: NodeType;
  /** the player to move at a personal node; `null` at chance and terminal nodes */
  readonly player: PlayerId | null;
  /** personal node: its `InfosetId`; chance node: its `ChanceInfosetId`; terminal: `null` */
  readonly infoset: InfosetId | ChanceInfosetId | null;
  readonly children: readonly NodeId[];
  readonly parent: NodeId | null;
  /** the action index at the parent that leads here; `-1` at the root */
  readonly parentAction: number;
  /** the outcome attached to this node (any node may carry one); `null` for none */
  readonly outcome: OutcomeId | null;
  /** number of edges from the root */
  readonly depth: number;
};

/** A personal information set: nodes of one player that the player cannot tell apart. */
export type Infoset = {
  readonly id: InfosetId;
  readonly player: PlayerId;
  readonly label: string;
  readonly actions: readonly string[];
  /** member nodes in preorder */
  readonly members: readonly NodeId[];
  /** the information-set number used in the `.efg` file (unique within its player); 1-based */
  readonly fileNumber: number;
};

/** A chance information set: the chance move's actions and their probabilities. */
export type ChanceInfoset<V = Rational> = {
  readonly id: ChanceInfosetId;
  readonly label: string;
  readonly actions: readonly string[];
  /** the (common, or modeller's) probabilities; they sum to 1 */
  readonly probs: readonly V[];
  /**
   * Non-common priors: one probability vector per player, by which that player evaluates its payoffs.
   * Absent when all players share `probs`.
   */
  readonly beliefs?: readonly (readonly V[])[];
  readonly members: readonly NodeId[];
  /** the chance information-set number used in the `.efg` file; 1-based */
  readonly fileNumber: number;
};

/** An outcome: a labelled payoff vector, one entry per player. */
export type Outcome<V = Rational> = {
  readonly id: OutcomeId;
  readonly label: string;
  readonly payoffs: readonly V[];
};

/**
 * An extensive-form game (a finite tree).
 * `infosets` are ordered player by player (player 1 first) and, within a player, by the preorder position of
 * their first member: this is Gambit's output order, so a behaviour profile indexed by `InfosetId` prints
 * in Gambit's order directly.
 */
export type ExtensiveGame<V = Rational> = {
  readonly kind: 'extensive';
  readonly title: string;
  readonly comment: string;
  readonly players: readonly string[];
  readonly nodes: readonly TreeNode[];
  readonly infosets: readonly Infoset[];
  /** `playerInfosets[p]`: the information sets of player `p`, in order */
  readonly playerInfosets: readonly (readonly InfosetId[])[];
  readonly chanceInfosets: readonly ChanceInfoset<V>[];
  readonly outcomes: readonly Outcome<V>[];
};

/**
 * A strategic-form (normal-form) game. Pure profiles are numbered as in Gambit's `.nfg` files, player 1's
 * strategy varying fastest: `index = s1 + n1·(s2 + n2·(s3 + …))`.
 */
export type StrategicGame<V = Rational> = {
  readonly kind: 'strategic';
  readonly title: string;
  readonly comment: string;
  readonly players: readonly string[];
  /** strategy labels per player */
  readonly strategies: readonly (readonly string[])[];
  /** `payoffs[profileIndex][player]` */
  readonly payoffs: readonly (readonly V[])[];
  /**
   * The `.nfg` outcome body, when the game was given that way: labelled outcomes and, per profile, the
   * outcome index (`null`: the null outcome, all payoffs 0). `payoffs` is always filled in as well.
   */
  readonly outcomeTable?: {
    readonly outcomes: readonly Outcome<V>[];
    readonly cells: readonly (OutcomeId | null)[];
  };
};

/** Any game subgame reads or writes. */
export type Game<V = Rational> = ExtensiveGame<V> | StrategicGame<V>;

/** A mixed strategy profile on a strategic game: per player, a probability for each strategy. */
export type MixedProfile = readonly (readonly Rational[])[];

/** A pure strategy profile on a strategic game: per player, a strategy index. */
export type PureProfile = readonly number[];

/** A behaviour profile on a tree: per information set (`InfosetId` order), a probability for each action. */
export type BehaviorProfile = readonly (readonly Rational[])[];

/** A pure behaviour profile on a tree: per information set (`InfosetId` order), an action index. */
export type PureBehavior = readonly number[];

/**
 * An assessment: a behaviour profile and, for every information set, a belief (a probability for each
 * member node, in `members` order).
 */
export type Assessment = {
  readonly profile: BehaviorProfile;
  readonly beliefs: readonly (readonly Rational[])[];
};
