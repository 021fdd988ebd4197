/**
 * @file Formatting at the UI edge only (conventions §10.4): counts, rubles from kopecks, dates.
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

/**
 * A date typed as «ДД.ММ.ГГГГ» (day and month may have one digit) → 'YYYY-MM-DD', or the Russian reason it is not
 * one, to follow the field's name («Дата обещания: …»): the wrong shape, or a day the calendar does not have.
 */
export function parseRuDate(text: string): { date: string } | { error: string } {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m) return { error: 'в виде ДД.ММ.ГГГГ, например 15.12.2026' };
  const date = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isIsoDate(date) ? { date } : { error: `такой даты нет в календаре — ${text.trim()}` };
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
