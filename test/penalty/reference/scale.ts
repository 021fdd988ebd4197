/**
 * @file Which share of the rate one day of delay bears (docs/legal-notes.md § Penalty — scales), per calendar day:
 * - ЖКУ (ЖК ст.155 ч.14) on days before 01.01.2016 — the old text: 1/300 from the first day of delay;
 * - ЖКУ on days from 01.01.2016 (307-ФЗ) — days of delay 1–30 nothing, 31–90 1/300, from 91 1/130; the day
 *   counter keeps running from the due date across the switch (and through moratoria);
 * - capital repair (ч.14.1), at any time — 1/300 from the first day of delay, no grace, no 1/130.
 */
import { toDay, type Day } from './calendar';

export type Kind = 'housing' | 'capital_repair';

export interface DayShare {
  /** Which text governs the day; a change of text starts a new printed line even when the share stays. */
  law: 'ч.14 old' | 'ч.14' | 'ч.14.1';
  num: number;
  den: number;
}

const NEW_TEXT_FROM = toDay('2016-01-01');

/** @param delay day of delay, 1 = the day after the last pay day */
export function shareOn(kind: Kind, day: Day, delay: number): DayShare {
  if (delay < 1) throw new RangeError(`reference scale: day of delay ${delay}`);
  if (kind === 'capital_repair') return { law: 'ч.14.1', num: 1, den: 300 };
  if (day < NEW_TEXT_FROM) return { law: 'ч.14 old', num: 1, den: 300 };
  if (delay <= 30) return { law: 'ч.14', num: 0, den: 1 };
  if (delay <= 90) return { law: 'ч.14', num: 1, den: 300 };
  return { law: 'ч.14', num: 1, den: 130 };
}
