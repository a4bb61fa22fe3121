/**
 * A small deterministic pseudo-random generator for seeded game generators, samplers and benchmarks.
 * @remarks Since 0.1.0
 */

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): floats in `[0, 1)` from a 32-bit seed, the same sequence
 * on every platform.
 * @param seed - any number; its low 32 bits are used
 * @returns a function giving the next float in `[0, 1)`
 * @remarks Since 0.1.0
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
