import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FormTooLargeError,
  agentForm,
  agentProfileCount,
  agentProfileToBehavior,
  behaviorOfPure,
  behaviorPayoffs,
  behaviorToAgentProfile,
  mixedPayoffs,
  profileAt,
  pureProfilePayoffs,
  strategyCounts,
} from '../../src/game/index.js';
import { arbAnyTree, fmt, playPure, seltenFig2, strippedPoker } from './trees.js';

describe('agentForm', () => {
  it('has one agent per information set, labelled by player and set', () => {
    // Act
    const { strategic, agents } = agentForm(strippedPoker());
    // Assert
    expect(strategic.players).toEqual(['Alice:Alice has King#1', 'Alice:Alice has Queen#2', "Bob:Bob's response#1"]);
    expect(agents.map((a) => a.player)).toEqual([0, 0, 1]);
    expect(strategic.strategies[0]).toEqual(['Bet', 'Fold']);
    // Alice bets with both cards, Bob calls: 0 for both Alice agents, 0 for Bob
    expect(fmt(pureProfilePayoffs(strategic, [0, 0, 0]))).toEqual(['0', '0', '0']);
    // Alice bets with the King only, Bob folds: 1/2·1 + 1/2·(−1) = 0; Bob gets 0
    expect(fmt(pureProfilePayoffs(strategic, [0, 1, 1]))).toEqual(['0', '0', '0']);
    expect(fmt(pureProfilePayoffs(strategic, [0, 1, 0]))).toEqual(['1/2', '1/2', '-1/2']);
  });

  it('maps profiles to behaviour profiles one to one', () => {
    const game = seltenFig2();
    const { strategic } = agentForm(game);
    const beh = behaviorOfPure(game, [1, 0, 1]);
    const mixed = behaviorToAgentProfile(game, beh);
    expect(agentProfileToBehavior(game, mixed)).toEqual(beh);
    // P1 plays L then r, P2 plays L: (0, 3) for P1's two agents and P2
    expect(fmt(mixedPayoffs(strategic, mixed))).toEqual(['0', '0', '3']);
  });

  it('pays each agent its player’s payoff, on random trees (any recall, non-common priors)', () => {
    fc.assert(
      fc.property(arbAnyTree({ players: 2, maxDepth: 3 }), (game) => {
        fc.pre(agentProfileCount(game) <= 200n);
        const { strategic, agents } = agentForm(game);
        const counts = strategyCounts(strategic);
        const total = counts.reduce((a, b) => a * b, 1);
        for (let i = 0; i < total; i++) {
          const pure = profileAt(counts, i);
          const row = strategic.payoffs[i] ?? [];
          agents.forEach((a, j) => {
            expect(row[j]?.toFraction()).toBe(playPure(game, pure, a.player).toFraction());
          });
          const beh = behaviorPayoffs(game, behaviorOfPure(game, pure));
          agents.forEach((a, j) => expect(row[j]?.toFraction()).toBe(beh[a.player]?.toFraction()));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a form over budget', () => {
    expect(() => agentForm(strippedPoker(), { maxProfiles: 4 })).toThrow(FormTooLargeError);
  });
});
