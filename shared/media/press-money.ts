/**
 * @file Money and changes as a press summary states them (shared, pure): large sums rounded to «45,3 млн руб.» for
 * the key figures and the quotable text, exact rubles in the tables, and a change with its sign and percentage.
 */
import { rublesText } from '../documents/money-text';

const NBSP = '\u00a0';

const oneDecimal = (v: number): string => v.toFixed(1).replace('.', ',').replace('-', '−');

/** 4 530 000 000 kopecks → «45,3 млн руб.»; 1 250 000 → «12,5 тыс. руб.»; below a thousand rubles — exact. */
export function moneyShortText(kopecks: number): string {
  const rub = kopecks / 100;
  const abs = Math.abs(rub);
  if (kopecks === 0) return `0${NBSP}руб.`;
  if (abs >= 1e9) return `${oneDecimal(rub / 1e9)}${NBSP}млрд руб.`;
  if (abs >= 1e6) return `${oneDecimal(rub / 1e6)}${NBSP}млн руб.`;
  if (abs >= 1e3) return `${oneDecimal(rub / 1e3)}${NBSP}тыс. руб.`;
  return `${rublesText(kopecks)}${NBSP}руб.`;
}

/** Exact rubles without kopecks, grouped: 123456789 → «1 234 568». */
export function rublesRoundText(kopecks: number): string {
  const text = rublesText(Math.round(kopecks / 100) * 100);
  return text.slice(0, text.lastIndexOf(','));
}

/** The change from `start` to `end` in percent of `start`, one decimal; null when there was nothing at the start. */
export function changePercent(start: number, end: number): number | null {
  if (start === 0) return null;
  return Math.round(((end - start) / start) * 1000) / 10;
}

/** «−1,2 млн руб. (−3,4 %)», «без изменений», «+12 (+4,0 %)» with `asCount`. */
export function changeText(start: number, end: number, asCount = false): string {
  const diff = end - start;
  if (diff === 0) return 'без изменений';
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
  const abs = Math.abs(diff);
  const body = asCount ? String(abs).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : moneyShortText(abs);
  const pct = changePercent(start, end);
  return pct === null ? `${sign}${body}` : `${sign}${body} (${pct > 0 ? '+' : ''}${oneDecimal(pct)}${NBSP}%)`;
}
