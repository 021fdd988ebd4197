/**
 * @file The ЕПД penalty file of a month (measure 3): one row per account of the month's current runs —
 * «Лицевой счёт», «Пени за месяц, руб.», «Задолженность по пени, руб.», «Пояснение» — as CSV (`;`, comma
 * decimals, UTF-8 with BOM or windows-1251 — what billing systems here read) or XLSX. The file is kept in
 * `<data dir>/epd/`, the coverage report comes with it, and the export is journaled with the coverage figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { AppError } from '../app-error';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { EpdExportResult } from '../../../shared/api/contract-epd';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { epdCoverage } from './epd-coverage';
import { getEpdTemplate } from './epd-template';
import { epdExplanation, rublesCsv } from './epd-text';
import { periodWords } from '../../../shared/dates/period-words';
import { rublesCell, writeXlsxTable } from './xlsx-rows-writer';

export const EPD_HEADERS = ['Лицевой счёт', 'Пени за месяц, руб.', 'Задолженность по пени, руб.', 'Пояснение'] as const;

export interface EpdExportParams {
  sqlite: Database.Database;
  dataDir: string;
  period: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1251';
  userName: string;
  nowMs: number;
}

interface AccrualRow {
  number: string;
  accrued: number;
  total: number;
  linesJson: string;
  calculationDate: string;
}

export interface EpdRow {
  number: string;
  accruedKopecks: number;
  totalKopecks: number;
  text: string;
}

/** The rows of the month's ЕПД file, ordered by account number. */
export function* epdRows(sqlite: Database.Database, period: string): Generator<EpdRow> {
  const template = getEpdTemplate(sqlite);
  const stmt = sqlite.prepare(
    `SELECT s.number, a.accrued_kopecks AS accrued, a.total_penalty_kopecks AS total, a.lines_json AS linesJson, r.calculation_date AS calculationDate
       FROM penalty_runs r JOIN penalty_accruals a ON a.run_id = r.id JOIN account_summaries s ON s.account_id = a.account_id
      WHERE r.period = ? AND r.status = 'current' ORDER BY s.number`,
  );
  for (const r of stmt.iterate(period) as IterableIterator<AccrualRow>) {
    const lines = JSON.parse(r.linesJson) as MonthPenaltyLine[];
    yield {
      number: r.number,
      accruedKopecks: r.accrued,
      totalKopecks: r.total,
      text: epdExplanation(template, period, r.calculationDate, r.accrued, r.total, lines),
    };
  }
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function exportEpd(p: EpdExportParams): Promise<EpdExportResult> {
  const runs = (
    p.sqlite
      .prepare(`SELECT count(*) AS n FROM penalty_runs WHERE period = ? AND status = 'current'`)
      .get(p.period) as { n: number }
  ).n;
  if (runs === 0)
    throw new AppError(
      'NOT_FOUND',
      `Пени за ${periodWords(p.period)} ещё не рассчитаны: сначала выполните начисление пени (мероприятие 4).`,
    );
  const dir = path.join(p.dataDir, 'epd');
  fs.mkdirSync(dir, { recursive: true });
  const suffix = p.format === 'csv' ? (p.encoding === 'windows-1251' ? '-cp1251.csv' : '-utf8.csv') : '.xlsx';
  const fileName = `ЕПД-пени-${p.period}${suffix}`;
  const savedPath = path.join(dir, fileName);
  // Written under a temporary name and renamed, so a failed export never leaves half a file under the real one.
  const tmp = `${savedPath}.part`;
  let rows = 0;
  if (p.format === 'csv') {
    const parts: string[] = [EPD_HEADERS.join(';')];
    for (const r of epdRows(p.sqlite, p.period)) {
      parts.push(
        [csvCell(r.number), rublesCsv(r.accruedKopecks), rublesCsv(r.totalKopecks), csvCell(r.text)].join(';'),
      );
      rows++;
    }
    const text = parts.join('\r\n') + '\r\n';
    fs.writeFileSync(
      tmp,
      p.encoding === 'windows-1251'
        ? iconv.encode(text, 'win1251')
        : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    );
  } else {
    const source = epdRows(p.sqlite, p.period);
    function* cells(): Generator<Array<string | number>> {
      for (const r of source) yield [r.number, rublesCell(r.accruedKopecks), rublesCell(r.totalKopecks), r.text];
    }
    rows = await writeXlsxTable(
      tmp,
      `Пени ${p.period}`,
      [
        { header: EPD_HEADERS[0], width: 16 },
        { header: EPD_HEADERS[1], width: 16, numFmt: '#,##0.00' },
        { header: EPD_HEADERS[2], width: 18, numFmt: '#,##0.00' },
        { header: EPD_HEADERS[3], width: 120 },
      ],
      cells(),
    );
  }
  fs.renameSync(tmp, savedPath);
  const coverage = epdCoverage(p.sqlite, p.period);
  p.sqlite
    .prepare(
      `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary, details_json) VALUES (NULL, 3, 'epd.exported', ?, ?, ?, ?, ?)`,
    )
    .run(
      isoDateInZone(p.nowMs),
      p.nowMs,
      p.userName,
      `Выгрузка пени в ЕПД за ${periodWords(p.period)}: ${rows.toLocaleString('ru-RU')} л/с, охват должников ${String(coverage.coveragePercent).replace('.', ',')} %`,
      JSON.stringify({
        period: p.period,
        format: p.format,
        encoding: p.format === 'csv' ? p.encoding : null,
        fileName,
        rows,
        debtorAccounts: coverage.debtorAccounts,
        coveredAccounts: coverage.coveredAccounts,
        coveragePercent: coverage.coveragePercent,
        byReason: coverage.byReason.map((r) => ({ reason: r.reason, count: r.count })),
      }),
    );
  return { fileName, savedPath, base64: fs.readFileSync(savedPath).toString('base64'), rows, coverage };
}
