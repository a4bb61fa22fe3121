/**
 * `subgame paper [--json] [--out DIR]`: the main job. Builds both stages of the governance model with the
 * worked parameters of MODEL.md, solves them, checks every claim (N1–N5, C1–C5, R1, R2, B1) — its proof,
 * whose certificate the independent checker re-verifies, and its oracle numbers — prints a report a social
 * scientist can read, and writes the figures to `out/`: the stage-2 tree with the inaction path
 * highlighted, a phase diagram of where inaction is an SPE / the unique SPE / risk-dominant, and G's
 * stage-1 share against the number of rounds converging to Rubinstein's. Exit status 0 when every claim
 * holds, 1 otherwise.
 * @remarks Since 0.1.0
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { RATIONAL } from '../../game/arithmetic.js';
import { complianceTree } from '../../governance/compliance.js';
import { complianceProfile, INACTION_PLAN } from '../../governance/compliance-profiles.js';
import { rubinsteinConvergence, screeningConvergence } from '../../governance/negotiation-convergence.js';
import { stage1FigureSvg } from '../../governance/negotiation-report.js';
import { type PaperReport, paperReport } from '../../governance/paper.js';
import { compliancePhaseDiagramSvg } from '../../governance/phase-diagram.js';
import { WORKED_EXAMPLE } from '../../governance/params.js';
import { formatRational, rat } from '../../numeric/rational.js';
import { treeToSvg } from '../../render/tree.js';
import { describeError } from '../errors.js';
import { EXIT, type CliIO } from '../exit.js';
import type { SetExit } from './index.js';

/** Progress lines on standard error (long computations). */
type Progress = (text: string) => void;

/** Writes the three figures; returns their paths. */
async function writeFigures(io: CliIO, dir: string, progress: Progress): Promise<string[]> {
  const game = complianceTree(WORKED_EXAMPLE, RATIONAL);
  const pure = complianceProfile(game, INACTION_PLAN);
  const highlight = game.infosets.map((info) => info.actions.map((_, a) => rat(a === pure[info.id] ? 1 : 0)));
  const tree = join(dir, 'compliance-tree.svg');
  io.writeFile(
    tree,
    treeToSvg(game, { highlight, caption: 'Stage 2: collective inaction (C; Nom, Form) at the first worked example' }),
  );
  progress('figure: stage-2 tree');
  const phase = join(dir, 'phase-diagram.svg');
  io.writeFile(phase, await compliancePhaseDiagramSvg());
  progress('figure: phase diagram (41 × 41 exact grid)');
  const shares = join(dir, 'stage1-shares.svg');
  io.writeFile(shares, stage1FigureSvg());
  progress('figure: stage-1 shares');
  return [tree, phase, shares];
}

const mark = (ok: boolean) => (ok ? 'holds' : 'FAILS');

/** The report as text. */
function renderText(report: PaperReport, figures: readonly string[]): string {
  const out: string[] = [
    'subgame paper — "Collaborative governance or collective inaction?" as game theory (MODEL.md)',
    '',
    'Every claim is checked by the engine: a proof (a certificate that an independent checker re-verifies in',
    'exact arithmetic) and the oracle numbers of MODEL.md recomputed exactly. Property tests (npm test) are',
    'the third check.',
    '',
  ];
  const section = (title: string, ids: readonly string[]) => {
    out.push(title, '-'.repeat(title.length));
    for (const c of report.claims.filter((x) => ids.includes(x.id))) {
      out.push(`${c.id.padEnd(4)} ${mark(c.holds).padEnd(6)} ${c.title}`);
      out.push(`       claim: ${c.statement}`);
      if (c.proof !== null)
        out.push(
          `       proof: ${c.proof.status}${c.proof.status === 'proved' ? `, ${c.proof.detail}` : `: ${c.proof.detail}`}`,
        );
      for (const o of c.oracles)
        out.push(`       ${o.holds ? '=' : '≠'} ${o.what}: ${o.got}${o.holds ? '' : ` (expected ${o.expected})`}`);
      for (const e of c.evidence) out.push(`       · ${e}`);
    }
    out.push('');
  };
  section('Stage 1: the negotiation game (谈判博弈)', ['N1', 'N1b', 'N2', 'N3', 'N4', 'N5']);
  const conv = rubinsteinConvergence('9/10', '8/10', [1, 2, 3, 4, 5, 10, 20, 40]);
  out.push(`G's share with N rounds, (δ_G, δ_S) = (9/10, 8/10), against Rubinstein's ${formatRational(conv.limit)}:`);
  for (const r of conv.rows)
    out.push(
      `  N = ${String(r.rounds).padStart(2)}  share ${r.shareG.valueOf().toFixed(6)}  gap ${r.gap.valueOf().toExponential(2)}`,
    );
  const scr = screeningConvergence('9/10', [2, 4, 8, 16, 32, 64, 128]);
  out.push(
    `N3, uniform values, two rounds, δ = 9/10: seller's value with n types → (2−δ)²/(4(4−3δ)) = ${formatRational(scr.twoRounds)} ≈ ${scr.twoRounds.valueOf().toFixed(4)}`,
  );
  out.push(`   (no deadline, stationary: γ/2 ≈ ${scr.indefiniteFloat.toFixed(4)}, floating point)`);
  for (const r of scr.rows)
    out.push(
      `  n = ${String(r.types).padStart(3)}  value ${formatRational(r.value).padEnd(14)} ≈ ${r.value.valueOf().toFixed(6)}  gap ${r.gap.valueOf().toExponential(2)}`,
    );
  out.push('');
  section('Stage 2: the non-negotiation (compliance) game (非谈判博弈)', ['C1', 'C2', 'C3', 'C4', 'C5']);
  out.push(
    `Logit selection (a fact about the first worked example, not a claim): the limit of the logit QRE principal`,
    `branch plays ${report.logitSelection.play}${report.logitSelection.exact ? ', snapped to an exact equilibrium the checker confirms' : ' (floating point)'} (λ ≈ ${Math.round(report.logitSelection.lambda)}).`,
    '',
  );
  section('The remedy: trust and friendly institutions (友善制度)', ['R1', 'R2']);
  section('The bridge between the stages', ['B1']);
  const held = report.claims.filter((c) => c.holds).length;
  out.push(`Figures: ${figures.join(', ')}`);
  out.push(`${held}/${report.claims.length} claims hold${report.allHold ? '.' : ' — see FAILS above.'}`);
  return `${out.join('\n')}\n`;
}

/**
 * Registers `paper`.
 * @remarks Since 0.1.0
 */
export function registerPaper(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('paper')
    .description('build, solve and check the governance model of MODEL.md; figures go to out/')
    .option('--json', 'print the claims as JSON')
    .option('--out <dir>', 'folder for the figures', 'out')
    .option('--quiet', 'no progress lines on standard error')
    .action(async (opts: { json?: boolean; out: string; quiet?: boolean }) => {
      const start = performance.now();
      const progress: Progress = (t) => {
        if (opts.quiet !== true) io.stderr(`[${((performance.now() - start) / 1000).toFixed(1)} s] ${t}\n`);
      };
      try {
        progress('checking claims N1–N5, C1–C5, R1, R2, B1 …');
        const report = paperReport();
        progress(`claims checked: ${report.claims.filter((c) => c.holds).length}/${report.claims.length} hold`);
        const figures = await writeFigures(io, opts.out, progress);
        if (opts.json === true) {
          io.stdout(
            `${JSON.stringify({ claims: report.claims, logitSelection: report.logitSelection, allHold: report.allHold, figures }, null, 2)}\n`,
          );
        } else io.stdout(renderText(report, figures));
        setExit(report.allHold ? EXIT.ok : EXIT.refused);
      } catch (e) {
        const { code, message } = describeError(e);
        io.stderr(`${message}\n`);
        setExit(code);
      }
    });
}
