/**
 * @file Counts with Russian digit grouping («150 000»), for messages built on either side.
 */
const format = new Intl.NumberFormat('ru-RU');

export function formatCount(n: number): string {
  return format.format(n);
}
