/**
 * @file Writes a deterministic demo district as the four billing files the app imports (CSV and/or XLSX).
 *
 * Accounts are generated and written one at a time — at full scale (150 000 accounts × 60 months) the
 * charges file has ~60 million rows, which must never be held in memory. Same seed and options → the same
 * CSV bytes; XLSX is the same apart from the zip entries' timestamps that the zip library stamps.
 */

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LAYOUTS, type ImportKind, type Layout } from '../../../shared/import/layouts';
import { generateAccount } from './account';
import { CsvTableWriter } from './csv-table-writer';
import { buildDistrict } from './district';
import { previousMonth } from './periods';
import { accountRows, companyRows, forEachChargeRow, paymentRows, type Row } from './rows';
import { XlsxTableWriter } from './xlsx-table-writer';

export type DemoFormat = 'csv' | 'xlsx';

export interface WriteDemoDistrictOptions {
  accounts: number;
  seed: string | number;
  /** Months of history; default 60. */
  months?: number;
  /** Last month of the history 'YYYY-MM'; default the month before the current one. */
  endPeriod?: string;
  /** Payments after this day 'YYYY-MM-DD' are left out; default today (a file never holds future payments). */
  asOfDate?: string;
  outDir: string;
  /** Default both. */
  formats?: DemoFormat[];
  onProgress?: (done: number, total: number) => void;
}

export interface DemoDistrictCounts {
  companies: number;
  buildings: number;
  accounts: number;
  /** Distinct people (each demo person belongs to exactly one account). */
  persons: number;
  /** Rows of the accounts file that carry a person. */
  accountPersons: number;
  charges: number;
  payments: number;
}

export interface DemoDistrictResult {
  files: string[];
  counts: DemoDistrictCounts;
}

interface TableWriter {
  readonly file: string;
  writeRow(row: Row): void;
  relieve(): Promise<void>;
  close(): Promise<void>;
}

const KINDS: readonly ImportKind[] = ['companies', 'accounts', 'charges', 'payments'];
const PROGRESS_EVERY = 1000;

function openWriters(outDir: string, formats: readonly DemoFormat[]): Record<ImportKind, TableWriter[]> {
  const open = (layout: Layout): TableWriter[] =>
    formats.map((format) =>
      format === 'csv'
        ? new CsvTableWriter(join(outDir, `${layout.fileStem}.csv`), layout)
        : new XlsxTableWriter(join(outDir, `${layout.fileStem}.xlsx`), layout),
    );
  return {
    companies: open(LAYOUTS.companies),
    accounts: open(LAYOUTS.accounts),
    charges: open(LAYOUTS.charges),
    payments: open(LAYOUTS.payments),
  };
}

export async function writeDemoDistrict(options: WriteDemoDistrictOptions): Promise<DemoDistrictResult> {
  const months = options.months ?? 60;
  const endPeriod = options.endPeriod ?? previousMonth();
  const formats = [...new Set<DemoFormat>(options.formats ?? ['csv', 'xlsx'])];
  if (formats.length === 0) throw new Error('formats must name at least one of csv, xlsx');
  const asOfDate = options.asOfDate ?? todayLocal();
  const district = buildDistrict({ accounts: options.accounts, seed: options.seed, months, endPeriod, asOfDate });

  await mkdir(options.outDir, { recursive: true });
  const writers = openWriters(options.outDir, formats);
  const all = KINDS.flatMap((kind) => writers[kind]);
  const write = (kind: ImportKind, row: Row): void => {
    for (const w of writers[kind]) w.writeRow(row);
  };

  const counts: DemoDistrictCounts = {
    companies: district.companies.length,
    buildings: district.buildings.length,
    accounts: options.accounts,
    persons: 0,
    accountPersons: 0,
    charges: 0,
    payments: 0,
  };

  let failure: unknown = null;
  try {
    for (const row of companyRows(district)) write('companies', row);
    const emitCharge = (row: Row): void => write('charges', row);
    for (let i = 0; i < options.accounts; i++) {
      const account = generateAccount(district, i);
      for (const row of accountRows(account)) write('accounts', row);
      counts.persons += account.persons.length;
      counts.accountPersons += account.persons.length;
      counts.charges += forEachChargeRow(account, district.periods, emitCharge);
      const payments = paymentRows(account);
      for (const row of payments) write('payments', row);
      counts.payments += payments.length;
      for (const w of all) await w.relieve();
      if (options.onProgress && ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === options.accounts)) {
        options.onProgress(i + 1, options.accounts);
      }
    }
  } catch (error) {
    failure = error;
  }
  // Close every file even after a failure, so no handle stays open; the first error wins.
  const closed = await Promise.allSettled(all.map((w) => w.close()));
  const closeFailure = closed.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const first: unknown = failure ?? closeFailure?.reason ?? null;
  if (first !== null) throw first instanceof Error ? first : new Error(String(first));
  return { files: all.map((w) => w.file), counts };
}

/** Today's calendar date on this computer, 'YYYY-MM-DD'. */
function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
