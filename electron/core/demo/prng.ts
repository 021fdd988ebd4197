/**
 * @file Small seeded PRNG (sfc32 seeded by a cyrb128 string hash) for the demo district.
 *
 * Our own few lines instead of a dependency: the demo files must be byte-identical for the same seed on
 * every machine and every Node version, so nothing may depend on Math.random or on a library's internals.
 * Every entity derives its own generator from the seed plus its own key (e.g. 'account', 1234), so the
 * output does not depend on the order in which entities are generated.
 */

/** cyrb128: a fast, well-mixed 128-bit string hash (public domain), returned as four 32-bit words. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(words: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = words;
    // Warm up: sfc32 needs a few rounds before weakly different seeds diverge.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A generator for `seed` and a key path, e.g. `Rng.derive(seed, 'account', 17)`. */
  static derive(seed: string | number, ...keys: ReadonlyArray<string | number>): Rng {
    return new Rng(hash128([String(seed), ...keys.map(String)].join('\u0001')));
  }

  /** sfc32 step: an unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Index chosen with the given (non-negative, not all zero) weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Value chosen from `[value, weight]` pairs. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const pair = pairs[this.weightedIndex(pairs.map((p) => p[1]))];
    if (!pair) throw new Error('weighted pick from an empty list');
    return pair[0];
  }
}

/**
 * A bijection of [0, modulus) (affine map with a multiplier coprime to the modulus), used to turn a
 * sequential id into a scattered but guaranteed-unique number (account numbers, СНИЛС, ИНН).
 * The multiplier must be odd and not a multiple of 5 when the modulus is 2^a·5^b (a power-of-ten multiple).
 */
export function scatter(id: number, modulus: number, multiplier: number, offset: number): number {
  if (id < 0 || id >= modulus) throw new RangeError(`id ${id} outside [0, ${modulus})`);
  // Split the multiplication so the intermediate stays below 2^53 for moduli up to ~10^10.
  const lo = multiplier % 100000;
  const hi = Math.floor(multiplier / 100000);
  const product = (((((hi * id) % modulus) * 100000) % modulus) + ((lo * id) % modulus)) % modulus;
  return (product + offset) % modulus;
}
