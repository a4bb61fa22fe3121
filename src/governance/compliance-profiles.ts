/**
 * Pure strategy plans of the compliance game (MODEL.md stage 2): T's mode and K's and S's actions after each
 * mode, converted to and from pure behaviour profiles of any compliance tree (found by information-set
 * label, `T`, `K|C`, `K|F`, `S|C`, `S|F`, so the conversion does not depend on the infoset order).
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from '../game/errors.js';
import type { ExtensiveGame, PureBehavior } from '../game/types.js';
import { K_ACTIONS, type KAction, MODES, type Mode, S_ACTIONS, type SAction } from './compliance.js';

/** K's and S's actions in the simultaneous game after a mode. */
export type KSPair = readonly [KAction, SAction];

/** A pure plan: T's mode and the K–S play after C and after F. */
export type CompliancePlan = { readonly mode: Mode; readonly afterC: KSPair; readonly afterF: KSPair };

/** Collective inaction (MODEL.md C1): T plays C; K plays Nom and S plays Form after both modes. */
export const INACTION_PLAN: CompliancePlan = Object.freeze({
  mode: 'C',
  afterC: ['Nom', 'Form'] as const,
  afterF: ['Nom', 'Form'] as const,
});

/**
 * Cooperation (F; Sub, Sub) with the given play after C (default (Nom, Form), as in the first worked
 * example).
 * @remarks Since 0.1.0
 */
export function cooperationPlan(afterC: KSPair = ['Nom', 'Form']): CompliancePlan {
  return { mode: 'F', afterC, afterF: ['Sub', 'Sub'] };
}

/** Every pure plan (2 · 4 · 4 = 32), T's mode slowest. @remarks Since 0.1.0 */
export function allPlans(): CompliancePlan[] {
  const pairs: KSPair[] = K_ACTIONS.flatMap((k) => S_ACTIONS.map((s) => [k, s] as const));
  return MODES.flatMap((mode) => pairs.flatMap((afterC) => pairs.map((afterF) => ({ mode, afterC, afterF }))));
}

function infosetIndex<V>(game: ExtensiveGame<V>, label: string): number {
  const i = game.infosets.findIndex((s) => s.label === label);
  if (i < 0) throw new InvalidArgumentError(`complianceProfile(): the game has no information set "${label}"`);
  return i;
}

/**
 * The pure behaviour profile (action index per information set, `game.infosets` order) of a plan.
 * @throws InvalidArgumentError if the game is not a compliance tree
 * @remarks Since 0.1.0
 */
export function complianceProfile<V>(game: ExtensiveGame<V>, plan: CompliancePlan): number[] {
  const out = game.infosets.map(() => 0);
  const set = (label: string, action: string) => {
    const i = infosetIndex(game, label);
    const a = game.infosets[i]?.actions.indexOf(action) ?? -1;
    if (a < 0) throw new InvalidArgumentError(`complianceProfile(): no action "${action}" at "${label}"`);
    out[i] = a;
  };
  set('T', plan.mode);
  set('K|C', plan.afterC[0]);
  set('S|C', plan.afterC[1]);
  set('K|F', plan.afterF[0]);
  set('S|F', plan.afterF[1]);
  return out;
}

/**
 * The plan of a pure behaviour profile.
 * @throws InvalidArgumentError if the game is not a compliance tree
 * @remarks Since 0.1.0
 */
export function planOf<V>(game: ExtensiveGame<V>, pure: PureBehavior): CompliancePlan {
  const at = (label: string) =>
    game.infosets[infosetIndex(game, label)]?.actions[pure[infosetIndex(game, label)] ?? 0] ?? '';
  return {
    mode: at('T') as Mode,
    afterC: [at('K|C') as KAction, at('S|C') as SAction],
    afterF: [at('K|F') as KAction, at('S|F') as SAction],
  };
}

/** The play `[m, k, s]` a plan leads to. @remarks Since 0.1.0 */
export function planPlay(plan: CompliancePlan): readonly [Mode, KAction, SAction] {
  const [k, s] = plan.mode === 'C' ? plan.afterC : plan.afterF;
  return [plan.mode, k, s];
}

/** Text of a plan: `(F; C: Nom, Form; F: Sub, Sub)`. @remarks Since 0.1.0 */
export function formatPlan(plan: CompliancePlan): string {
  return `(${plan.mode}; C: ${plan.afterC.join(', ')}; F: ${plan.afterF.join(', ')})`;
}

/** Whether two plans are equal. @remarks Since 0.1.0 */
export function samePlan(a: CompliancePlan, b: CompliancePlan): boolean {
  return formatPlan(a) === formatPlan(b);
}
