/**
 * @file The effectiveness report on hand-made accounts, actions and payments (issue 16), figures worked out by hand.
 *
 * The debt history (forEachAccountAtDates) is replaced here by a table written by hand, so the NULL-base path, the
 * notices and the comparison group are checked against known debts whatever the history's own arithmetic is.
 *
 * Today 06.12.2026 (the test clock). Period 01.09.2026 – 30.11.2026; the comparison group's quiet span starts
 * 60 days before: 03.07.2026. Brackets: from_10k = 10 000 – 50 000 ₽, from_5k = 5 000 – 10 000 ₽.
 *
 * «Предупреждение об ограничении» on 01.10.2026 (windows end 08.10, 31.10, 30.11 — all before today), base
 * 20 000 ₽ = 2 000 000 коп., 10 % = 200 000 коп.:
 *   A1 pays 200 000 on 08.10 (day 7 exactly)        → 7 ✓ 30 ✓ 60 ✓ (a second warning on 15.10 is ignored)
 *   A2 pays 200 000 on 09.10 (day 8)                → 7 ✗ 30 ✓ 60 ✓
 *   A3 pays 500 000 on 01.10 (the action day)       → 7 ✗ 30 ✗ 60 ✗
 *   A4 pays 199 999 on 05.10 and 1 on 20.10         → 7 ✗ (one kopeck short) 30 ✓ 60 ✓
 *   A5 no debt in the entry (NULL) → the history says 2 000 000 on 01.10; pays 200 000 on 31.10 (day 30) and
 *      100 000 on 01.12 (day 61)                    → 7 ✗ 30 ✓ 60 ✓
 *   A6 debt 0 in the entry                          → left out
 *   → 5 accounts; 7 days: 1/5 = 20 %, paid 200 000 + 199 999 = 399 999; 30 days: 4/5 = 80 %, paid 4 × 200 000 =
 *     800 000 (A3's payment is on the action day); 60 days: 4/5 = 80 %, 800 000 (A5's 01.12 is day 61).
 * «Услуга ограничена»: A7 on 20.11 (7-day window ends 27.11 < today; 30 and 60 not yet), base 2 000 000, pays
 *   200 000 on 22.11; A8 on 29.11 (its 7-day window ends 06.12 = today: not over) → 7 days: 1 measured, 1 pending,
 *   100 %; 30 and 60: nothing measured, 2 pending.
 * «СМС доставлено»: A9 (message delivered) on 10.09, base 600 000 (from_5k), pays 60 000 on 12.09 → 100 %.
 *   A10's SMS was only exported, not delivered → not an action.
 * Calls: A13 «promise» on 01.10 → one «Обещание оплатить», no «Дозвонились»; A14 «no_answer» → nothing.
 * Notice on 01.10 on entrance 1 of the building: A15 (debt 2 000 000 that day) and A16 (no debt) live there →
 *   one account, A15, base 2 000 000; it pays nothing.
 *
 * Comparison group: the history's debts on 01.09: A1–A5, A10, A11, A12, C1, C2 (2 000 000 each, C2 3 000 000),
 * C3 600 000. A1–A5 are acted on in the period, A11 had a warning on 15.07 (after 03.07) → out; A12's warning on
 * 30.06 is before the quiet span → in; A10's SMS was not delivered → in.
 *   from_10k: C1 pays 200 000 on 05.09 (✓✓✓), C2 nothing, A10 100 000 on 20.09 + 100 000 on 20.10 (30-day window
 *   ends 01.10: 100 000 ✗; 60-day ends 31.10: 200 000 ✓), A12 nothing → 7: 1/4 = 25 %, 30: 25 %, 60: 2/4 = 50 %.
 *   from_5k: C3 pays 60 000 on 08.09 (day 7) → 100 % in every window.
 *   all: 5 accounts; 7: 2/5 = 40 %, 30: 40 %, 60: 3/5 = 60 %.
 * Warning vs comparison (all from_10k, so the weighted comparison is from_10k's): 20 − 25 = −5,0 п.п.;
 * 80 − 25 = +55,0 п.п.; 80 − 50 = +30,0 п.п.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import { cli, setCliRole } from '../cli/cli-support';
import type * as DebtAtDates from '../../electron/core/reports/debt-at-dates';
import type { EffectivenessReport, EffectKindRow } from '../../shared/reports/effectiveness-types';
import { readPayments } from '../../electron/core/reports/effectiveness';
import { epochDay } from '../../shared/reports/effectiveness-calc';
import type { EffectivenessXlsxResult } from '../../shared/api/contract-effectiveness';

type DebtAtDatesModule = typeof DebtAtDates;
const HISTORY: Record<string, Record<number, number>> = {};
// The report reads the past debts through the debt history's one pass (forEachAccountAtDates): here it visits the
// accounts of the hand-written table with their debt on each asked day (0 where the table has none).
vi.mock('../../electron/core/reports/debt-at-dates', async (original) => ({
  ...(await original<DebtAtDatesModule>()),
  forEachAccountAtDates: (
    _sqlite: unknown,
    scope: { kind: string; ids?: readonly number[] },
    days: readonly string[],
    visit: (a: { accountId: number; companyId: number; buildingId: number | null; balances: number[] }) => void,
  ) => {
    const ids = new Set(Object.values(HISTORY).flatMap((day) => Object.keys(day).map(Number)));
    for (const id of ids) {
      if (scope.kind === 'ids' && !scope.ids?.includes(id)) continue;
      visit({ accountId: id, companyId: 0, buildingId: null, balances: days.map((d) => HISTORY[d]?.[id] ?? 0) });
    }
  },
}));

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
let core: Core;
const acc: Record<string, number> = {};

function seed(): void {
  const s = core.ctx.sqlite;
  s.prepare(
    `INSERT INTO management_companies (id, name, inn, created_at_ms) VALUES (1, 'УК «Тест»', '5024000001', 0)`,
  ).run();
  s.prepare(
    `INSERT INTO buildings (id, management_company_id, address, address_search, created_at_ms) VALUES (1, 1, 'ул. Тестовая, д. 1', 'тестовая 1', 0)`,
  ).run();
  s.prepare(
    `INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
     VALUES (1, 'payments', 'p.csv', 'x', 1, 'p.csv', 1, '{}', 'тест', 0)`,
  ).run();
  const names = [
    'A1',
    'A2',
    'A3',
    'A4',
    'A5',
    'A6',
    'A7',
    'A8',
    'A9',
    'A10',
    'A11',
    'A12',
    'A13',
    'A14',
    'A15',
    'A16',
    'C1',
    'C2',
    'C3',
  ];
  names.forEach((name, i) => {
    let premisesId: number | null = null;
    if (name === 'A15' || name === 'A16') {
      premisesId = Number(
        s
          .prepare(
            `INSERT INTO premises (building_id, entrance, apartment, ownership_form, created_at_ms) VALUES (1, 1, ?, 'private', 0)`,
          )
          .run(String(i)).lastInsertRowid,
      );
    }
    acc[name] = Number(
      s
        .prepare(
          `INSERT INTO accounts (number, management_company_id, tenure, premises_id, created_at_ms) VALUES (?, 1, 'owner', ?, 0)`,
        )
        .run(`77${String(i).padStart(4, '0')}`, premisesId).lastInsertRowid,
    );
  });
  let key = 0;
  const pay = (name: string, date: string, kopecks: number) =>
    s
      .prepare(
        `INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (?, ?, ?, ?, 1)`,
      )
      .run(acc[name], date, kopecks, `k${++key}`);
  const act = (name: string, kind: string, date: string, debt: number | null, details?: object) =>
    s
      .prepare(
        `INSERT INTO actions (account_id, kind, action_date, at_ms, user_name, summary, details_json, debt_kopecks)
         VALUES (?, ?, ?, ?, 'тест', 'тест', ?, ?)`,
      )
      .run(acc[name], kind, date, Date.parse(`${date}T10:00:00+03:00`), details ? JSON.stringify(details) : null, debt);

  act('A1', 'restriction.warning', '2026-10-01', 2_000_000);
  act('A1', 'restriction.warning', '2026-10-15', 2_000_000);
  act('A2', 'restriction.warning', '2026-10-01', 2_000_000);
  act('A3', 'restriction.warning', '2026-10-01', 2_000_000);
  act('A4', 'restriction.warning', '2026-10-01', 2_000_000);
  act('A5', 'restriction.warning', '2026-10-01', null);
  act('A6', 'restriction.warning', '2026-10-01', 0);
  pay('A1', '2026-10-08', 200_000);
  pay('A2', '2026-10-09', 200_000);
  pay('A3', '2026-10-01', 500_000);
  pay('A4', '2026-10-05', 199_999);
  pay('A4', '2026-10-20', 1);
  pay('A5', '2026-10-31', 200_000);
  pay('A5', '2026-12-01', 100_000);

  act('A7', 'restriction.restricted', '2026-11-20', 2_000_000);
  act('A8', 'restriction.restricted', '2026-11-29', 2_000_000);
  pay('A7', '2026-11-22', 200_000);

  s.prepare(
    `INSERT INTO sms_batches (id, created_date, template, recipients, status, user_name, at_ms) VALUES (1, '2026-09-10', 't', 2, 'exported', 'тест', 0)`,
  ).run();
  const sms = (name: string, status: string) =>
    Number(
      s
        .prepare(
          `INSERT INTO sms_messages (batch_id, account_id, phone, text, encoding, segments, status) VALUES (1, ?, '+79990000000', 't', 'ucs2', 1, ?)`,
        )
        .run(acc[name], status).lastInsertRowid,
    );
  act('A9', 'sms.sent', '2026-09-10', 600_000, { batchId: 1, messageId: sms('A9', 'delivered') });
  act('A10', 'sms.sent', '2026-09-10', 2_000_000, { batchId: 1, messageId: sms('A10', 'exported') });
  pay('A9', '2026-09-12', 60_000);

  act('A11', 'restriction.warning', '2026-07-15', 2_000_000);
  act('A12', 'restriction.warning', '2026-06-30', 2_000_000);
  act('A13', 'call.recorded', '2026-10-01', 2_000_000, { outcome: 'promise' });
  act('A14', 'call.recorded', '2026-10-01', 2_000_000, { outcome: 'no_answer' });

  s.prepare(
    `INSERT INTO generated_documents (id, kind, template_version, building_id, issued_date, file_path, sha256, user_name, created_at_ms)
     VALUES (1, 'notice', 'v', 1, '2026-09-30', 'n.pdf', 'x', 'тест', 0)`,
  ).run();
  s.prepare(
    `INSERT INTO notice_postings (document_id, building_id, entrance, posted_date, place, user_name, at_ms) VALUES (1, 1, 1, '2026-10-01', 'у лифта', 'тест', 0)`,
  ).run();

  HISTORY['2026-10-01'] = { [acc.A5!]: 2_000_000, [acc.A15!]: 2_000_000 };
  HISTORY['2026-09-01'] = Object.fromEntries(
    [
      ...['A1', 'A2', 'A3', 'A4', 'A5', 'A10', 'A11', 'A12', 'C1'].map((n) => [acc[n], 2_000_000] as const),
      [acc.C2, 3_000_000] as const,
      [acc.C3, 600_000] as const,
    ].map(([id, debt]) => [id, debt]),
  );
  pay('C1', '2026-09-05', 200_000);
  pay('A10', '2026-09-20', 100_000);
  pay('A10', '2026-10-20', 100_000);
  pay('C3', '2026-09-08', 60_000);
}

const head = <T>(method: string, input: unknown) => callCoreAs<T>(core, 'morozova', method, input, 'head');
const kind = (r: EffectivenessReport, code: string) => r.kinds.find((k) => k.code === code) as EffectKindRow;
const PERIOD = { from: '2026-09-01', to: '2026-11-30' };

beforeAll(() => {
  core = openCore({
    dataDir: makeTempDir('zhku-effect-'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
  seed();
});

afterAll(async () => {
  await core?.close();
});

describe('effectiveness of the measures', () => {
  let report: EffectivenessReport;

  it('counts the warning by hand: day N counts, day N + 1 and the action day do not, the 10 % boundary, the NULL base', async () => {
    report = await head<EffectivenessReport>('effectiveness.report', PERIOD);
    expect(report.today).toBe('2026-12-06');
    const w = kind(report, 'restriction_warning');
    expect(w.accounts).toBe(5);
    expect(w.baseKopecks).toBe(10_000_000);
    expect(w.windows.map((x) => [x.days, x.measured, x.paid, x.sharePercent, x.paidKopecks, x.pending])).toEqual([
      [7, 5, 1, 20, 399_999, 0],
      [30, 5, 4, 80, 800_000, 0],
      [60, 5, 4, 80, 800_000, 0],
    ]);
    expect(w.byBracket.map((b) => [b.bracket, b.accounts])).toEqual([['from_10k', 5]]);
    expect(report.totals.skippedNoDebt).toBe(1); // A6
    expect(report.totals.baseFromHistory).toBe(1); // A5
  });

  it('the comparison group leaves out accounts acted on from 60 days before the period, and the difference in p.p.', () => {
    const c = report.comparison;
    expect(c.accounts).toBe(5);
    expect(c.windows.map((x) => [x.measured, x.paid, x.sharePercent])).toEqual([
      [5, 2, 40],
      [5, 2, 40],
      [5, 3, 60],
    ]);
    expect(c.byBracket.map((b) => [b.bracket, b.accounts, b.windows.map((x) => x.sharePercent)])).toEqual([
      ['from_10k', 4, [25, 25, 50]],
      ['from_5k', 1, [100, 100, 100]],
    ]);
    // C1 paid 200 000, A10 100 000 in 30 days, 200 000 in 60; C3 60 000.
    expect(c.windows.map((x) => x.paidKopecks)).toEqual([260_000, 360_000, 460_000]);
    const w = kind(report, 'restriction_warning');
    expect(w.comparisonSharePercent).toEqual([25, 25, 50]);
    expect(w.diffPp).toEqual([-5, 55, 30]);
    expect(w.byBracket[0]?.diffPp).toEqual([-5, 55, 30]);
  });

  it('an unfinished window stays out of the share: the window ending today is not over', () => {
    const r = kind(report, 'restriction');
    expect(r.accounts).toBe(2);
    expect(r.windows.map((x) => [x.measured, x.paid, x.sharePercent, x.pending])).toEqual([
      [1, 1, 100, 1],
      [0, 0, null, 2],
      [0, 0, null, 2],
    ]);
    expect(r.diffPp).toEqual([75, null, null]); // 100 − from_10k's 25
  });

  it('an SMS counts only when delivered; calls by outcome; a notice reaches the entrance’s debtors', () => {
    const s = kind(report, 'sms_delivered');
    expect(s.accounts).toBe(1);
    expect(s.byBracket.map((b) => b.bracket)).toEqual(['from_5k']);
    expect(s.windows.map((x) => x.sharePercent)).toEqual([100, 100, 100]);
    expect(s.diffPp).toEqual([0, 0, 0]);
    expect(kind(report, 'promise').accounts).toBe(1);
    expect(kind(report, 'call_reached').accounts).toBe(0);
    const n = kind(report, 'notice_posted');
    expect(n.accounts).toBe(1);
    expect(n.baseKopecks).toBe(2_000_000);
    expect(n.windows.map((x) => x.paid)).toEqual([0, 0, 0]);
    // A1–A5, A7–A9, A13, A15 measured; entries: 5 + 2 + 1 + 1 + 1.
    expect(report.totals.accounts).toBe(10);
    expect(report.totals.entries).toBe(10);
  });

  it('writes the XLSX, registers it, journals it, and the sheet reads back with the same figures', async () => {
    const file = await head<EffectivenessXlsxResult>('effectiveness.xlsx', PERIOD);
    expect(file.fileName).toBe('effektivnost-2026-09-01-2026-11-30.xlsx');
    const doc = core.ctx.sqlite
      .prepare(`SELECT kind, file_path FROM generated_documents WHERE id = ?`)
      .get(file.documentId) as {
      kind: string;
      file_path: string;
    };
    expect(doc.kind).toBe('report_effectiveness');
    const journal = core.ctx.sqlite
      .prepare(`SELECT summary, object_type FROM actions WHERE kind = 'report.effectiveness'`)
      .all() as {
      summary: string;
      object_type: string;
    }[];
    expect(journal).toHaveLength(1);
    expect(journal[0]?.object_type).toBe('report');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(core.ctx.dataDir, doc.file_path)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Эффективность')!;
    const rowOf = (label: string) => {
      for (let i = 1; i <= sheet.rowCount; i++) if (sheet.getRow(i).getCell(1).value === label) return sheet.getRow(i);
      throw new Error(`no row ${label}`);
    };
    const w = rowOf('Предупреждение об ограничении');
    // Account count, base in roubles, then per window: measured, paid, share, comparison, p.p., roubles, pending.
    expect([w.getCell(3).value, w.getCell(4).value]).toEqual([5, 100_000]);
    expect([5, 6, 7, 8, 9, 10, 11].map((c) => w.getCell(c).value)).toEqual([5, 1, 20, 25, -5, 3999.99, 0]);
    expect([12, 13, 14, 15, 16, 17].map((c) => w.getCell(c).value)).toEqual([5, 4, 80, 25, 55, 8000]);
    expect(wb.getWorksheet('Группа сравнения')!.getRow(3).getCell(2).value).toBe(5);
  });

  it('refuses a reversed period, a period over 366 days, a bad date and a clerk, changing nothing', async () => {
    const before = core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM actions`).get() as { n: number };
    const reversed = await callCoreAsError(
      core,
      'morozova',
      'effectiveness.report',
      { from: '2026-10-01', to: '2026-09-01' },
      'head',
    );
    expect(reversed.code).toBe('REPORT.BAD_PERIOD');
    const long = await callCoreAsError(
      core,
      'morozova',
      'effectiveness.xlsx',
      { from: '2025-01-01', to: '2026-01-02' },
      'head',
    );
    expect(long.code).toBe('REPORT.TOO_LONG');
    // 01.01.2025 – 01.01.2026 is 366 days: allowed.
    await head('effectiveness.report', { from: '2025-01-01', to: '2026-01-01' });
    const bad = await callCoreAsError(
      core,
      'morozova',
      'effectiveness.report',
      { from: '2026-02-30', to: '2026-03-01' },
      'head',
    );
    expect(bad.code).toBe('VALIDATION');
    const clerk = await callCoreAsError(core, 'ivanova', 'effectiveness.report', PERIOD, 'claims_clerk');
    expect(clerk.code).toBe('AUTH.PERMISSION_DENIED');
    const after = core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM actions`).get() as { n: number };
    expect(after.n).toBe(before.n);
  });

  it('`report effectiveness` writes the XLSX into the folder and prints the table; --help names the flags', async () => {
    setCliRole(core, 'head');
    const out = makeTempDir('zhku-effect-out-');
    const r = await cli(['report', 'effectiveness', '--from', PERIOD.from, '--to', PERIOD.to, '--out', out], core);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Эффективность мер: действия с 01.09.2026 по 30.11.2026');
    expect(r.out).toContain(
      'Предупреждение об ограничении: счетов 5; 7 дн. 20,0 % (−5,0 п.п.), 30 дн. 80,0 % (+55,0 п.п.), 60 дн. 80,0 % (+30,0 п.п.)',
    );
    expect(r.out).toContain('Группа сравнения: счетов 5; 7 дн. 40,0 %, 30 дн. 40,0 %, 60 дн. 60,0 %');
    expect(fs.readdirSync(out)).toEqual(['effektivnost-2026-09-01-2026-11-30.xlsx']);
    const help = await cli(['report', 'effectiveness', '--help'], core);
    expect(help.out).toContain('--from');
    expect(help.out).toContain('--out');
  });

  it('reads the payments the same way per account and in one pass (the district-size path)', () => {
    // A4: (01.10, 30.11] holds 199 999 on 05.10 and 1 on 20.10; A5: 200 000 on 31.10 and 100 000 on 01.12 (outside).
    const spans = new Map([
      [acc.A4!, { lo: epochDay('2026-10-01'), hi: epochDay('2026-11-30') }],
      [acc.A5!, { lo: epochDay('2026-10-01'), hi: epochDay('2026-11-30') }],
    ]);
    const lookup = readPayments(core.ctx.sqlite, spans, 'lookup');
    const bulk = readPayments(core.ctx.sqlite, spans, 'bulk');
    expect(bulk).toEqual(lookup);
    expect(lookup.get(acc.A4!)).toEqual({
      days: [epochDay('2026-10-05'), epochDay('2026-10-20')],
      amounts: [199_999, 1],
    });
    expect(lookup.get(acc.A5!)).toEqual({ days: [epochDay('2026-10-31')], amounts: [200_000] });
  });
});
