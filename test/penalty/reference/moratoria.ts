/**
 * @file Moratoria from the reference's copy of moratoria.csv (docs/legal-notes.md § Penalty — moratoria): days [from,
 * to] inclusive on which no penalty accrues. Scope is read from the row's words: «all …» covers every debt (Decree 424,
 * 2020); «only obligations that arose before YYYY-MM-DD (…)» covers a billing month only if that month ended before the
 * date — March 2022 (ended 31.03.2022) is covered by Decree 497, April 2022 is not (the CSV's own gloss:
 * «billing periods up to March 2022»).
 */
import { lastDayOfMonth, toDay, type Day } from './calendar';
import { readDataCsv } from './csv';

export interface Moratorium {
  from: Day;
  to: Day;
  /** null: every obligation; else only billing months whose last day is before this day. */
  aroseBefore: Day | null;
  source: string;
}

export const MORATORIA: readonly Moratorium[] = readDataCsv('moratoria.csv').map((r) => {
  const scope = r['scope'] as string;
  let aroseBefore: Day | null;
  if (/^all\b/.test(scope)) aroseBefore = null;
  else {
    const m = /^only obligations that arose before (\d{4}-\d{2}-\d{2})\b/.exec(scope);
    if (!m) throw new Error(`reference moratoria: unknown scope «${scope}»`);
    aroseBefore = toDay(m[1] as string);
  }
  return { from: toDay(r['from'] as string), to: toDay(r['to'] as string), aroseBefore, source: r['source'] as string };
});

/** The moratorium that makes `day` free for the obligation of billing month `period`, or null. */
export function moratoriumFor(day: Day, period: string): Moratorium | null {
  for (const m of MORATORIA) {
    if (day < m.from || day > m.to) continue;
    if (m.aroseBefore === null || lastDayOfMonth(period) < m.aroseBefore) return m;
  }
  return null;
}
