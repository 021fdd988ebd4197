/**
 * @file The debtor's local calendar day and minute of an instant (ФЗ-230 counts hours in the debtor's local
 * time; the district's time zone is the default).
 */

export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of an instant in a time zone, two digits each (year four): for dates, minutes, file stamps. */
export function localParts(
  atMs: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): { year: string; month: string; day: string; hour: string; minute: string; second: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(atMs)).map((part) => [part.type, part.value]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second } as ReturnType<
    typeof localParts
  >;
}

export function localMoment(atMs: number, timeZone: string = DEFAULT_TIME_ZONE): { date: string; minute: number } {
  const p = localParts(atMs, timeZone);
  return { date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute) };
}
