/**
 * @file Benchmark: the journal page on a journal of a million entries (issue 11). The journal is generated once
 * through the journal writer (five years of an office: 8 clerks, the command line, 5 000 accounts, SMS, calls,
 * claims and office work) and kept in bench/out; then every filter of the page is timed (page + total), a deep
 * page, and the whole-history XLSX of one account and of one user.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '../electron/core/db/prepare-database';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { journalWriter } from '../electron/core/journal/journal-writer';
import { searchJournal, type JournalFilter } from '../electron/core/journal/journal-search';
import { exportJournalXlsx } from '../electron/core/journal/journal-xlsx';
import { JOURNAL_KINDS, type JournalKind } from '../shared/journal/journal-kinds';
import { JournalFilterSchema } from '../shared/api/contract-auth';
import { median, seconds, type BenchLine } from './bench-format';
import type { OpenedDatabase } from '../electron/core/db/connection';

export const JOURNAL_ENTRIES = 1_000_000;
const ACCOUNTS = 5000;
const USERS = 8;
const START_MS = Date.UTC(2021, 11, 1, 6);
const STEP_MS = Math.floor((5 * 365 * 86_400_000) / JOURNAL_ENTRIES);

/** A small deterministic generator (mulberry32), so every run builds the same journal. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNT_KINDS: JournalKind[] = [
  'sms.sent',
  'sms.sent',
  'sms.sent',
  'call.recorded',
  'call.recorded',
  'claim.issued',
  'notice.generated',
  'promise.kept',
  'contacts.blocked',
];
const OFFICE_KINDS: JournalKind[] = [
  'import.applied',
  'penalty.run',
  'settings.updated',
  'user.updated',
  'auth.signedIn',
  'claims.batch',
];

function generate(opened: OpenedDatabase, nowMs: number): void {
  const { sqlite } = opened;
  sqlite
    .prepare(`INSERT INTO management_companies (name, inn, created_at_ms) VALUES ('УК «Бенч»', '5024000000', ?)`)
    .run(nowMs);
  const account = sqlite.prepare(
    `INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES (?, 1, 'owner', ?)`,
  );
  const user = sqlite.prepare(`INSERT INTO users (login, full_name, role, created_at_ms) VALUES (?, ?, 'operator', ?)`);
  sqlite.transaction(() => {
    for (let i = 1; i <= ACCOUNTS; i++) account.run(String(5_000_000 + i), nowMs);
    for (let i = 1; i <= USERS; i++) user.run(`clerk${i}`, `Сотрудник ${i}`, nowMs);
  })();
  const rnd = random(11);
  const writer = journalWriter(sqlite);
  const write = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const atMs = START_MS + i * STEP_MS;
      const cli = rnd() < 0.03;
      const by = cli
        ? { userId: null, name: 'Командная строка (ivan)' }
        : (() => {
            const u = 1 + Math.floor(rnd() * USERS);
            return { userId: u, name: `Сотрудник ${u}` };
          })();
      if (rnd() < 0.9) {
        const kind = ACCOUNT_KINDS[Math.floor(rnd() * ACCOUNT_KINDS.length)] as JournalKind;
        writer.write(by, atMs, {
          kind,
          summary: `${JOURNAL_KINDS[kind].label}, запись ${i}`,
          accountId: 1 + Math.floor(rnd() * ACCOUNTS),
        });
      } else {
        const kind = OFFICE_KINDS[Math.floor(rnd() * OFFICE_KINDS.length)] as JournalKind;
        const change = kind === 'settings.updated' || kind === 'user.updated';
        writer.write(by, atMs, {
          kind,
          summary: `${JOURNAL_KINDS[kind].label}, запись ${i}`,
          object: { type: kind === 'user.updated' ? 'user' : 'settings', id: 1 + (i % USERS) },
          ...(change
            ? { before: { role: 'operator', dailyQuota: 150 }, after: { role: 'head', dailyQuota: 150 } }
            : {}),
        });
      }
    }
  });
  for (let i = 0; i < JOURNAL_ENTRIES; i += 50_000) write(i, Math.min(JOURNAL_ENTRIES, i + 50_000));
}

export async function journalBench(workDir: string): Promise<BenchLine[]> {
  const dataDir = path.join(workDir, `journal-${JOURNAL_ENTRIES}`);
  const databasePath = path.join(dataDir, 'zhku.db');
  const lines: BenchLine[] = [];
  if (!fs.existsSync(path.join(dataDir, 'ready'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const t = performance.now();
    const opened = prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    generate(opened, START_MS);
    opened.sqlite.close();
    fs.writeFileSync(path.join(dataDir, 'ready'), '');
    lines.push({
      name: `journal of ${JOURNAL_ENTRIES.toLocaleString('ru-RU')} entries written (journal writer)`,
      value: seconds(performance.now() - t),
    });
  }
  const opened = prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  const { db } = opened;
  const f = (input: Partial<JournalFilter>): JournalFilter => JournalFilterSchema.parse(input);
  const cases: Array<[string, JournalFilter, number]> = [
    ['everything, first page', f({}), 0],
    ['everything, page at offset 500 000', f({}), 500_000],
    ['one user', f({ user: 3 }), 0],
    ['one user, page at offset 100 000', f({ user: 3 }), 100_000],
    ['command line', f({ user: 'cli' }), 0],
    ['measure 1 (SMS)', f({ measure: 1 }), 0],
    ['measure 6 (notices)', f({ measure: 6 }), 0],
    ['no measure (office)', f({ measure: 0 }), 0],
    ['kind «user.updated»', f({ kind: 'user.updated' }), 0],
    ['one account', f({ accountNumber: '5000777' }), 0],
    ['a month (period)', f({ from: '2024-03-01', to: '2024-03-31' }), 0],
    ['a year (period)', f({ from: '2023-01-01', to: '2023-12-31' }), 0],
    ['a day, one user', f({ from: '2025-06-10', to: '2025-06-10', user: 5 }), 0],
    ['a month, measure 2', f({ from: '2024-03-01', to: '2024-03-31', measure: 2 }), 0],
    ['a year, one account', f({ from: '2023-01-01', to: '2023-12-31', accountNumber: '5000777' }), 0],
  ];
  for (const [name, filter, offset] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      total = searchJournal(db, filter, { offset, limit: 100 }).total;
      times.push(performance.now() - t);
    }
    lines.push({ name: `${name} (${total.toLocaleString('ru-RU')})`, value: seconds(median(times)) });
  }
  for (const [name, filter] of [
    ['XLSX of one account (whole history)', f({ accountNumber: '5000777' })],
    ['XLSX of a month', f({ from: '2024-03-01', to: '2024-03-31' })],
  ] as const) {
    const t = performance.now();
    const out = await exportJournalXlsx(db, dataDir, filter, START_MS);
    lines.push({ name: `${name} (${out.rows.toLocaleString('ru-RU')} rows)`, value: seconds(performance.now() - t) });
  }
  opened.sqlite.close();
  return lines;
}
