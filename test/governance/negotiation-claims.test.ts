import { describe, expect, it } from 'vitest';
import { checkN1, checkN1b, checkN2 } from '../../src/governance/stage1-claims.js';
import { checkN3, checkN4, checkN5 } from '../../src/governance/stage1-claims-info.js';

// Each check recomputes MODEL.md's stage-1 oracles exactly with the engine (state graph, tree by the SPE
// solver, generic sequential solver, cutoff method) and confirms small trees with src/verify; the quick mode
// skips trees of tens of thousands of nodes (the proofs in proofs/governance run them).
describe.each([
  ['N1', checkN1],
  ['N1b', checkN1b],
  ['N2', checkN2],
  ['N3', checkN3],
  ['N4', checkN4],
  ['N5', checkN5],
])('claim %s through the engine', (_, check) => {
  it('holds at every worked instance', () => {
    const e = check({ quick: true });
    expect(e.checks.filter((c) => !c.ok)).toEqual([]);
    expect(e.holds).toBe(true);
    expect(e.checks.length).toBeGreaterThan(2);
  });
});
