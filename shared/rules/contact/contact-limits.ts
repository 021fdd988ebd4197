/**
 * @file ФЗ-230 ст.7 contact limits as a pure rule: may this debtor be contacted by this channel at this local
 * moment, given the contacts already made? Returns every reason it may not, in Russian.
 *
 * Counting windows are rolling (the 7 days and the month ending today), which is stricter than calendar weeks
 * and months: whatever passes here passes the calendar reading of the law too. Every attempt counts, answered
 * or not — the conservative reading, so an unanswered call never lets a second one through the same day.
 */
import type { ProductionCalendarData } from '../../calendar/production-calendar-data';
import { dayInfo } from '../../calendar/day-kind';
import { addDays, minusOneMonth } from '../../calendar/date-math';

export type ContactChannel = 'call' | 'sms';

export interface ChannelLimits {
  perDay: number;
  perWeek: number;
  perMonth: number;
}

/** Minutes from local midnight: 08:00 = 480. `to` is exclusive (22:00 means up to 21:59). */
export interface HoursWindow {
  from: number;
  to: number;
}

export interface ContactLimits {
  call: ChannelLimits;
  sms: ChannelLimits;
  /** Hours for calls (and for sending messages) on working days and on weekends/holidays. */
  hours: { working: HoursWindow; dayOff: HoursWindow };
  /** Categories nobody may contact (ст.7 ч.1), by code. */
  blockedCategories: readonly string[];
}

export const BLOCKED_CATEGORY_LABELS: Record<string, string> = {
  bankrupt: 'признан банкротом (процедура банкротства)',
  incapacitated: 'признан недееспособным',
  hospital: 'находится на лечении в стационаре',
  disabled_1: 'инвалид I группы',
  minor: 'несовершеннолетний',
};

export interface ContactCounts {
  day: number;
  week: number;
  month: number;
}

/** How many contacts of the history fall into today's day, week and month windows. */
export function countContacts(contactDates: readonly string[], today: string): ContactCounts {
  const weekFrom = addDays(today, -6);
  const monthFrom = addDays(minusOneMonth(today), 1);
  const counts = { day: 0, week: 0, month: 0 };
  for (const date of contactDates) {
    if (date > today) continue;
    if (date === today) counts.day += 1;
    if (date >= weekFrom) counts.week += 1;
    if (date >= monthFrom) counts.month += 1;
  }
  return counts;
}

export interface ContactViolation {
  code: 'per_day' | 'per_week' | 'per_month' | 'hours' | 'blocked';
  text: string;
}

export interface ContactCheck {
  allowed: boolean;
  violations: ContactViolation[];
  counts: ContactCounts;
  /** The hours that apply to the day, for display («09:00–20:00, выходной день»). */
  hoursText: string;
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** The limit checks alone (no clock): used by worklists, which are built for a day, not a minute. */
export function checkLimits(channel: ContactChannel, counts: ContactCounts, limits: ContactLimits): ContactViolation[] {
  const l = limits[channel];
  const what = channel === 'call' ? 'звонков' : 'сообщений';
  const out: ContactViolation[] = [];
  if (counts.day >= l.perDay)
    out.push({ code: 'per_day', text: `${what} сегодня ${counts.day} — предел ${l.perDay} в день` });
  if (counts.week >= l.perWeek)
    out.push({ code: 'per_week', text: `${what} за 7 дней ${counts.week} — предел ${l.perWeek} в неделю` });
  if (counts.month >= l.perMonth)
    out.push({ code: 'per_month', text: `${what} за месяц ${counts.month} — предел ${l.perMonth} в месяц` });
  return out;
}

export function hoursFor(
  date: string,
  limits: ContactLimits,
  calendar: ProductionCalendarData,
): { window: HoursWindow; text: string } {
  const info = dayInfo(date, calendar);
  const working = info.kind === 'working';
  const window = working ? limits.hours.working : limits.hours.dayOff;
  const kindText = working
    ? 'рабочий день'
    : info.kind === 'holiday'
      ? 'праздничный (нерабочий) день'
      : 'выходной день';
  return { window, text: `${formatMinute(window.from)}–${formatMinute(window.to)}, ${kindText}` };
}

/**
 * Everything that forbids a contact at a local moment: limits for the channel, hours by the production calendar,
 * blocked categories.
 */
export function checkContact(input: {
  channel: ContactChannel;
  localDate: string;
  localMinute: number;
  contactDates: readonly string[];
  blockedCategories: readonly string[];
  limits: ContactLimits;
  calendar: ProductionCalendarData;
}): ContactCheck {
  const counts = countContacts(input.contactDates, input.localDate);
  const violations = checkLimits(input.channel, counts, input.limits);
  const hours = hoursFor(input.localDate, input.limits, input.calendar);
  if (input.localMinute < hours.window.from || input.localMinute >= hours.window.to) {
    violations.push({
      code: 'hours',
      text: `сейчас ${formatMinute(input.localMinute)} по местному времени — можно только ${hours.text}`,
    });
  }
  const blocked = input.blockedCategories.filter((c) => input.limits.blockedCategories.includes(c));
  for (const category of blocked) {
    violations.push({
      code: 'blocked',
      text: `взаимодействие запрещено: ${BLOCKED_CATEGORY_LABELS[category] ?? category}`,
    });
  }
  return { allowed: violations.length === 0, violations, counts, hoursText: hours.text };
}
