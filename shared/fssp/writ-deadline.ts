/**
 * @file The presentation deadline of a writ (shared, pure; 229-ФЗ ст.21, 22, 16), by the fixed contract of issue 13:
 *
 * - the last day D = start + N years (N = 3, the rule `writ_term_years`), the last day of the month where the month
 *   has no such day (29 February → 28 February);
 * - the events in date order (events of one day in the order given): `presented` on or before the last day (moved as
 *   below) puts the writ with the bailiff and the term stops running; presented later has no effect (too late);
 *   `returned` while with the bailiff → D = the return date + N years; `partial_payment` while with the creditor, on
 *   or before the last day → D = its date + N years; any other event changes nothing;
 * - with the bailiff at the end → no deadline (the term does not run), not expired; otherwise a last day that is not
 *   a working day moves to the next working day (ст.16) by the production calendar (passed in as data);
 * - expired = asOf is after the deadline.
 *
 * The steps say in Russian what each event did, for the writ's card and the CLI.
 */
import { daysBetween } from '../calendar/date-math';
import { firstWorkingDayFrom } from '../calendar/working-day';
import type { ProductionCalendarData } from '../calendar/production-calendar-data';
import { formatRuDate } from '../dates/iso-date';
import type { WritEventType } from './fssp-terms';

export interface WritDeadlineEvent {
  type: WritEventType;
  date: string;
}

export interface WritDeadlineInput {
  start: string;
  events: readonly WritDeadlineEvent[];
  asOf: string;
}

export interface WritDeadline {
  /** The last day to present the writ (moved to a working day); null while the writ is with the bailiff. */
  deadline: string | null;
  expired: boolean;
  /** Where the writ is at the end: with the bailiff (the term does not run) or with the creditor. */
  withBailiff: boolean;
  /** The last day before the move to a working day (null while with the bailiff). */
  lastDay: string | null;
  /** Days from asOf to the deadline (negative once expired); null without a deadline. */
  daysLeft: number | null;
  /** What each event did, in Russian. */
  steps: string[];
  /** False when a day looked at lies outside the production calendar's years (only weekends known then). */
  calendarCovered: boolean;
}

/** `date` + `years` years; 29 February → 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const ru = (d: string) => formatRuDate(d);

export function writDeadline(input: WritDeadlineInput, calendar: ProductionCalendarData, termYears = 3): WritDeadline {
  let covered = true;
  const moved = (day: string) => {
    const shift = firstWorkingDayFrom(day, calendar);
    covered &&= shift.covered;
    return shift.date;
  };
  let last = addYears(input.start, termYears);
  let withBailiff = false;
  const steps = [`Начало срока ${ru(input.start)}: последний день ${ru(last)}.`];
  // A stable sort: events of one day keep the order they were given in.
  const events = input.events
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  for (const e of events) {
    const at = ru(e.date);
    if (e.type === 'presented') {
      if (withBailiff) steps.push(`${at}: предъявлен повторно, документ уже у пристава — без изменений.`);
      else if (e.date <= moved(last)) {
        withBailiff = true;
        steps.push(`${at}: предъявлен к исполнению — срок прерван и не течёт, пока документ у пристава.`);
      } else steps.push(`${at}: предъявлен после истечения срока (${ru(moved(last))}) — не прерывает срок.`);
    } else if (e.type === 'returned') {
      if (withBailiff) {
        withBailiff = false;
        last = addYears(e.date, termYears);
        steps.push(`${at}: возвращён взыскателю — срок начался заново, последний день ${ru(last)}.`);
      } else steps.push(`${at}: возврат, когда документ не у пристава, — без изменений.`);
    } else if (e.type === 'partial_payment') {
      if (withBailiff) steps.push(`${at}: частичная оплата, когда документ у пристава, — срок и так не течёт.`);
      else if (e.date <= moved(last)) {
        last = addYears(e.date, termYears);
        steps.push(`${at}: частичное исполнение — срок прерван, последний день ${ru(last)}.`);
      } else steps.push(`${at}: оплата после истечения срока — не прерывает срок.`);
    }
  }
  if (withBailiff) {
    steps.push('Документ у пристава: срок предъявления не течёт.');
    return {
      deadline: null,
      expired: false,
      withBailiff,
      lastDay: null,
      daysLeft: null,
      steps,
      calendarCovered: covered,
    };
  }
  const deadline = moved(last);
  if (deadline !== last)
    steps.push(`${ru(last)} — нерабочий день: срок переносится на ${ru(deadline)} (229-ФЗ ст.16).`);
  const expired = input.asOf > deadline;
  steps.push(expired ? `Срок истёк ${ru(deadline)}.` : `Предъявить не позднее ${ru(deadline)}.`);
  return {
    deadline,
    expired,
    withBailiff,
    lastDay: last,
    daysLeft: daysBetween(input.asOf, deadline),
    steps,
    calendarCovered: covered,
  };
}
