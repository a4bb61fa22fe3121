/**
 * The "Gambit comparison": Gambit's reference times on this machine (measured by the project lead, exact
 * arithmetic, whole process — start-up, reading the file, solving, printing — one at a time) against our
 * in-process medians at the same sizes, and the largest size of each family solved within the per-run cap.
 * @remarks Since 0.1.0
 */
import { type CaseResult, measured } from './results.js';

/** One reference figure. */
export type GambitReference = {
  /** our family and case size it is compared with */
  readonly family: string;
  readonly size: number;
  /** what was solved, in words */
  readonly game: string;
  /** Gambit version and command */
  readonly tool: string;
  /** seconds, or a [low, high] range over several games */
  readonly seconds: number | readonly [number, number];
  /** `true` when Gambit had not finished after `seconds` */
  readonly didNotFinish?: boolean;
  readonly peakMemoryMB?: number;
  /** how our solver computes it (e.g. its arithmetic) */
  readonly ours?: string;
  readonly note?: string;
};

const FLOAT = 'float pivoting, exact certificate';
const EXACT = 'exact BigInt pivoting';

/** Gambit 17's sequence-form figures, each compared with our default and our all-exact arithmetic. */
const sequenceForm = (
  family: 'kuhn/lcp' | 'kuhn/lp' | 'hidden-move/lcp',
  size: number,
  game: string,
  seconds: number,
): GambitReference[] => {
  const tool = `Gambit 17 gambit-${family.endsWith('lp') ? 'lp' : 'lcp'}`;
  return [
    { family, size, game, tool, seconds, ours: FLOAT },
    { family: `${family}-exact`, size, game, tool, seconds, ours: EXACT },
  ];
};

/** The reference figures of issue #8 (Gambit 17 unless noted). @remarks Since 0.1.0 */
export const GAMBIT_REFERENCES: readonly GambitReference[] = [
  ...sequenceForm('kuhn/lcp', 8, '8-card Kuhn poker', 1.6),
  ...sequenceForm('kuhn/lcp', 12, '12-card Kuhn poker', 29),
  ...sequenceForm('hidden-move/lcp', 8, 'binary hidden-last-move tree, depth 8', 18),
  ...sequenceForm('kuhn/lp', 12, '12-card Kuhn poker', 2.5),
  ...sequenceForm('kuhn/lp', 16, '16-card Kuhn poker', 7.1),
  {
    family: 'bimatrix/enummixed',
    size: 12,
    game: 'random 12×12 bimatrix games, all extreme equilibria',
    tool: 'Gambit 17 gambit-enummixed',
    seconds: [28, 89],
    ours: 'vertex enumeration, exact',
    note: 'several random games; ours is one random game of the same size and payoff style, not the same games',
  },
  {
    family: 'spe/binary-tree',
    size: 12,
    game: 'binary perfect-information tree, depth 12 (8,191 nodes), all pure SPE',
    tool: 'Gambit 16.4 subgame-perfect enumeration',
    seconds: 1.4,
    peakMemoryMB: 80,
    ours: 'backward induction, exact',
  },
  {
    family: 'spe/binary-tree',
    size: 14,
    game: 'binary perfect-information tree, depth 14 (32,767 nodes), all pure SPE',
    tool: 'Gambit 16.4 subgame-perfect enumeration',
    seconds: 100,
    didNotFinish: true,
    ours: 'backward induction, exact',
  },
];

/** One compared reference. */
export type GambitRow = {
  readonly reference: GambitReference;
  /** our case at that size (the first measured one), or `null` */
  readonly ours: CaseResult | null;
  /** Gambit's time ÷ ours: a number, a [low, high] range, or `null`; a lower bound when Gambit did not finish */
  readonly ratio: number | readonly [number, number] | null;
  /** why there is no ratio (not run, skipped, failed) */
  readonly missing: string | null;
};

/**
 * Matches every reference with our result at the same family and size.
 * @remarks Since 0.1.0
 */
export function gambitComparison(
  results: readonly CaseResult[],
  references: readonly GambitReference[] = GAMBIT_REFERENCES,
): GambitRow[] {
  return references.map((reference) => {
    const same = results.filter((r) => r.family === reference.family && r.size === reference.size);
    const ours = same.find(measured) ?? null;
    if (ours === null) {
      const other = same[0];
      const missing = other === undefined ? 'not run' : (other.skipped ?? other.error ?? 'no measurement');
      return { reference, ours: null, ratio: null, missing };
    }
    const s = reference.seconds;
    const ratio =
      typeof s === 'number'
        ? (s * 1000) / ours.medianMs
        : ([(s[0] * 1000) / ours.medianMs, (s[1] * 1000) / ours.medianMs] as const);
    return { reference, ours, ratio, missing: null };
  });
}

/** Largest measured size within the cap, per family and series. */
export type LargestRow = {
  readonly family: string;
  readonly series: string;
  /** the largest case whose median is within the cap, or `null` */
  readonly largest: CaseResult | null;
  /** the first case beyond it that exceeded the cap, failed or was skipped, or `null` (all sizes fit) */
  readonly beyond: CaseResult | null;
};

/**
 * The largest size of each family (and series) solved within `capMs`.
 * @remarks Since 0.1.0
 */
export function largestWithinCap(results: readonly CaseResult[], capMs: number): LargestRow[] {
  const keys = [...new Set(results.map((r) => `${r.family}\u0000${r.series ?? ''}`))];
  return keys.map((key) => {
    const [family, series] = key.split('\u0000') as [string, string];
    const rows = results.filter((r) => r.family === family && (r.series ?? '') === series);
    let largest: CaseResult | null = null;
    for (const r of rows)
      if (measured(r) && r.medianMs <= capMs && (largest === null || r.size >= largest.size)) largest = r;
    const beyond =
      rows.find((r) => (largest === null || r.size > largest.size) && (!measured(r) || r.medianMs > capMs)) ?? null;
    return { family, series, largest, beyond };
  });
}
