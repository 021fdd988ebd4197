/**
 * @file The last day on which a billing month's charge is still paid on time (lastPayDay), from the due-day table
 * (shared, pure). Day 1 of delay is the day after it.
 */
import { formatRuDate, type IsoDate } from '../../dates/iso-date';
import { periodWords } from '../../dates/period-words';
import { dayOfPeriod, nextPeriod } from './day-count';
import { dueDayRowFor, type ChargeKind, type DueDayRow, type PenaltyTables } from './legal-tables';

export interface DueDate {
  lastPayDay: IsoDate;
  row: DueDayRow;
  /** Whether the management contract's day was used. */
  contractDayUsed: boolean;
  /** Russian, for the calculation's trace. */
  reason: string;
}

/**
 * @param period billing month 'YYYY-MM'
 * @param contractDueDay the management contract's due day (1–31), honoured only where the table allows it
 */
export function dueDateFor(period: string, kind: ChargeKind, tables: PenaltyTables, contractDueDay?: number): DueDate {
  const row = dueDayRowFor(tables, period, kind);
  const payMonth = nextPeriod(period);
  const useContract = contractDueDay !== undefined && row.contractDayAllowed;
  // «До 10-го (15-го) числа» is read as that day inclusive (docs/legal-notes.md § Penalty — due day); a day past
  // the month's end
  // (a contract day 31 in a 30-day month) is the month's last day.
  const lastPayDay = dayOfPeriod(payMonth, useContract ? contractDueDay : row.dueDay);
  const base = `Срок оплаты за ${periodWords(period)}: по ${formatRuDate(lastPayDay)} включительно`;
  let why: string;
  if (useContract) why = `срок из договора управления (${contractDueDay}-е число), ${row.source}`;
  else if (contractDueDay !== undefined)
    why = `${row.dueDay}-е число; срок из договора (${contractDueDay}-е) не применён — ${row.source} его не допускает`;
  else why = `${row.dueDay}-е число, ${row.source}`;
  // The transition month's caveat (February 2026) is named only for that month.
  const note = row.note.startsWith('⚠️') && dayOfPeriod(period, 1) === row.validFrom ? `; ${row.note}` : '';
  return { lastPayDay, row, contractDayUsed: useContract, reason: `${base} — ${why}${note}` };
}
