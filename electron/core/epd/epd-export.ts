/**
 * @file The ЕПД penalty file of a month (measure 3): one row per account of the month's current runs —
 * «Лицевой счёт», «Пени за месяц, руб.», «Задолженность по пени, руб.», «Пояснение» (at most the limit of
 * ./epd-settings, 255 characters by default) — as CSV (`;`, comma decimals, UTF-8 with BOM or windows-1251 — what
 * billing systems here read) or XLSX. On request the full calculation goes with it, as a fifth column «Расчёт
 * пени полностью» or as a second file of the same format. Files are written as streams under a temporary name and
 * renamed, kept in `<data dir>/epd/`; the coverage report comes with them, and the export is journaled with the
 * coverage figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { csvLine } from '../../../shared/csv/csv-cell';
import { AppError } from '../app-error';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { EpdExportResult, EpdSavedFile, EpdTextStats } from '../../../shared/api/contract-epd';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { currentRunsCount, epdCoverage } from './epd-coverage';
import { getEpdTemplate } from './epd-template';
import { getEpdLimit } from './epd-settings';
import { epdExplanation, epdFullCalculation, rublesCsv, type EpdRowFigures } from './epd-text';
import { periodWords } from '../../../shared/dates/period-words';
import { rublesCell, writeXlsxTable, type XlsxColumn } from './xlsx-rows-writer';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';

export const EPD_HEADERS = ['Лицевой счёт', 'Пени за месяц, руб.', 'Задолженность по пени, руб.', 'Пояснение'] as const;
export const EPD_FULL_HEADER = 'Расчёт пени полностью';

export type FullCalculation = 'none' | 'column' | 'file';

export interface EpdExportParams {
  sqlite: Database.Database;
  dataDir: string;
  period: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1251';
  fullCalculation?: FullCalculation;
  by: JournalActor;
  nowMs: number;
}

/** A row of the month's accruals, streamed (a district's export is every debtor: it is not read into memory). */
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
  /** How much was left out to fit the limit (0 = nothing). */
  level: number;
  /** The full calculation, when asked for. */
  full: string | null;
}

/** The rows of the month's ЕПД file, ordered by account number. */
export function* epdRows(sqlite: Database.Database, period: string, withFull = false): Generator<EpdRow> {
  const template = getEpdTemplate(sqlite);
  const maxChars = getEpdLimit(sqlite);
  const stmt = sqlite.prepare<[period: string], AccrualRow>(
    `SELECT s.number, a.accrued_kopecks AS accrued, a.total_penalty_kopecks AS total, a.lines_json AS linesJson, r.calculation_date AS calculationDate
       FROM penalty_runs r JOIN penalty_accruals a ON a.run_id = r.id JOIN account_summaries s ON s.account_id = a.account_id
      WHERE r.period = ? AND r.status = 'current' ORDER BY s.number`,
  );
  for (const r of stmt.iterate(period)) {
    const figures: EpdRowFigures = {
      period,
      calculationDate: r.calculationDate,
      accruedKopecks: r.accrued,
      totalKopecks: r.total,
      lines: JSON.parse(r.linesJson) as MonthPenaltyLine[],
    };
    const explanation = epdExplanation(template, maxChars, figures);
    yield {
      number: r.number,
      accruedKopecks: r.accrued,
      totalKopecks: r.total,
      text: explanation.text,
      level: explanation.level,
      full: withFull ? epdFullCalculation(figures) : null,
    };
  }
}

/** Writes CSV rows to a file in chunks (a district's full calculation runs to hundreds of megabytes). */
function writeCsv(
  file: string,
  encoding: 'utf-8' | 'windows-1251',
  header: readonly string[],
  rows: Iterable<string[]>,
): void {
  const fd = fs.openSync(file, 'w');
  try {
    if (encoding === 'utf-8') fs.writeSync(fd, Buffer.from([0xef, 0xbb, 0xbf]));
    let chunk: string[] = [csvLine(header)];
    let size = 0;
    const flush = () => {
      const text = chunk.join('\r\n') + '\r\n';
      fs.writeSync(fd, encoding === 'windows-1251' ? iconv.encode(text, 'win1251') : Buffer.from(text, 'utf8'));
      chunk = [];
      size = 0;
    };
    for (const row of rows) {
      const line = csvLine(row);
      chunk.push(line);
      size += line.length;
      if (size > 1_000_000) flush();
    }
    if (chunk.length > 0) flush();
  } finally {
    fs.closeSync(fd);
  }
}

export async function exportEpd(p: EpdExportParams): Promise<EpdExportResult> {
  const full = p.fullCalculation ?? 'none';
  const runs = currentRunsCount(p.sqlite, p.period);
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
  const fullName = full === 'file' ? `ЕПД-пени-${p.period}-расчёт${suffix}` : null;
  const fullPath = fullName ? path.join(dir, fullName) : null;
  // Written under temporary names and renamed, so a failed export never leaves half a file under the real name.
  const tmp = `${savedPath}.part`;
  const fullTmp = fullPath ? `${fullPath}.part` : null;
  const stats: EpdTextStats = { maxChars: getEpdLimit(p.sqlite), longest: 0, shortened: 0 };
  let rows = 0;
  const source = function* (): Generator<EpdRow> {
    for (const r of epdRows(p.sqlite, p.period, full === 'column')) {
      rows++;
      if (r.text.length > stats.longest) stats.longest = r.text.length;
      if (r.level > 0) stats.shortened++;
      yield r;
    }
  };
  // The second file is a second pass over the rows: the calculations of a district do not fit in memory at once.
  const fullRows = function* (): Generator<[string, string]> {
    for (const r of epdRows(p.sqlite, p.period, true)) yield [r.number, r.full ?? ''];
  };
  const mainHeader = full === 'column' ? [...EPD_HEADERS, EPD_FULL_HEADER] : [...EPD_HEADERS];
  try {
    if (p.format === 'csv') {
      const lines = function* (): Generator<string[]> {
        for (const r of source()) {
          const cells = [r.number, rublesCsv(r.accruedKopecks), rublesCsv(r.totalKopecks), r.text];
          if (full === 'column') cells.push(r.full ?? '');
          yield cells;
        }
      };
      writeCsv(tmp, p.encoding, mainHeader, lines());
      if (fullTmp) writeCsv(fullTmp, p.encoding, [EPD_HEADERS[0], EPD_FULL_HEADER], fullRows());
    } else {
      const cells = function* (): Generator<Array<string | number>> {
        for (const r of source()) {
          const row: Array<string | number> = [
            r.number,
            rublesCell(r.accruedKopecks),
            rublesCell(r.totalKopecks),
            r.text,
          ];
          if (full === 'column') row.push(r.full ?? '');
          yield row;
        }
      };
      const columns: XlsxColumn[] = [
        { header: EPD_HEADERS[0], width: 16 },
        { header: EPD_HEADERS[1], width: 16, numFmt: '#,##0.00' },
        { header: EPD_HEADERS[2], width: 18, numFmt: '#,##0.00' },
        { header: EPD_HEADERS[3], width: 100 },
      ];
      if (full === 'column') columns.push({ header: EPD_FULL_HEADER, width: 120 });
      await writeXlsxTable(tmp, `Пени ${p.period}`, columns, cells());
      if (fullTmp)
        await writeXlsxTable(
          fullTmp,
          `Расчёт пени ${p.period}`,
          [
            { header: EPD_HEADERS[0], width: 16 },
            { header: EPD_FULL_HEADER, width: 160 },
          ],
          fullRows(),
        );
    }
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    if (fullTmp) fs.rmSync(fullTmp, { force: true });
    throw error;
  }
  fs.renameSync(tmp, savedPath);
  if (fullTmp && fullPath) fs.renameSync(fullTmp, fullPath);
  const coverage = epdCoverage(p.sqlite, p.period);
  writeJournal(p.sqlite, p.by, p.nowMs, {
    kind: 'epd.exported',
    actionDate: isoDateInZone(p.nowMs),
    summary: `Выгрузка пени в ЕПД за ${periodWords(p.period)}: ${rows.toLocaleString('ru-RU')} л/с, охват должников ${String(coverage.coveragePercent).replace('.', ',')} %`,
    details: {
      period: p.period,
      format: p.format,
      encoding: p.format === 'csv' ? p.encoding : null,
      fileName,
      fullCalculation: full,
      fullCalculationFile: fullName,
      rows,
      texts: stats,
      debtorAccounts: coverage.debtorAccounts,
      coveredAccounts: coverage.coveredAccounts,
      withPenaltyAccounts: coverage.withPenaltyAccounts,
      coveragePercent: coverage.coveragePercent,
      byReason: coverage.byReason.map((r) => ({ reason: r.reason, count: r.count })),
    },
  });
  const saved = (name: string, file: string): EpdSavedFile => ({
    fileName: name,
    savedPath: file,
    base64: fs.readFileSync(file).toString('base64'),
  });
  return {
    ...saved(fileName, savedPath),
    rows,
    coverage,
    texts: stats,
    fullCalculationFile: fullName && fullPath ? saved(fullName, fullPath) : null,
  };
}
