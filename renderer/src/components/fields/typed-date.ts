/**
 * @file The typing side of the Russian date and month fields: dots inserted as the clerk types, a pasted ISO value
 * turned into the Russian order, and the ↑/↓ steps of a desktop date box. Reading the finished text (is it a date,
 * is it within the limits) is `parseRuDate` / `parseRuMonth` in ../../format — the one parser.
 */
import { daysInMonth } from '../../../../shared/dates/iso-date';

/** Digits per part: a date is дд.мм.гггг, a month мм.гггг, a time чч:мм. */
export const DATE_PARTS = [2, 2, 4] as const;
export const MONTH_PARTS = [2, 4] as const;
export const TIME_PARTS = [2, 2] as const;

/**
 * What the field shows after a keystroke or a paste: only digits and dots, a dot added when a part is full (not
 * while the clerk is deleting, or the dot would come back under Backspace), «/», «-», «,» and spaces read as dots,
 * and an ISO value ('2026-12-15', '2026-12') turned round to «15.12.2026», «12.2026».
 */
export function maskTyped(raw: string, parts: readonly number[], deleting: boolean, separator = '.'): string {
  const trimmed = raw.trim();
  if (separator !== '.') {
    // a time: no ISO form to turn round
  } else if (parts.length === 3) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
    if (iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  } else {
    const iso = /^(\d{4})-(\d{2})$/.exec(trimmed);
    if (iso) return `${iso[2]}.${iso[1]}`;
  }
  const last = parts.length - 1;
  let out = '';
  let cur = '';
  let part = 0;
  for (const ch of trimmed) {
    if (ch >= '0' && ch <= '9') {
      if (cur.length === parts[part]) {
        if (part === last) break;
        out += `${cur}${separator}`;
        part += 1;
        cur = '';
      }
      cur += ch;
    } else if ('.,/-: '.includes(ch) && cur.length > 0 && part < last) {
      out += `${cur}${separator}`;
      part += 1;
      cur = '';
    }
  }
  const full = part < last && cur.length === parts[part];
  return out + cur + (full && !deleting ? separator : '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' moved by days (↑/↓) or by months (Shift+↑/↓, the day kept within the new month). */
export function shiftDate(date: string, by: number, unit: 'day' | 'month'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (unit === 'day') {
    const t = new Date(Date.UTC(y, m - 1, d + by));
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  }
  const index = y * 12 + (m - 1) + by;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** 'YYYY-MM' moved by months (↑/↓) or years (Shift+↑/↓). */
export function shiftMonth(period: string, by: number, unit: 'month' | 'year'): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + (unit === 'year' ? by * 12 : by);
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** A value kept between the field's limits (both ISO, compared as strings). */
export function clamp(value: string, min: string | undefined, max: string | undefined): string {
  if (min && value < min) return min;
  if (max && value > max) return max;
  return value;
}

/** 'HH:MM' moved by minutes (↑/↓) or hours (Shift+↑/↓), round the clock. */
export function shiftTime(time: string, by: number, unit: 'minute' | 'hour'): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + (unit === 'hour' ? by * 60 : by)) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
