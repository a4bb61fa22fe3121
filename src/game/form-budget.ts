/**
 * Size budget of the derived strategic forms (reduced, full, agent): the number of pure profiles is a
 * product of strategy counts and explodes quickly (`contrib/ttt.efg` has about 10^10 reduced profiles), so
 * every builder counts first and refuses, naming the size, before allocating anything.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError } from './errors.js';
import { MAX_TABLE_ENTRIES } from './strategic.js';

/** Default largest number of pure profiles a derived form builds. @remarks Since 0.1.0 */
export const DEFAULT_MAX_PROFILES = 1_000_000;

/** Options shared by the form builders. */
export type FormBudgetOptions = {
  /**
   * Largest number of pure profiles to build.
   * @defaultValue {@link DEFAULT_MAX_PROFILES}
   */
  readonly maxProfiles?: number;
};

/**
 * A derived form would exceed its budget. `profiles` is the exact size that was refused.
 * @remarks Since 0.1.0
 */
export class FormTooLargeError extends InvalidArgumentError {
  /** which builder refused */
  readonly form: string;
  /** the number of pure profiles the form would have */
  readonly profiles: bigint;
  /** the budget in force */
  readonly maxProfiles: number;
  constructor(form: string, profiles: bigint, maxProfiles: number) {
    super(`${form}(): the form would have ${profiles} pure profiles, more than maxProfiles = ${maxProfiles}`, [
      { path: ['maxProfiles'], message: `${profiles} profiles > ${maxProfiles}` },
    ]);
    this.name = 'FormTooLargeError';
    this.form = form;
    this.profiles = profiles;
    this.maxProfiles = maxProfiles;
  }
}

/**
 * Reads and validates `maxProfiles`.
 * @throws InvalidArgumentError if it is not a positive integer (or `Infinity`)
 * @remarks Since 0.1.0
 */
export function maxProfilesOf(form: string, options: FormBudgetOptions | undefined): number {
  const max = options?.maxProfiles ?? DEFAULT_MAX_PROFILES;
  if (!(max === Infinity || (Number.isSafeInteger(max) && max >= 1))) {
    throw new InvalidArgumentError(`${form}(): maxProfiles must be a positive integer; got ${max}`);
  }
  return max;
}

/**
 * Throws {@link FormTooLargeError} when `profiles` exceeds the budget, or when the table (profiles × table
 * players) would exceed {@link MAX_TABLE_ENTRIES} whatever the budget.
 * @remarks Since 0.1.0
 */
export function checkFormBudget(form: string, profiles: bigint, maxProfiles: number, tablePlayers = 1): void {
  const hardCap = BigInt(MAX_TABLE_ENTRIES) / BigInt(Math.max(1, tablePlayers));
  const limit = maxProfiles === Infinity ? hardCap : BigInt(maxProfiles) < hardCap ? BigInt(maxProfiles) : hardCap;
  if (profiles > limit) throw new FormTooLargeError(form, profiles, Number(limit));
}
