/**
 * Bench family: the stage-2 compliance game of MODEL.md over a parameter-sweep grid. Setup (not timed):
 * the exact subgame-perfect region of each of the 32 pure plans of the symbolic game
 * (`complianceGameParametric`, `equilibriumRegion` with concept `spe`). Timed: `sweepRegions` over the
 * (ρA, φ) grid ρA ∈ [0, 10], φ ∈ [0, 1] with (steps + 1)² cells, the other parameters at MODEL.md's first
 * worked example, in this thread (`workers: 0`, so the time is one core's). Units are grid cells; the extra
 * columns count the cells with at least one SPE and the distinct sets of SPE plans (phases) met.
 * @remarks Since 0.1.0
 */
import { complianceGameParametric } from '../../src/governance/compliance-parametric.js';
import { allPlans, complianceProfile, formatPlan } from '../../src/governance/compliance-profiles.js';
import { WORKED_EXAMPLE } from '../../src/governance/params.js';
import { formatRational } from '../../src/numeric/rational.js';
import { type Region, equilibriumRegion } from '../../src/param/region.js';
import { sweepRegions } from '../../src/param/sweep.js';
import { type BenchFamily, defineFamily } from '../family.js';

type Input = {
  readonly regions: readonly { readonly label: string; readonly region: Region }[];
  readonly steps: number;
  readonly fixed: Readonly<Record<string, string>>;
};

const STEPS = [10, 25, 50, 100, 200, 400];
const QUICK = [10, 50];

/** The compliance game's SPE regions swept over growing (ρA, φ) grids; size = steps per axis. @remarks Since 0.1.0 */
export const complianceSweepFamily: BenchFamily<Input> = defineFamily<Input>({
  name: 'governance/compliance-sweep',
  description:
    'sweepRegions (exact, one thread) of the SPE regions of the 32 pure plans of the symbolic compliance game ' +
    'over the (rhoA, phi) grid, other parameters at the worked example; size = steps per axis, cells = ' +
    '(steps + 1)²; the regions are computed in setup (not timed)',
  unit: 'cells',
  cases: (quick) =>
    (quick ? QUICK : STEPS).map((s) => ({
      label: `${s}×${s} steps (${((s + 1) ** 2).toLocaleString('en-US')} cells)`,
      size: s,
    })),
  setup: (c) => {
    const game = complianceGameParametric();
    const regions = allPlans().map((plan) => ({
      label: formatPlan(plan),
      region: equilibriumRegion(game, complianceProfile(game, plan), { concept: 'spe' }),
    }));
    const fixed = Object.fromEntries(
      Object.entries(WORKED_EXAMPLE)
        .filter(([k]) => k !== 'rhoA' && k !== 'phi')
        .map(([k, v]) => [k, formatRational(v)]),
    );
    return { regions, steps: c.size, fixed };
  },
  run: async ({ regions, steps, fixed }) => {
    const s = await sweepRegions({
      regions,
      x: { parameter: 'rhoA', from: 0, to: 10, steps },
      y: { parameter: 'phi', from: 0, to: 1, steps },
      fixed,
      workers: 0,
    });
    if (s.stopped !== null) throw new Error(`sweepRegions stopped: ${s.stopped}`);
    const cells = s.cells.flat();
    return {
      units: cells.length,
      extra: {
        withSpe: cells.filter((c) => c !== null && c.length > 0).length,
        phases: new Set(cells.map((c) => (c === null ? 'null' : c.join(',')))).size,
        regions: regions.filter((r) => !r.region.empty).length,
      },
    };
  },
});
