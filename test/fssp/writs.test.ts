/**
 * @file The writ registry (measure 10) on a small demo district, with hand-written figures: a writ made when a court
 * case's writ is received (kind, number, sums with the duty, the term's start), the manual entry with its refusals,
 * the import (a bad row keeps the whole file out; a formula cell refused), the deadlines list on fixed dates (the
 * writs to send first, warnings 90 / 30 days, a writ with the bailiff left out), and the rule facts (a received writ
 * makes measure 10 available and keeps measure 9 away).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { callCore, callCoreError } from '../support/api-calls';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { writFromCase } from '../../electron/core/fssp/writ-from-case';
import { readAccountFacts } from '../../electron/core/rules/account-facts';
import { currentRuleBook } from '../../electron/core/rules/rule-book-repo';
import { evaluateAccount } from '../../shared/rules/eligibility/evaluate-account';
import type {
  WritAccountPersons,
  WritDeadlines,
  WritImportPreview,
  WritImportResult,
  WritsPage,
  WritTemplateFile,
  WritView,
} from '../../shared/api/contract-fssp-writs';

let demo: DemoCore;
const sql = () => demo.core.ctx.sqlite;

interface Picked {
  accountId: number;
  number: string;
  companyId: number;
  personId: number;
  name: string;
  birthDate: string | null;
}

/** Accounts of the district with one owner each, in id order, skipping those already used. */
const used: number[] = [];
function pick(): Picked {
  const row = sql()
    .prepare(
      `SELECT s.account_id AS accountId, s.number, s.management_company_id AS companyId, p.id AS personId,
              p.full_name AS name, p.birth_date AS birthDate
         FROM account_summaries s JOIN account_persons ap ON ap.account_id = s.account_id AND ap.role = 'owner'
         JOIN persons p ON p.id = ap.person_id
        WHERE s.account_id NOT IN (${used.length > 0 ? used.join(',') : '0'})
          AND (SELECT count(*) FROM account_persons x WHERE x.account_id = s.account_id) = 1
        ORDER BY s.account_id LIMIT 1`,
    )
    .get() as Picked | undefined;
  if (!row) throw new Error('no account fits');
  used.push(row.accountId);
  return row;
}

const districtCourt = () => (sql().prepare(`SELECT id FROM courts WHERE code = '50RS0021'`).get() as { id: number }).id;

function insertCase(p: Picked, over: Record<string, unknown>): number {
  const v = {
    account_id: p.accountId,
    management_company_id: p.companyId,
    court_id: districtCourt(),
    kind: 'lawsuit',
    status: 'in_force',
    debtor_person_id: p.personId,
    debtor_name: p.name,
    periods_json: JSON.stringify(['2024-01']),
    period_from: '2024-01',
    period_to: '2024-01',
    as_of_date: '2026-01-20',
    principal_kopecks: 4_567_890,
    penalty_kopecks: 123_456,
    claim_kopecks: 4_691_346,
    duty_kopecks: 400_000,
    identifiers_status: 'complete',
    prepared_date: '2026-01-20',
    filed_date: '2026-02-02',
    court_case_number: '2-555/2026',
    issued_number: '2-555/2026',
    issued_date: '2026-03-10',
    in_force_date: '2026-04-14',
    created_by: 'тест',
    created_at_ms: demo.clock.now,
    updated_at_ms: demo.clock.now,
    ...over,
  };
  const cols = Object.keys(v);
  return Number(
    sql()
      .prepare(`INSERT INTO court_cases (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
      .run(v).lastInsertRowid,
  );
}

/** A writ row put straight into the table (the fixture of the deadlines list). */
function insertWrit(p: Picked, number: string, termStart: string, status: string): number {
  return Number(
    sql()
      .prepare(
        `INSERT INTO writs (kind, number, act_date, in_force_date, term_start_date, court_name, account_id,
           management_company_id, debtor_person_id, debtor_name, principal_kopecks, penalty_kopecks, duty_kopecks,
           total_kopecks, received_date, status, source, created_by, created_at_ms, updated_at_ms)
         VALUES ('court_order', ?, ?, NULL, ?, 'Судебный участок № 1', ?, ?, ?, ?, 1000000, 0, 0, 1000000, ?, ?, 'manual', 'тест', 0, 0)`,
      )
      .run(number, termStart, termStart, p.accountId, p.companyId, p.personId, p.name, termStart, status)
      .lastInsertRowid,
  );
}

function insertEvent(writId: number, type: string, date: string): void {
  sql()
    .prepare(
      `INSERT INTO writ_events (writ_id, type, event_date, created_by, created_at_ms) VALUES (?, ?, ?, 'тест', 0)`,
    )
    .run(writId, type, date);
}

const writCount = () => (sql().prepare('SELECT count(*) AS n FROM writs').get() as { n: number }).n;

async function upload(name: string, content: Buffer | string): Promise<string> {
  const info = await saveUpload(
    demo.core.ctx.dataDir,
    name,
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
  );
  return info.uploadId;
}

beforeAll(async () => {
  demo = await openDemoCore(60);
}, 240_000);
afterAll(async () => {
  await demo?.close();
});

describe('a writ from a court case', () => {
  it('lawsuit: the writ of execution with the case’s sums and duty, the term from the entry into force', async () => {
    const p = pick();
    const caseId = insertCase(p, {});
    await callCore(demo.core, 'court.caseStep', {
      caseId,
      step: 'writ_received',
      date: '2026-05-20',
      number: 'ФС № 012345678',
    });
    const row = sql().prepare('SELECT * FROM writs WHERE court_case_id = ?').get(caseId) as Record<string, unknown>;
    expect(row).toMatchObject({
      kind: 'writ_of_execution',
      number: 'ФС № 012345678',
      act_date: '2026-03-10',
      in_force_date: '2026-04-14',
      term_start_date: '2026-04-14',
      court_name: 'Красногорский городской суд Московской области',
      court_case_number: '2-555/2026',
      account_id: p.accountId,
      debtor_person_id: p.personId,
      principal_kopecks: 4_567_890,
      penalty_kopecks: 123_456,
      duty_kopecks: 400_000,
      // 45 678,90 + 1 234,56 + 4 000,00 = 50 913,46
      total_kopecks: 5_091_346,
      received_date: '2026-05-20',
      status: 'received',
      source: 'court_case',
    });
    const journal = sql()
      .prepare(
        `SELECT account_id AS a, object_type AS t, object_id AS id FROM actions WHERE kind = 'fssp.writ_received' AND object_id = ?`,
      )
      .get(String(row.id)) as { a: number; t: string };
    expect(journal).toEqual({ a: p.accountId, t: 'writ', id: String(row.id) });
    // Once per case: applying the hook again gives the same writ.
    expect(writFromCase(sql(), caseId, { userId: null, name: 'тест' }, demo.clock.now)).toBe(row.id);
    expect(
      (sql().prepare('SELECT count(*) AS n FROM writs WHERE court_case_id = ?').get(caseId) as { n: number }).n,
    ).toBe(1);
    // 14.04.2026 + 3 years = 14.04.2029, a Saturday → Monday 16.04.2029.
    const view = await callCore<WritView>(demo.core, 'writs.get', { writId: row.id });
    expect(view.deadline).toBe('2029-04-16');
    expect(view.deadlineInfo?.steps[0]).toContain('14.04.2029');
  });

  it('court order: kind court_order, the term from its entry into force', async () => {
    const p = pick();
    const caseId = insertCase(p, {
      kind: 'court_order',
      court_case_number: null,
      issued_number: '2-77/2026',
      issued_date: '2026-02-02',
      copy_received_date: '2026-02-10',
      in_force_date: '2026-03-05',
      principal_kopecks: 1_000_000,
      penalty_kopecks: 0,
      claim_kopecks: 1_000_000,
      duty_kopecks: 200_000,
    });
    await callCore(demo.core, 'court.caseStep', {
      caseId,
      step: 'writ_received',
      date: '2026-03-20',
      number: '2-77/2026',
    });
    const row = sql().prepare('SELECT * FROM writs WHERE court_case_id = ?').get(caseId) as Record<string, unknown>;
    expect(row).toMatchObject({
      kind: 'court_order',
      number: '2-77/2026',
      act_date: '2026-02-02',
      term_start_date: '2026-03-05',
      total_kopecks: 1_200_000,
    });
  });
});

describe('a writ entered by hand', () => {
  let p: Picked;
  const base = () => ({
    kind: 'court_order',
    number: '2-901/2023',
    actDate: '2023-06-15',
    inForceDate: '2023-07-20',
    termStartDate: '2023-07-20',
    courtName: 'Судебный участок № 123 Красногорского судебного района Московской области',
    accountNumber: p.number,
    debtorPersonId: p.personId,
    principalKopecks: 3_456_700,
    penaltyKopecks: 12_345,
    dutyKopecks: 69_100,
    receivedDate: '2023-08-01',
  });
  beforeAll(() => {
    p = pick();
  });

  it('the account’s persons are offered; a writ is created with its total', async () => {
    const acc = await callCore<WritAccountPersons>(demo.core, 'writs.accountPersons', { accountNumber: p.number });
    expect(acc.persons.map((x) => x.personId)).toEqual([p.personId]);
    const w = await callCore<WritView>(demo.core, 'writs.create', base());
    // 34 567,00 + 123,45 + 691,00 = 35 381,45
    expect(w.totalKopecks).toBe(3_538_145);
    expect(w.source).toBe('manual');
    expect(w.status).toBe('received');
    expect(w.debtorName).toBe(p.name);
  });

  it('refuses what is wrong, in Russian', async () => {
    const other = pick();
    const notOn = await callCoreError(demo.core, 'writs.create', {
      ...base(),
      number: 'X-1',
      debtorPersonId: other.personId,
    });
    expect(notOn.code).toBe('VALIDATION');
    expect(notOn.message).toContain(`не значится на лицевом счёте ${p.number}`);
    const future = await callCoreError(demo.core, 'writs.create', {
      ...base(),
      number: 'X-2',
      receivedDate: '2026-12-01',
    });
    expect(future.message).toBe('Дата получения 01.12.2026 ещё не наступила.');
    const early = await callCoreError(demo.core, 'writs.create', {
      ...base(),
      number: 'X-3',
      termStartDate: '2023-06-01',
    });
    expect(early.message).toContain('Начало срока 01.06.2023 раньше даты акта 15.06.2023');
    const negative = await callCoreError(demo.core, 'writs.create', { ...base(), number: 'X-4', penaltyKopecks: -1 });
    expect(negative.code).toBe('VALIDATION');
    expect(negative.message).toContain('Пени: не меньше нуля');
    const noDate = await callCoreError(demo.core, 'writs.create', { ...base(), number: 'X-5', actDate: '2023-02-30' });
    expect(noDate.message).toContain('такой даты нет');
    const list = await callCoreError(demo.core, 'writs.create', {
      ...base(),
      number: 'X-6',
      kind: 'writ_of_execution',
      inForceDate: null,
    });
    expect(list.message).toBe('Для исполнительного листа укажите дату вступления решения в силу.');
    const twice = await callCoreError(demo.core, 'writs.create', base());
    expect(twice.code).toBe('CONFLICT');
    const noAccount = await callCoreError(demo.core, 'writs.create', {
      ...base(),
      number: 'X-7',
      accountNumber: 'нет-такого',
    });
    expect(noAccount.message).toBe('Лицевой счёт «нет-такого» не найден.');
  });

  it('an edit is journaled with before and after; an event by hand moves the status', async () => {
    const id = (sql().prepare(`SELECT id FROM writs WHERE number = '2-901/2023'`).get() as { id: number }).id;
    const w = await callCore<WritView>(demo.core, 'writs.update', { ...base(), writId: id, dutyKopecks: 100_000 });
    expect(w.totalKopecks).toBe(3_569_045);
    const j = sql()
      .prepare(
        `SELECT before_json AS b, after_json AS a FROM actions WHERE kind = 'fssp.writ_changed' AND object_id = ? ORDER BY id DESC`,
      )
      .get(String(id)) as { b: string; a: string };
    expect(JSON.parse(j.b).dutyKopecks).toBe(69_100);
    expect(JSON.parse(j.a).dutyKopecks).toBe(100_000);
    // Start 20.07.2023: a partial payment on 10.03.2025 restarts the term → 10.03.2028 (Friday).
    const paid = await callCore<WritView>(demo.core, 'writs.addEvent', {
      writId: id,
      type: 'partial_payment',
      date: '2025-03-10',
      note: 'оплатил 5 000 ₽',
    });
    expect(paid.deadline).toBe('2028-03-10');
    expect(paid.status).toBe('received');
    const sent = await callCore<WritView>(demo.core, 'writs.addEvent', {
      writId: id,
      type: 'presented',
      date: '2025-04-01',
    });
    expect(sent.status).toBe('sent');
    expect(sent.deadline).toBeNull();
    expect(sent.events.map((e) => e.type)).toEqual(['partial_payment', 'presented']);
  });
});

describe('import of writs from a file', () => {
  const HEAD =
    'номер;вид;дата акта;дата вступления в силу;начало срока;суд;номер дела;лицевой счёт;должник (ФИО);дата рождения;основной долг;пени;госпошлина;дата получения';
  let a: Picked;
  let b: Picked;
  beforeAll(() => {
    a = pick();
    b = pick();
  });
  const row = (p: Picked, number: string, principal = '12 345,67', account = p.number) =>
    `${number};судебный приказ;15.01.2024;20.02.2024;;Судебный участок № 5;2-${number};${account};${p.name};${p.birthDate ? p.birthDate.split('-').reverse().join('.') : ''};${principal};100,00;2 000;01.03.2024`;

  it('the template has the 14 headers and one example row', async () => {
    const t = await callCore<WritTemplateFile>(demo.core, 'writs.importTemplate', {});
    const lines = t.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(HEAD);
    expect(lines).toHaveLength(2);
  });

  it('a bad row: the preview names it, the import writes nothing', async () => {
    const before = writCount();
    const id = await upload(
      'writs.csv',
      [HEAD, row(a, 'И-1/2024'), row(b, 'И-2/2024', '12 345,67', '0000000'), ''].join('\r\n'),
    );
    const preview = await callCore<WritImportPreview>(demo.core, 'writs.importPreview', { uploadId: id });
    expect(preview.rows.map((r) => r.number)).toEqual(['И-1/2024']);
    expect(preview.errors).toEqual(['Строка 3: лицевой счёт «0000000» не найден.']);
    const e = await callCoreError(demo.core, 'writs.import', { uploadId: id });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('ничего не записано');
    expect(e.message).toContain('Строка 3: лицевой счёт «0000000» не найден.');
    expect(writCount()).toBe(before);
  });

  it('a formula in a cell is refused', async () => {
    const id = await upload('writs.csv', [HEAD, row(a, 'И-1/2024', '=1+1'), ''].join('\r\n'));
    const preview = await callCore<WritImportPreview>(demo.core, 'writs.importPreview', { uploadId: id });
    expect(preview.errors).toEqual([
      'Строка 2: столбец «основной долг» начинается с «=» — похоже на формулу Excel, такие значения не принимаются.',
    ]);
    // An XLSX cell holding a formula, too.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Лист1');
    sheet.addRow(HEAD.split(';'));
    sheet.addRow(row(a, 'И-1/2024').split(';'));
    sheet.getCell('K2').value = { formula: 'SUM(1,2)', result: 3 };
    const x = await upload('writs.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const px = await callCore<WritImportPreview>(demo.core, 'writs.importPreview', { uploadId: x });
    expect(px.errors).toEqual([
      'Строка 2: в столбце «основной долг» формула Excel — формулы не принимаются, впишите значение.',
    ]);
  });

  it('a good file: every writ in, one import entry and one received entry per writ', async () => {
    const before = writCount();
    const lastAction = (sql().prepare('SELECT max(id) AS m FROM actions').get() as { m: number }).m;
    const id = await upload('writs.csv', [HEAD, row(a, 'И-1/2024'), row(b, 'И-2/2024', '1 000'), ''].join('\r\n'));
    const r = await callCore<WritImportResult>(demo.core, 'writs.import', { uploadId: id });
    // (12 345,67 + 100 + 2 000) + (1 000 + 100 + 2 000) = 14 445,67 + 3 100,00 = 17 545,67
    expect(r.imported).toBe(2);
    expect(r.totalKopecks).toBe(1_754_567);
    expect(writCount()).toBe(before + 2);
    const w = sql().prepare(`SELECT * FROM writs WHERE number = 'И-1/2024'`).get() as Record<string, unknown>;
    expect(w).toMatchObject({
      source: 'import',
      term_start_date: '2024-02-20',
      principal_kopecks: 1_234_567,
      account_id: a.accountId,
    });
    const kinds = sql()
      .prepare(`SELECT kind, count(*) AS n FROM actions WHERE id > ? GROUP BY kind ORDER BY kind`)
      .all(lastAction) as { kind: string; n: number }[];
    expect(kinds).toEqual([
      { kind: 'fssp.writ_received', n: 2 },
      { kind: 'fssp.writs_imported', n: 1 },
    ]);
    // Twice the same file: every row is already in the registry.
    const again = await callCore<WritImportPreview>(demo.core, 'writs.importPreview', { uploadId: id });
    expect(again.errors[0]).toMatch(/^Строка 2: документ № И-1\/2024 от 15\.01\.2024 уже есть в реестре/);
  });
});

describe('deadlines on 25.11.2026', () => {
  const ids: Record<string, number> = {};
  beforeAll(() => {
    sql().prepare(`UPDATE writs SET status = 'performed'`).run();
    const p = pick();
    // received, start 20.12.2023 → 20.12.2026 (Sunday) → 21.12.2026: 26 days left — «near» (≤ 30)
    ids.A = insertWrit(p, 'A', '2023-12-20', 'received');
    // sent, not yet presented, start 10.01.2024 → 10.01.2027 (Sunday; 11.01 the first working day after the
    // holidays) → 11.01.2027: 47 days — «far» (≤ 90); not to send, so after the ones to send
    ids.B = insertWrit(p, 'B', '2024-01-10', 'sent');
    // returned: presented 01.05.2024, returned 03.03.2025 → 03.03.2028 (Friday): 365 + 92 (to 25.02.2028) + 4 (to
    // 29.02, a leap year) + 3 = 464 days, no warning
    ids.C = insertWrit(p, 'C', '2024-01-15', 'returned');
    insertEvent(ids.C, 'presented', '2024-05-01');
    insertEvent(ids.C, 'returned', '2025-03-03');
    // received, start 01.06.2023 → 01.06.2026 (Monday): expired 177 days ago
    ids.D = insertWrit(p, 'D', '2023-06-01', 'received');
    // with the bailiff: no deadline, not listed
    ids.E = insertWrit(p, 'E', '2024-02-01', 'sent');
    insertEvent(ids.E, 'presented', '2025-01-15');
    ids.F = insertWrit(p, 'F', '2023-01-01', 'performed');
  });

  it('the writs to send first, by the last day; warnings by the rules 90 / 30', async () => {
    const d = await callCore<WritDeadlines>(demo.core, 'writs.deadlines', { asOf: '2026-11-25' });
    expect(d.farDays).toBe(90);
    expect(d.nearDays).toBe(30);
    expect(d.items.map((i) => [i.number, i.deadline, i.daysLeft, i.warning, i.toSend])).toEqual([
      ['D', '2026-06-01', -177, 'expired', true],
      ['A', '2026-12-21', 26, 'near', true],
      ['C', '2028-03-03', 464, null, true],
      ['B', '2027-01-11', 47, 'far', false],
    ]);
    expect(d.counts).toEqual({ toSend: 3, expired: 1, near: 1, far: 1 });
  });

  it('the registry list sorts the same way and pages', async () => {
    const page = await callCore<WritsPage>(demo.core, 'writs.list', { status: 'all', pageSize: 3 });
    expect(page.rows.map((r) => r.number)).toEqual(['D', 'A', 'C']);
    expect(page.toSendTotal).toBe(3);
    const search = await callCore<WritsPage>(demo.core, 'writs.list', { search: 'B' });
    expect(search.rows.map((r) => r.number)).toContain('B');
  });
});

describe('rule facts', () => {
  it('an account with a received writ passes measure 10 and not measure 9', () => {
    const p = pick();
    const today = '2026-11-25';
    const before = readAccountFacts(sql(), p.accountId, today)!;
    expect(before.writToSend).toBe(false);
    expect(before.hasWrit).toBe(false);
    insertWrit(p, 'R-1', '2026-01-10', 'received');
    const facts = readAccountFacts(sql(), p.accountId, today)!;
    expect(facts).toMatchObject({ hasWrit: true, writToSend: true, openProceedings: false });
    const ev = evaluateAccount(facts, currentRuleBook(sql()), today);
    const m10 = ev.measures.find((m) => m.measure === 10)!;
    const m9 = ev.measures.find((m) => m.measure === 9)!;
    const m11 = ev.measures.find((m) => m.measure === 11)!;
    expect(m9.available).toBe(false);
    expect(m11.available).toBe(false);
    // Measure 10 also needs the common conditions (open, not paused), which a demo account meets unless paused.
    expect(m10.available).toBe(
      facts.status === 'open' && (facts.pausedUntilDate === null || facts.pausedUntilDate < today),
    );
    expect(m10.available).toBe(true);
  });
});
