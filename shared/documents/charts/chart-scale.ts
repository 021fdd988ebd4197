/**
 * @file The value axis of a printed chart: a «round» top (1, 2, 2.5, 5 × 10ⁿ) above the largest value, so the
 * grid lines fall on numbers a reader can say aloud. Pure.
 */
export function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Grid values from 0 to top in `n` equal steps (0 excluded). */
export function gridValues(top: number, n = 4): number[] {
  return Array.from({ length: n }, (_, i) => (top * (i + 1)) / n);
}
