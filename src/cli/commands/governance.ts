/**
 * `subgame governance compliance|negotiation --params FILE|JSON [--json]`: the governance model of MODEL.md
 * for any parameters (exact strings like `"3/10"`).
 * @remarks Since 0.1.0
 */
import type { Command } from 'commander';
import { complianceReport } from '../../governance/compliance-report.js';
import type { NegotiationParams } from '../../governance/negotiation.js';
import { negotiationReport } from '../../governance/negotiation-report.js';
import { InvalidArgumentError } from '../../game/errors.js';
import { describeError } from '../errors.js';
import { EXIT, type CliIO } from '../exit.js';
import { readJsonArgument } from '../input.js';
import type { SetExit } from './index.js';

type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

function asObject(data: unknown, name: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidArgumentError(`${name}: --params must be a JSON object such as {"V": 10, "bK": "3/10"}`);
  }
  return data as Record<string, unknown>;
}

/** A short human-readable rendering of a JSON report: one line per leaf, indented by depth. */
export function renderReport(value: Json, indent = ''): string {
  if (value === null || typeof value !== 'object') return `${String(value)}`;
  const lines: string[] = [];
  const entries: [string, Json][] = Array.isArray(value)
    ? value.map((v, i) => [String(i + 1), v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    if (
      v !== null &&
      typeof v === 'object' &&
      (Array.isArray(v) ? v.some((x) => typeof x === 'object' && x !== null) : true)
    ) {
      lines.push(`${indent}${k}:`, renderReport(v, `${indent}  `));
    } else if (Array.isArray(v)) lines.push(`${indent}${k}: ${v.join(', ')}`);
    else lines.push(`${indent}${k}: ${String(v)}`);
  }
  return lines.join('\n');
}

/**
 * Registers `governance` and its subcommands.
 * @remarks Since 0.1.0
 */
export function registerGovernance(program: Command, io: CliIO, setExit: SetExit): void {
  const gov = program.command('governance').description('the governance model of MODEL.md for any parameters');
  const run = (kind: 'compliance' | 'negotiation') => (opts: { params: string; json?: boolean }) => {
    let name: string | undefined;
    try {
      const { data, name: n } = readJsonArgument(io, opts.params);
      name = n;
      const params = asObject(data, n);
      const report = (
        kind === 'compliance' ? complianceReport(params) : negotiationReport(params as NegotiationParams)
      ) as Json;
      io.stdout(opts.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${renderReport(report)}\n`);
      setExit(EXIT.ok);
    } catch (e) {
      const { code, message } = describeError(e, name);
      io.stderr(`${message}\n`);
      setExit(code);
    }
  };
  gov
    .command('compliance')
    .description('stage 2: all pure SPE, Nash outcomes, mixed equilibria, Pareto, risk dominance, δ*, thresholds')
    .requiredOption('--params <file|json>', 'stage-2 parameters (MODEL.md names): a JSON file or inline JSON')
    .option('--json', 'print JSON with exact strings')
    .action(run('compliance'));
  gov
    .command('negotiation')
    .description('stage 1: equilibrium shares, agreement rounds, payoffs per regime, the preferred regime')
    .requiredOption('--params <file|json>', 'stage-1 parameters (MODEL.md names): a JSON file or inline JSON')
    .option('--json', 'print JSON with exact strings')
    .action(run('negotiation'));
}
