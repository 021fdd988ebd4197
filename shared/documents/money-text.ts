/**
 * @file Money as documents print it (shared, pure): integer kopecks become text only here, at the document edge.
 * Digit groups are joined by a no-break space, so «1 234,56» never wraps inside a table cell.
 */

const NBSP = '\u00a0';

function groups(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** 123456 → «1 234,56»; −500 → «−5,00». */
export function rublesText(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(kopecks));
  return `${sign}${groups(Math.trunc(abs / 100))},${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → «1 234 руб. 56 коп.», the way a claim states a sum. */
export function rublesKopecksText(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(kopecks));
  return `${sign}${groups(Math.trunc(abs / 100))} руб. ${String(abs % 100).padStart(2, '0')} коп.`;
}
