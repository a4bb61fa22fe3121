/**
 * The JSON form of a claim for `subgame prove CLAIM.json` (schema: `docs/claim-json.md`): a parametric game
 * (subgame's JSON game form with expression values), a profile, a solution concept, assumptions and the
 * kind of claim.
 * @remarks Since 0.1.0
 */
import { InvalidArgumentError, type Issue } from '../game/errors.js';
import type { ExtensiveGame, Game } from '../game/types.js';
import type { Polynomial } from '../numeric/polynomial.js';
import { parseRationalExpression } from '../param/expression.js';
import { walkParametricJson } from '../param/json.js';
import type { ProbabilityValue } from '../param/profile.js';
import type { ProveInput } from '../param/prove.js';

/** Concepts and claim kinds a claim file may name. */
const CONCEPTS = ['nash', 'spe'] as const;
const CLAIMS = ['equilibrium', 'not-equilibrium', 'unique'] as const;

/** A claim file, after validation. */
export type ClaimFile = ProveInput & { readonly id: string; readonly statement: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads a pure profile given as `{ "infoset label": "action label" }` (trees; labels may be prefixed
 * `"Player:label"` to disambiguate) or `{ "player": "strategy label" }` (strategic games) into indices.
 */
function profileFromLabels(game: Game<Polynomial>, map: Record<string, unknown>, issues: Issue[]): number[] {
  if (game.kind === 'strategic') {
    return game.players.map((p, i) => {
      const label = map[p];
      const k = typeof label === 'string' ? (game.strategies[i] ?? []).indexOf(label) : -1;
      if (k < 0)
        issues.push({ path: ['profile', p], message: `expected one of ${(game.strategies[i] ?? []).join(', ')}` });
      return Math.max(k, 0);
    });
  }
  const tree = game as ExtensiveGame<Polynomial>;
  const out = tree.infosets.map(() => -1);
  for (const [key, action] of Object.entries(map)) {
    const matches = tree.infosets.filter((s) => s.label === key || `${tree.players[s.player]}:${s.label}` === key);
    if (matches.length !== 1) {
      issues.push({
        path: ['profile', key],
        message:
          matches.length === 0
            ? 'no information set has this label'
            : 'several information sets have this label; prefix the player ("K:label")',
      });
      continue;
    }
    const info = matches[0] as (typeof tree.infosets)[number];
    const a = typeof action === 'string' ? info.actions.indexOf(action) : -1;
    if (a < 0) issues.push({ path: ['profile', key], message: `expected one of ${info.actions.join(', ')}` });
    out[info.id] = Math.max(a, 0);
  }
  tree.infosets.forEach((s, i) => {
    if (out[i] === -1)
      issues.push({
        path: ['profile'],
        message: `no action given for information set "${tree.players[s.player]}:${s.label}"`,
      });
  });
  return out;
}

/**
 * Validates a parsed claim document.
 * @throws InvalidArgumentError listing every problem with its JSON path
 * @remarks Since 0.1.0
 */
export function readClaim(doc: unknown): ClaimFile {
  const issues: Issue[] = [];
  if (!isRecord(doc)) throw new InvalidArgumentError('claim: expected a JSON object');
  if (doc['format'] !== 'subgame-claim') issues.push({ path: ['format'], message: 'expected "subgame-claim"' });
  const concept = doc['concept'];
  if (typeof concept !== 'string' || !(CONCEPTS as readonly string[]).includes(concept)) {
    issues.push({ path: ['concept'], message: `expected one of ${CONCEPTS.join(', ')}` });
  }
  const claim = doc['claim'];
  if (typeof claim !== 'string' || !(CLAIMS as readonly string[]).includes(claim)) {
    issues.push({ path: ['claim'], message: `expected one of ${CLAIMS.join(', ')}` });
  }
  const assume = doc['assume'] ?? [];
  if (!Array.isArray(assume) || !assume.every((a) => typeof a === 'string')) {
    issues.push({ path: ['assume'], message: 'expected a list of conditions like "0 <= phi <= 1"' });
  }
  const nonnegative = doc['nonnegative'];
  if (
    nonnegative !== undefined &&
    nonnegative !== 'all' &&
    !(Array.isArray(nonnegative) && nonnegative.every((a) => typeof a === 'string'))
  ) {
    issues.push({ path: ['nonnegative'], message: 'expected "all" or a list of parameter names' });
  }
  if (issues.length > 0)
    throw new InvalidArgumentError(`claim: ${issues[0]?.path.join('.')}: ${issues[0]?.message}`, issues);
  const game = walkParametricJson(doc['game']);
  const raw = doc['profile'];
  let profile: ProveInput['profile'];
  if (isRecord(raw)) profile = profileFromLabels(game, raw, issues);
  else if (Array.isArray(raw) && raw.every((x) => Number.isInteger(x))) profile = raw as number[];
  else if (Array.isArray(raw) && raw.every((v) => Array.isArray(v))) {
    profile = (raw as unknown[][]).map((v, i) =>
      v.map((x, j): ProbabilityValue => {
        if (typeof x === 'number' && Number.isSafeInteger(x)) return x;
        if (typeof x === 'string') return parseRationalExpression(x);
        issues.push({
          path: ['profile', i, j],
          message: 'expected a probability as a string ("1/2", "k/r") or an integer',
        });
        return 0;
      }),
    );
  } else {
    issues.push({
      path: ['profile'],
      message: 'expected action labels by information set, a list of action indices, or probability vectors',
    });
    profile = [];
  }
  if (issues.length > 0)
    throw new InvalidArgumentError(`claim: ${issues[0]?.path.join('.')}: ${issues[0]?.message}`, issues);
  return {
    id: typeof doc['id'] === 'string' ? doc['id'] : 'claim',
    statement: typeof doc['statement'] === 'string' ? doc['statement'] : '',
    game,
    profile,
    concept: concept as ProveInput['concept'],
    claim: claim as ProveInput['claim'],
    assume: assume as string[],
    ...(nonnegative !== undefined ? { nonnegative: nonnegative as string[] | 'all' } : {}),
  };
}
