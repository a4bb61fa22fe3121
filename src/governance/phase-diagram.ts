/**
 * The phase diagram of the report: over two stage-2 parameters (the others fixed), where collective
 * inaction is a subgame-perfect equilibrium, where it is the unique pure SPE, and where it is risk-dominant
 * after F (Harsanyi–Selten, MODEL.md C4). Every region is derived from the parametric game by
 * `equilibriumRegion` (the SPE regions of all 32 pure plans) and evaluated exactly on the grid by
 * `sweepRegions`; nothing is typed in by hand except C4's product of deviation losses, which is built from
 * the game's own payoff formulas.
 * @remarks Since 0.1.0
 */
import type { NodeId } from '../game/ids.js';
import { POLY } from '../param/arithmetic.js';
import { equilibriumRegion, type Region, type RegionConstraint } from '../param/region.js';
import { sweepRegions, type SweepAxis, type SweepResult } from '../param/sweep.js';
import type { Polynomial } from '../numeric/polynomial.js';
import { type RationalLike, formatRational, rat } from '../numeric/rational.js';
import { phaseDiagramSvg } from '../render/phase-diagram.js';
import { compliancePayoffs, type KAction, type SAction } from './compliance.js';
import { complianceGameParametric, complianceParamsParametric } from './compliance-parametric.js';
import { allPlans, complianceProfile, samePlan, INACTION_PLAN } from './compliance-profiles.js';
import { type ComplianceParameter, type ComplianceParams, WORKED_EXAMPLE } from './params.js';

/** The three nested properties the diagram shows. */
export const PHASE_LABELS = [
  'inaction is an SPE',
  'inaction is the unique pure SPE',
  'inaction is risk-dominant after F',
] as const;

/** Axis captions for the stage-2 parameters. */
const PARAMETER_WORDS: Readonly<Partial<Record<ComplianceParameter, string>>> = {
  cK: "cK: K's cost of substantive support",
  cS: "cS: S's cost of substantive delivery",
  qP: 'qP: expected loss when substantive evaluation catches formal delivery',
  rhoA: "rhoA: T's expected blame when flexibility fails",
  phi: 'phi: value kept under rigid indicators',
  eT: 'eT: cost of rigid enforcement',
  bK: "bK: K's credit share",
  bS: "bS: S's credit share",
};

/** Input of {@link compliancePhaseDiagram}. */
export type PhaseDiagramInput = {
  readonly x: {
    readonly parameter: ComplianceParameter;
    readonly from: RationalLike;
    readonly to: RationalLike;
    readonly steps: number;
  };
  readonly y: {
    readonly parameter: ComplianceParameter;
    readonly from: RationalLike;
    readonly to: RationalLike;
    readonly steps: number;
  };
  /** the other parameters (default: MODEL.md's first worked example) */
  readonly base?: ComplianceParams;
  readonly workers?: number | 'auto';
};

function constraint(poly: Polynomial, description: string): RegionConstraint {
  return {
    poly,
    kind: 'deviation',
    player: 0,
    playerName: 'K, S',
    subgame: null as NodeId | null,
    subgamePath: ['F'],
    deviation: description,
    description,
  };
}

/**
 * The region where inaction risk-dominates cooperation after F (C4): all four deviation losses positive
 * (both equilibria strict) and the product of inaction's losses larger than cooperation's.
 */
function riskRegion(params: ReturnType<typeof complianceParamsParametric>, parameters: readonly string[]): Region {
  const u = (k: KAction, s: SAction) => compliancePayoffs(params, 'F', k, s, POLY);
  const kIn = POLY.sub(u('Nom', 'Form')[1], u('Sub', 'Form')[1]);
  const sIn = POLY.sub(u('Nom', 'Form')[2], u('Nom', 'Sub')[2]);
  const kCo = POLY.sub(u('Sub', 'Sub')[1], u('Nom', 'Sub')[1]);
  const sCo = POLY.sub(u('Sub', 'Sub')[2], u('Sub', 'Form')[2]);
  const product = POLY.sub(POLY.mul(kIn, sIn), POLY.mul(kCo, sCo));
  return {
    concept: 'nash',
    parameters,
    constraints: [
      constraint(kIn, "K's loss from leaving inaction"),
      constraint(sIn, "S's loss from leaving inaction"),
      constraint(kCo, "K's loss from leaving cooperation"),
      constraint(sCo, "S's loss from leaving cooperation"),
      constraint(product, 'product of inaction losses minus product of cooperation losses'),
    ],
    denominators: [],
    empty: false,
    removed: [],
  };
}

/**
 * Sweeps two parameters and classifies each grid cell by {@link PHASE_LABELS} (boundaries count as inside:
 * regions are closed).
 * @remarks Since 0.1.0
 */
export async function compliancePhaseDiagram(input: PhaseDiagramInput): Promise<SweepResult> {
  const base = input.base ?? WORKED_EXAMPLE;
  const symbols: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) symbols[k] = formatRational(v);
  symbols[input.x.parameter] = input.x.parameter;
  symbols[input.y.parameter] = input.y.parameter;
  const params = complianceParamsParametric(symbols);
  const game = complianceGameParametric(symbols);
  const plans = allPlans();
  const parameters = [input.x.parameter, input.y.parameter];
  const regions = plans.map((plan, i) => ({
    label: `plan ${i}`,
    region: equilibriumRegion(game, complianceProfile(game, plan), { concept: 'spe' }),
  }));
  regions.push({ label: 'risk', region: riskRegion(params, parameters) });
  const axis = (a: PhaseDiagramInput['x']): SweepAxis => ({
    parameter: a.parameter,
    from: rat(a.from),
    to: rat(a.to),
    steps: a.steps,
  });
  const sweep = await sweepRegions({ regions, x: axis(input.x), y: axis(input.y), workers: input.workers ?? 0 });
  const inaction = plans.findIndex((p) => samePlan(p, INACTION_PLAN));
  const risk = plans.length;
  const cells = sweep.cells.map((row) =>
    row.map((held) => {
      if (held === null) return null;
      const out: number[] = [];
      if (held.includes(inaction)) {
        out.push(0);
        if (held.every((i) => i === inaction || i === risk)) out.push(1);
        if (held.includes(risk)) out.push(2);
      }
      return out;
    }),
  );
  return { ...sweep, labels: [...PHASE_LABELS], cells };
}

/**
 * The report's phase diagram as SVG: K's cost `c_K` against substantive verification `qP`, other parameters
 * at the first worked example.
 * @remarks Since 0.1.0
 */
export async function compliancePhaseDiagramSvg(input?: Partial<PhaseDiagramInput>): Promise<string> {
  const x = input?.x ?? { parameter: 'cK', from: 0, to: 4, steps: 40 };
  const y = input?.y ?? { parameter: 'qP', from: 0, to: 4, steps: 40 };
  const sweep = await compliancePhaseDiagram({ ...input, x, y });
  return phaseDiagramSvg(sweep, {
    title: `Collective inaction over ${x.parameter} × ${y.parameter}`,
    xLabel: PARAMETER_WORDS[x.parameter] ?? x.parameter,
    yLabel: PARAMETER_WORDS[y.parameter] ?? y.parameter,
  });
}
