/**
 * @file The department's rows as values: dates through parse-date.ts (дд.мм.гггг, ISO, XLSX dates), money through
 * parse-money.ts (exact kopecks, never floats), texts trimmed. A row is bad when it names no debtor, has a date that
 * does not exist or lies after the list's date (a birth date, the proceedings' date), or a sum that is not money or
 * is negative; every bad row is listed with its line number and what is wrong, in Russian. A bad row that still shows
 * a writ number keeps it (`skippedWritNumbers`): the department has that writ even if its row could not be read.
 */
import { formatRuDate } from '../../../shared/dates/iso-date';
import {
  RECONCILIATION_FIELD_INFO,
  type ReconciliationBadRow,
  type ReconciliationField,
} from '../../../shared/api/contract-fssp-reconciliation';
import { ValueError, formatCellError } from '../import/errors';
import { parseDate } from '../import/parse-date';
import { parseMoney } from '../../../shared/numbers/parse-money';
import type { ColumnBinding } from './reconciliation-columns';
import type { RawCell, RawTable } from './reconciliation-file';
import type { TheirRow } from './reconciliation-match';
import { theirStatus } from './reconciliation-status';

export interface ReadRows {
  rows: TheirRow[];
  badRows: ReconciliationBadRow[];
  skippedWritNumbers: string[];
  /** Status texts not translated (distinct, as written). */
  unknownStatuses: string[];
}

function cellText(c: RawCell | undefined): string | null {
  if (c === null || c === undefined) return null;
  if (c instanceof Date) return formatRuDate(c.toISOString().slice(0, 10));
  const s = String(c).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

export function readListRows(table: RawTable, binding: ColumnBinding, listDate: string): ReadRows {
  const rows: TheirRow[] = [];
  const badRows: ReconciliationBadRow[] = [];
  const skippedWritNumbers: string[] = [];
  const unknown = new Set<string>();
  const header = (f: ReconciliationField): string => binding.mapping[f] ?? RECONCILIATION_FIELD_INFO[f].label;

  for (const { line, cells } of table.rows) {
    const problems: string[] = [];
    const at = (f: ReconciliationField): RawCell | undefined => {
      const i = binding.index[f];
      return i === undefined ? undefined : cells[i];
    };
    const text = (f: ReconciliationField): string | null => cellText(at(f));
    const date = (f: ReconciliationField, what: string): string | null => {
      const c = at(f);
      if (c === null || c === undefined) return null;
      const v = parseDate(c);
      if (v instanceof ValueError) {
        problems.push(formatCellError(line, undefined, header(f), c, v.message));
        return null;
      }
      if (v > listDate) {
        problems.push(
          formatCellError(line, undefined, header(f), c, `${what} позже даты списка ${formatRuDate(listDate)}`),
        );
        return null;
      }
      return v;
    };
    const kopecks = (f: ReconciliationField): number | null => {
      const c = at(f);
      if (c === null || c === undefined) return null;
      const v = c instanceof Date ? new ValueError('дата вместо суммы') : parseMoney(c);
      if (v instanceof ValueError) {
        problems.push(formatCellError(line, undefined, header(f), c, v.message));
        return null;
      }
      if (v < 0) {
        problems.push(formatCellError(line, undefined, header(f), c, 'сумма не может быть отрицательной'));
        return null;
      }
      return v;
    };

    const debtorName = text('debtorName');
    if (debtorName === null) problems.push(`Строка ${line}: не указан должник.`);
    const row: TheirRow = {
      rowNumber: line,
      proceedingNumber: text('proceedingNumber'),
      proceedingDate: date('proceedingDate', 'дата возбуждения'),
      debtorName: debtorName ?? '',
      birthDate: date('birthDate', 'дата рождения'),
      writNumber: text('writNumber'),
      sumKopecks: kopecks('sum'),
      balanceKopecks: kopecks('balance'),
      collectedKopecks: kopecks('collected'),
      statusText: text('status'),
      bailiffName: text('bailiff'),
    };
    if (problems.length > 0) {
      badRows.push({ line, message: problems.map((p) => p.replace(/\.$/, '')).join('; ') + '.' });
      if (row.writNumber !== null) skippedWritNumbers.push(row.writNumber);
      continue;
    }
    if (row.statusText !== null && theirStatus(row.statusText) === null) unknown.add(row.statusText);
    rows.push(row);
  }
  return { rows, badRows, skippedWritNumbers, unknownStatuses: [...unknown].slice(0, 20) };
}
