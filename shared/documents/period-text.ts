/**
 * @file A billing month as documents print it: '2025-01' → «январь 2025». Pure.
 */
const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

export function periodText(period: string): string {
  const month = MONTHS[Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7);
  return `${month} ${period.slice(0, 4)}`;
}
