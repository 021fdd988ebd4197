/** @file Tests of the seeded PRNG and the unique-id scatter. */
import { describe, expect, it } from 'vitest';
import { Rng, scatter } from './prng';

describe('Rng', () => {
  it('is deterministic per seed and key path', () => {
    const a = Rng.derive('seed', 'account', 1);
    const b = Rng.derive('seed', 'account', 1);
    const c = Rng.derive('seed', 'account', 2);
    const xs = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(xs);
  });

  it('keeps helpers in range and roughly uniform', () => {
    const rng = Rng.derive(42);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const v = rng.int(1, 6);
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(6);
      counts[v - 1] = (counts[v - 1] ?? 0) + 1;
    }
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500);
    let heads = 0;
    for (let i = 0; i < 10_000; i++) if (rng.chance(0.3)) heads++;
    expect(Math.abs(heads - 3000)).toBeLessThan(200);
    const picks = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const v = rng.weighted([
        ['a', 1],
        ['b', 3],
      ] as const);
      picks.set(v, (picks.get(v) ?? 0) + 1);
    }
    expect(Math.abs((picks.get('b') ?? 0) - 7500)).toBeLessThan(300);
  });
});

describe('scatter', () => {
  it('is a bijection of [0, modulus)', () => {
    const modulus = 10_000;
    const seen = new Set<number>();
    for (let id = 0; id < modulus; id++) seen.add(scatter(id, modulus, 7_919, 1234));
    expect(seen.size).toBe(modulus);
    expect(Math.max(...seen)).toBe(modulus - 1);
  });

  it('does not lose precision for large moduli', () => {
    const id = 1_999_999;
    const exact = (BigInt(id) * 193_877_777n + 5n) % 800_000_000n;
    expect(scatter(id, 800_000_000, 193_877_777, 5)).toBe(Number(exact));
  });
});
