/**
 * @file The shape both eviction documents are laid out from (shared, pure): a block of lines on the right (the
 * addressee, or the court and the parties), a heading, and then paragraphs, numbered lists and one table, in order.
 * EvictionDocument.tsx lays these strings out and computes nothing.
 */
import { MONTHS_GENITIVE } from '../../dates/date-words';

export type EvictionBlock =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; total: string[] }
  | { kind: 'sign'; lines: string[] };

export interface EvictionDocumentView {
  /** The PDF's title (metadata). */
  title: string;
  headerLines: string[];
  heading: string;
  subheading: string;
  blocks: EvictionBlock[];
  footer: string;
}

/** '2026-12-06' → «06 декабря 2026 г.» */
export function longRuDate(date: string): string {
  return `${date.slice(8, 10)} ${MONTHS_GENITIVE[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)} г.`;
}

/** «7 месяцев», «1 месяц», «3 месяца». */
export function monthsText(n: number): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const word =
    m10 === 1 && m100 !== 11 ? 'месяц' : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 'месяца' : 'месяцев';
  return `${n} ${word}`;
}

/** Hundredths of a m² as documents print them: 1850 → «18,5», 1200 → «12». */
export function squareMetresText(centiM2: number): string {
  const whole = Math.trunc(centiM2 / 100);
  const rest = centiM2 % 100;
  if (rest === 0) return String(whole);
  return `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
