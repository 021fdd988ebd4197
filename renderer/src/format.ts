/**
 * @file Formatting at the UI edge only (money stays integer kopecks until shown): counts, rubles from kopecks, dates.
 */
import { periodWords } from '../../shared/dates/period-words';
import { isIsoDate } from '../../shared/dates/iso-date';

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

/** Billing period 'YYYY-MM' → «март 2026» (anything else is shown as it came). */
export function formatPeriod(period: string | null): string {
  if (!period) return '—';
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? periodWords(period) : period;
}

/** Billing period 'YYYY-MM' → «03.2026», the way billing files and ЕПД write it. */
export function formatPeriodShort(period: string | null): string {
  if (!period) return '—';
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[2]}.${m[1]}` : period;
}

/** Calendar date 'YYYY-MM-DD' → «05.02.2026». Done by hand: Date would shift it by the time zone. */
export function formatDate(date: string | null): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}

/** Elapsed time of a job: «8 с», «2 мин 05 с». */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} с`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} мин ${String(seconds % 60).padStart(2, '0')} с`;
}

/** File sizes as the clerk's file manager shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}

/** The one Russian plural helper (Intl.PluralRules('ru')), re-exported for the pages that import it from here. */
export { plural } from '../../shared/text/plural';

/** Why a typed date or month was refused: its shape, the calendar, or the field's limits. */
export type DateProblem = 'shape' | 'calendar' | 'before-min' | 'after-max';

/**
 * A date typed as «ДД.ММ.ГГГГ» (day and month may have one digit) or pasted as 'YYYY-MM-DD' → 'YYYY-MM-DD', or the
 * Russian reason it is not one, to follow the field's name («Дата обещания: …»): the wrong shape, a day the calendar
 * does not have, or a day outside the field's `min`/`max` (ISO dates). The one date parser of the renderer: the
 * date fields (components/fields) and the forms that read typed dates go through it.
 */
export function parseRuDate(
  text: string,
  limits: { min?: string | undefined; max?: string | undefined } = {},
): { date: string } | { error: string; problem: DateProblem } {
  const trimmed = text.trim();
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!ru && !iso) return { error: 'в виде ДД.ММ.ГГГГ, например 15.12.2026', problem: 'shape' };
  const date = ru ? `${ru[3]}-${ru[2]?.padStart(2, '0')}-${ru[1]?.padStart(2, '0')}` : trimmed;
  if (!isIsoDate(date)) return { error: `такой даты нет в календаре — ${trimmed}`, problem: 'calendar' };
  if (limits.min && date < limits.min) return { error: `не раньше ${formatDate(limits.min)}`, problem: 'before-min' };
  if (limits.max && date > limits.max) return { error: `не позже ${formatDate(limits.max)}`, problem: 'after-max' };
  return { date };
}

/**
 * A month typed as «ММ.ГГГГ» (the month may have one digit) or pasted as 'YYYY-MM' → 'YYYY-MM', or why not; the
 * limits are months 'YYYY-MM'.
 */
export function parseRuMonth(
  text: string,
  limits: { min?: string | undefined; max?: string | undefined } = {},
): { period: string } | { error: string; problem: DateProblem } {
  const trimmed = text.trim();
  const ru = /^(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (!ru && !iso) return { error: 'в виде ММ.ГГГГ, например 12.2026', problem: 'shape' };
  const period = ru ? `${ru[2]}-${ru[1]?.padStart(2, '0')}` : trimmed;
  const month = Number(period.slice(5, 7));
  if (month < 1 || month > 12) return { error: `такого месяца нет — ${trimmed}`, problem: 'calendar' };
  if (limits.min && period < limits.min)
    return { error: `не раньше ${formatPeriodShort(limits.min)}`, problem: 'before-min' };
  if (limits.max && period > limits.max)
    return { error: `не позже ${formatPeriodShort(limits.max)}`, problem: 'after-max' };
  return { period };
}

/** A time typed as «ЧЧ:ММ» (the hour may have one digit) → 'HH:MM', or why not. */
export function parseRuTime(text: string): { time: string } | { error: string; problem: DateProblem } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return { error: 'в виде ЧЧ:ММ, например 09:30', problem: 'shape' };
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return { error: `такого времени нет — ${text.trim()}`, problem: 'calendar' };
  return { time: `${String(h).padStart(2, '0')}:${m[2]}` };
}

/** «Не найдены столбцы: А, Б, Начислено, руб.» — a list as a sentence, without a doubled final dot. */
export function sentence(lead: string, items: readonly string[]): string {
  const text = `${lead}: ${items.join(', ')}`;
  return text.endsWith('.') ? text : `${text}.`;
}

/** Integer kopecks → «1 234,56» without the currency sign, as tables of documents print amounts. */
export function formatRubles(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(kopecks));
  const rub = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${rub},${String(abs % 100).padStart(2, '0')}`;
}

/** How far the core's clock is from this computer's (set from auth.status by the session gate). */
let coreClockOffsetMs = 0;

/** Remembers the core's time, so the page's «today» is the office's today (the core judges dates by it). */
export function setCoreClock(coreNowMs: number): void {
  coreClockOffsetMs = coreNowMs - Date.now();
}

/**
 * Today as the core sees it, 'YYYY-MM-DD' — the default and the limit of date fields: a clerk whose computer's clock
 * is a day ahead would otherwise have every «today» refused as a date still to come. Built from local calendar
 * fields: toISOString() would give yesterday's date between midnight and 03:00 in Moscow.
 */
export function todayIsoDate(now: Date = new Date(Date.now() + coreClockOffsetMs)): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
