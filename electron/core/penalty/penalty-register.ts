/**
 * @file The register of a monthly penalty run, one XLSX per УК: account, address, accrued in the month, total
 * penalty as of the month end, the overdue base debt. The file is named by the УК's code, so a re-run of one УК
 * overwrites its own register and leaves the others alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { rublesCell, writeXlsxTable, type XlsxColumn } from '../epd/xlsx-rows-writer';
import type { AccountAccrual } from './monthly-penalty-compute';

const COLUMNS: XlsxColumn[] = [
  { header: 'Лицевой счёт', width: 16 },
  { header: 'Адрес', width: 60 },
  { header: 'Пени за месяц, руб.', width: 18, numFmt: '#,##0.00' },
  { header: 'Задолженность по пени, руб.', width: 22, numFmt: '#,##0.00' },
  { header: 'Просроченный основной долг, руб.', width: 24, numFmt: '#,##0.00' },
];

export function registerFileName(period: string, companyId: number): string {
  return `Реестр пени ${period} УК-${companyId}.xlsx`;
}

export async function writePenaltyRegisters(
  sqlite: Database.Database,
  dir: string,
  period: string,
  companies: ReadonlyArray<{ companyId: number; companyName: string }>,
  byCompany: ReadonlyMap<number, AccountAccrual[]>,
): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  // Hot path: every account of the district at once, for the run's registers.
  const labels = new Map(
    sqlite
      .prepare<[], { id: number; number: string; address: string }>(
        'SELECT account_id AS id, number, address FROM account_summaries',
      )
      .all()
      .map((r) => [r.id, r]),
  );
  const files: string[] = [];
  for (const c of companies) {
    const file = path.join(dir, registerFileName(period, c.companyId));
    const list = byCompany.get(c.companyId) ?? [];
    function* rows(): Generator<Array<string | number>> {
      for (const a of list) {
        const label = labels.get(a.accountId);
        yield [
          label?.number ?? String(a.accountId),
          label?.address ?? '',
          rublesCell(a.accruedKopecks),
          rublesCell(a.totalKopecks),
          rublesCell(a.baseKopecks),
        ];
      }
    }
    await writeXlsxTable(file, c.companyName, COLUMNS, rows());
    files.push(file);
  }
  return files;
}
