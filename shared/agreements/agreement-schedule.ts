/**
 * @file The instalment schedule of a repayment agreement (shared, pure): equal monthly instalments of a total, or a
 * list of rows the clerk typed, checked. Integer kopecks; dates 'YYYY-MM-DD'.
 *
 * [Note: the odd kopecks] A total that does not divide evenly is split into equal instalments of ⌊total / n⌋ and the
 * remainder (fewer than n kopecks) is added to the FIRST instalment: the later instalments are all the same round
 * sum the debtor remembers, and the odd kopecks are paid soonest (the creditor is never owed the remainder at the
 * end). 1 000,00 ₽ in 3 → 333,34 + 333,33 + 333,33.
 *
 * [Note: month ends] Each due date is the first due date plus k months, counted from the FIRST date each time (not
 * from the previous instalment) and clamped to the month's last day: 31.01 → 28.02 (29.02 in a leap year) → 31.03 →
 * 30.04. Counting from the previous date would drift to the 28th for the rest of the schedule.
 */
import { rublesText } from '../documents/money-text';
import { addMonthsClamped } from '../debt/limitation';
import { isIsoDate, formatRuDate } from '../dates/iso-date';

export const MAX_INSTALMENTS = 36;

export interface Instalment {
  /** 1, 2, … in date order. */
  seq: number;
  dueDate: string;
  amountKopecks: number;
}

export type ScheduleResult = { ok: true; instalments: Instalment[] } | { ok: false; message: string };

const rub = (kopecks: number): string => `${rublesText(kopecks)}\u00a0₽`;

/**
 * Equal monthly instalments of `totalKopecks` (> 0) from `firstDueDate`, `count` of them (1…36); the remainder on
 * the first (see the note above). Refusals are Russian sentences.
 */
export function equalSchedule(totalKopecks: number, firstDueDate: string, count: number): ScheduleResult {
  if (!Number.isSafeInteger(totalKopecks) || totalKopecks <= 0)
    return { ok: false, message: 'Сумма соглашения должна быть больше нуля (целое число копеек).' };
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS)
    return { ok: false, message: `Число платежей — от 1 до ${MAX_INSTALMENTS}.` };
  if (!isIsoDate(firstDueDate)) return { ok: false, message: 'Дата первого платежа указана неверно.' };
  if (totalKopecks < count)
    return { ok: false, message: `Сумма ${rub(totalKopecks)} меньше, чем по копейке на каждый из ${count} платежей.` };
  const base = Math.floor(totalKopecks / count);
  const remainder = totalKopecks - base * count;
  const instalments: Instalment[] = [];
  for (let i = 0; i < count; i++)
    instalments.push({
      seq: i + 1,
      dueDate: addMonthsClamped(firstDueDate, i),
      amountKopecks: base + (i === 0 ? remainder : 0),
    });
  return { ok: true, instalments };
}

/**
 * A schedule typed row by row: 1…36 rows, each sum positive whole kopecks, each date a real date later than the one
 * before, and the sums adding up to the total exactly.
 */
export function customSchedule(
  totalKopecks: number,
  rows: ReadonlyArray<{ dueDate: string; amountKopecks: number }>,
): ScheduleResult {
  if (!Number.isSafeInteger(totalKopecks) || totalKopecks <= 0)
    return { ok: false, message: 'Сумма соглашения должна быть больше нуля (целое число копеек).' };
  if (rows.length < 1 || rows.length > MAX_INSTALMENTS)
    return { ok: false, message: `В графике должно быть от 1 до ${MAX_INSTALMENTS} платежей.` };
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!Number.isSafeInteger(r.amountKopecks) || r.amountKopecks <= 0)
      return { ok: false, message: `Платёж № ${i + 1}: сумма должна быть больше нуля.` };
    if (!isIsoDate(r.dueDate)) return { ok: false, message: `Платёж № ${i + 1}: дата указана неверно.` };
    if (i > 0 && r.dueDate <= rows[i - 1]!.dueDate)
      return {
        ok: false,
        message: `Платёж № ${i + 1}: срок ${formatRuDate(r.dueDate)} должен быть позже срока платежа № ${i} (${formatRuDate(rows[i - 1]!.dueDate)}).`,
      };
    sum += r.amountKopecks;
  }
  if (sum !== totalKopecks)
    return {
      ok: false,
      message:
        `Платежи графика в сумме ${rub(sum)}, а сумма соглашения ${rub(totalKopecks)}: ` +
        (sum < totalKopecks ? `не хватает ${rub(totalKopecks - sum)}.` : `лишние ${rub(sum - totalKopecks)}.`),
    };
  return {
    ok: true,
    instalments: rows.map((r, i) => ({ seq: i + 1, dueDate: r.dueDate, amountKopecks: r.amountKopecks })),
  };
}
