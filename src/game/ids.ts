/**
 * Branded indices, so that a node index cannot be passed where an information-set index is expected
 * (zod's `$brand` idea). All are 0-based positions in the arrays of a game.
 * @remarks Since 0.1.0
 */

/** A player's 0-based position in `game.players` (Gambit's player 1 is `PlayerId` 0). */
export type PlayerId = number & { readonly __brand: 'PlayerId' };
/** A node's position in `game.nodes` (preorder; the root is 0). */
export type NodeId = number & { readonly __brand: 'NodeId' };
/** A personal information set's position in `game.infosets` (Gambit's output order). */
export type InfosetId = number & { readonly __brand: 'InfosetId' };
/** A chance information set's position in `game.chanceInfosets`. */
export type ChanceInfosetId = number & { readonly __brand: 'ChanceInfosetId' };
/** An outcome's position in `game.outcomes`. */
export type OutcomeId = number & { readonly __brand: 'OutcomeId' };

/** Brands a number as a {@link PlayerId}. @remarks Since 0.1.0 */
export const playerId = (i: number): PlayerId => i as PlayerId;
/** Brands a number as a {@link NodeId}. @remarks Since 0.1.0 */
export const nodeId = (i: number): NodeId => i as NodeId;
/** Brands a number as an {@link InfosetId}. @remarks Since 0.1.0 */
export const infosetId = (i: number): InfosetId => i as InfosetId;
/** Brands a number as a {@link ChanceInfosetId}. @remarks Since 0.1.0 */
export const chanceInfosetId = (i: number): ChanceInfosetId => i as ChanceInfosetId;
/** Brands a number as an {@link OutcomeId}. @remarks Since 0.1.0 */
export const outcomeId = (i: number): OutcomeId => i as OutcomeId;
