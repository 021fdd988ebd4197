/**
 * @file Formatting at the UI edge only (conventions §10.4): counts, rubles from kopecks, dates.
 */
const countFormat = new Intl.NumberFormat('ru-RU');
const rubFormat = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });

export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** @param kopecks integer kopecks */
export function formatRub(kopecks: number): string {
  return rubFormat.format(kopecks / 100);
}

export function formatInstant(atMs: number): string {
  return new Date(atMs).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}
