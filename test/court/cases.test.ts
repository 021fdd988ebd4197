/**
 * Court cases through the API on a small demo district (real migrations): the filing gates (duty, identifiers,
 * court), the steps and their dates, the objection window over the May holidays, the timeline, a cancelled order
 * moving the limitation in account.debt, the lawsuit after cancellation with the duty offset, the identifiers, the
 * «Сроки» list. Expected values are worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { callCore, callCoreError } from '../support/api-calls';
import type { CourtCaseView, CourtDeadlines, SavedIdentifiers } from '../../shared/api/contract-court-cases';
import type { AccountDebtReport } from '../../shared/api/contract-debt';
import type { AccountCard } from '../../shared/registry/registry-types';
import type { FileResult } from '../../shared/api/contract-work';

let demo: DemoCore;
const sql = () => demo.core.ctx.sqlite;

interface Pick {
  accountId: number;
  number: string;
  personId: number;
  companyId: number;
  shareNum: number | null;
  shareDen: number | null;
  periods: string[];
}

/** An account with an owner (the first listed, with the share the data gives), its debt in the range, and its open housing months. */
function pickAccount(minKopecks: number, maxKopecks: number, skip: number[] = []): Pick {
  const row = sql()
    .prepare(
      `SELECT s.account_id AS accountId, s.number, s.management_company_id AS companyId, ap.person_id AS personId,
              ap.share_num AS shareNum, ap.share_den AS shareDen
         FROM account_summaries s JOIN account_persons ap ON ap.account_id = s.account_id AND ap.role = 'owner'
        WHERE s.debt_kopecks BETWEEN ? AND ? AND s.time_barred_kopecks = 0
          AND s.account_id NOT IN (${skip.length > 0 ? skip.join(',') : '0'})
          AND EXISTS (SELECT 1 FROM debt_months dm WHERE dm.account_id = s.account_id AND dm.kind = 'housing' AND dm.open_kopecks > 0 AND dm.due_date < '2026-11-01')
        ORDER BY s.account_id, ap.position LIMIT 1`,
    )
    .get(minKopecks, maxKopecks) as Omit<Pick, 'periods'> | undefined;
  if (!row) throw new Error('no account fits');
  const periods = (
    sql()
      .prepare(
        `SELECT period FROM debt_months WHERE account_id = ? AND kind = 'housing' AND open_kopecks > 0 AND due_date < '2026-11-01' ORDER BY period`,
      )
      .all(row.accountId) as Array<{ period: string }>
  ).map((r) => r.period);
  return { ...row, periods };
}

/** A case row as the queue would prepare it (the queue is another helper's; here the row is set directly). */
function insertCase(p: Pick, over: Record<string, unknown> = {}): number {
  const v = {
    account_id: p.accountId,
    management_company_id: p.companyId,
    court_id: null,
    kind: 'court_order',
    status: 'prepared',
    share_num: p.shareNum,
    share_den: p.shareDen,
    debtor_person_id: p.personId,
    debtor_name: (sql().prepare('SELECT full_name AS n FROM persons WHERE id = ?').get(p.personId) as { n: string }).n,
    periods_json: JSON.stringify(p.periods),
    period_from: p.periods[0],
    period_to: p.periods.at(-1),
    as_of_date: '2026-03-20',
    principal_kopecks: 5_000_000,
    penalty_kopecks: 0,
    claim_kopecks: 5_000_000,
    duty_kopecks: 200_000,
    identifiers_status: 'missing',
    prepared_date: '2026-03-20',
    created_by: 'тест',
    created_at_ms: demo.clock.now,
    updated_at_ms: demo.clock.now,
    ...over,
  };
  const cols = Object.keys(v);
  const info = sql()
    .prepare(`INSERT INTO court_cases (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
    .run(v);
  return Number(info.lastInsertRowid);
}

function clearIdentifiers(personId: number): void {
  sql()
    .prepare(
      `UPDATE persons SET birth_date = NULL, birth_place = NULL, snils = NULL, inn = NULL, passport = NULL,
              driver_licence = NULL, vehicle_certificate = NULL WHERE id = ?`,
    )
    .run(personId);
}

const districtCourt = () => (sql().prepare(`SELECT id FROM courts WHERE code = '50RS0021'`).get() as { id: number }).id;

beforeAll(async () => {
  demo = await openDemoCore(120);
}, 240_000);
afterAll(async () => {
  await demo?.close();
});

describe('filing gates', () => {
  let caseId: number;
  let p: Pick;
  beforeAll(() => {
    p = pickAccount(2_000_000, 9_000_000);
    clearIdentifiers(p.personId);
    caseId = insertCase(p);
  });

  it('refuses filing without the duty, naming the sum still due (2 000 ₽ of 2 000 ₽)', async () => {
    const e = await callCoreError(demo.core, 'court.caseStep', {
      caseId,
      step: 'filed',
      date: '2026-04-01',
      channel: 'post',
    });
    expect(e.code).toBe('COURT.DUTY_UNPAID');
    expect(e.message).toContain('осталось оплатить 2\u00a0000\u00a0₽');
    const view = await callCore<CourtCaseView>(demo.core, 'court.case', { caseId });
    const filed = view.steps.find((s) => s.step === 'filed');
    expect(filed?.allowed).toBe(false);
    expect(filed?.refusal).toContain('Госпошлина не оплачена');
  });

  it('after the duty is paid, refuses while identifiers are missing; the clerk confirms «unknown»; then the court', async () => {
    sql().prepare(`UPDATE court_cases SET status = 'duty_paid' WHERE id = ?`).run(caseId);
    const e = await callCoreError(demo.core, 'court.caseStep', {
      caseId,
      step: 'filed',
      date: '2026-04-01',
      channel: 'post',
    });
    expect(e.code).toBe('COURT.IDENTIFIERS_MISSING');
    expect(e.message).toContain('дата рождения');
    expect(e.message).toContain('место рождения');

    const confirmed = await callCore<CourtCaseView>(demo.core, 'court.confirmIdentifiersUnknown', {
      caseId,
      note: 'УК сведений не имеет, запрос от 01.03.2026',
    });
    expect(confirmed.identifiersStatus).toBe('unknown_confirmed');

    const noCourt = await callCoreError(demo.core, 'court.caseStep', {
      caseId,
      step: 'filed',
      date: '2026-04-01',
      channel: 'post',
    });
    expect(noCourt.code).toBe('COURT.NO_COURT');

    sql().prepare('UPDATE court_cases SET court_id = ? WHERE id = ?').run(districtCourt(), caseId);
    const filed = await callCore<CourtCaseView>(demo.core, 'court.caseStep', {
      caseId,
      step: 'filed',
      date: '2026-04-01',
      channel: 'gas_justice',
    });
    expect(filed.status).toBe('filed');
    expect(filed.filedDate).toBe('2026-04-01');
    expect(filed.filedChannel).toBe('gas_justice');
    expect(filed.history[0]?.summary).toContain('подано в суд 01.04.2026 (ГАС «Правосудие»)');
  });

  it('the filing is on the account card’s timeline, journaled as court.case_filed (what the plan counts for measure 9)', async () => {
    const card = await callCore<AccountCard>(demo.core, 'account.card', { accountId: p.accountId });
    const entry = card.timeline.find((t) => t.kind === 'court.case_filed');
    expect(entry?.summary).toContain(`дело № ${caseId}`);
    expect(entry?.summary).toContain('подано в суд 01.04.2026');
    const row = sql()
      .prepare(
        `SELECT object_type AS t, object_id AS id, before_json AS b, after_json AS a FROM actions WHERE kind = 'court.case_filed' AND object_id = ?`,
      )
      .get(String(caseId)) as { t: string; id: string; b: string; a: string };
    expect(row.t).toBe('case');
    expect(JSON.parse(row.b)).toEqual({ status: 'duty_paid' });
    expect(JSON.parse(row.a).status).toBe('filed');
  });

  it('order issued, copy received 28.04.2026: the objection window ends 14.05.2026 over the May holidays', async () => {
    await callCore(demo.core, 'court.caseStep', { caseId, step: 'issued', date: '2026-04-10', number: '2-1234/2026' });
    // Working days after Tue 28.04: 29.04, 30.04, [01–03.05], 04, 05, 06, 07, 08.05, [09–11.05], 12, 13, 14.05 → 14.05.
    const copy = await callCore<CourtCaseView>(demo.core, 'court.caseStep', {
      caseId,
      step: 'copy_received',
      date: '2026-04-28',
    });
    expect(copy.objectionDeadline).toBe('2026-05-14');
    const inForce = copy.steps.find((s) => s.step === 'in_force');
    expect(inForce?.proposedDate).toBe('2026-05-15');
    const early = await callCoreError(demo.core, 'court.caseStep', { caseId, step: 'in_force', date: '2026-05-14' });
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toContain('15.05.2026');
  });

  it('refuses a step out of order and a forged case', async () => {
    const wrong = await callCoreError(demo.core, 'court.caseStep', {
      caseId,
      step: 'writ_received',
      date: '2026-06-01',
      number: 'ФС 1',
    });
    expect(wrong.code).toBe('COURT.BAD_STEP');
    expect(wrong.message).toMatch(/невозможен/);
    const forged = await callCoreError(demo.core, 'court.caseStep', {
      caseId: 999_999,
      step: 'in_force',
      date: '2026-05-15',
    });
    expect(forged.code).toBe('NOT_FOUND');
    const future = await callCoreError(demo.core, 'court.caseStep', { caseId, step: 'in_force', date: '2026-12-01' });
    expect(future.code).toBe('VALIDATION');
  });

  it('in force on 15.05, then the writ', async () => {
    const v = await callCore<CourtCaseView>(demo.core, 'court.caseStep', {
      caseId,
      step: 'in_force',
      date: '2026-05-15',
    });
    expect(v.status).toBe('in_force');
    const w = await callCore<CourtCaseView>(demo.core, 'court.caseStep', {
      caseId,
      step: 'writ_received',
      date: '2026-06-01',
      number: '2-1234/2026',
    });
    expect(w.status).toBe('writ_received');
    expect(w.steps.map((s) => s.step)).toEqual(['cancelled', 'closed'].filter((s) => s === 'closed'));
  });
});

describe('a cancelled court order moves the limitation (account.debt)', () => {
  it('2023-09: due 10.10.2023; 10.10.2026 is a Saturday → 12.10.2026 without the order; filed 02.03.2026, cancelled 15.04.2026 → 23.11.2026', async () => {
    const p = pickAccount(100_000, 50_000_000);
    const number = p.number;
    const before = await callCore<AccountDebtReport>(demo.core, 'account.debt', { number, asOf: '2026-11-20' });
    const m0 = before.months.find((m) => m.period === '2023-09');
    expect(m0?.limitationExpiresOn).toBe('2026-10-12');
    // 10.10.2026 + 44 days (02.03 → 15.04) = 23.11.2026 (Monday); 15.04 + 6 months = 15.10.2026, earlier → 23.11.2026.
    insertCase(p, {
      status: 'cancelled',
      periods_json: JSON.stringify(['2023-09']),
      period_from: '2023-09',
      period_to: '2023-09',
      filed_date: '2026-03-02',
      issued_date: '2026-03-10',
      cancelled_date: '2026-04-15',
    });
    const after = await callCore<AccountDebtReport>(demo.core, 'account.debt', { number, asOf: '2026-11-20' });
    expect(after.months.find((m) => m.period === '2023-09')?.limitationExpiresOn).toBe('2026-11-23');
    // Other months are not covered by the order.
    expect(after.months.find((m) => m.period === '2023-10')?.limitationExpiresOn).toBe(
      before.months.find((m) => m.period === '2023-10')?.limitationExpiresOn,
    );
    // A returned application does not count: only filed, not returned episodes.
    sql()
      .prepare(
        `UPDATE court_cases SET status = 'returned', returned_date = '2026-04-15' WHERE account_id = ? AND periods_json = '["2023-09"]'`,
      )
      .run(p.accountId);
    const returned = await callCore<AccountDebtReport>(demo.core, 'account.debt', { number, asOf: '2026-11-20' });
    expect(returned.months.find((m) => m.period === '2023-09')?.limitationExpiresOn).toBe('2026-10-12');
    sql().prepare(`DELETE FROM court_cases WHERE account_id = ? AND periods_json = '["2023-09"]'`).run(p.accountId);
  });
});

describe('lawsuit after cancellation', () => {
  it('the order’s paid 2 000 ₽ duty is offset against the lawsuit’s 4 000 ₽: 2 000 ₽ to pay', async () => {
    const used = (sql().prepare('SELECT account_id AS id FROM court_cases').all() as Array<{ id: number }>).map(
      (r) => r.id,
    );
    const p = pickAccount(1_000_000, 6_000_000, used);
    const parent = insertCase(p, {
      court_id: districtCourt(),
      status: 'cancelled',
      filed_date: '2026-03-02',
      issued_date: '2026-03-10',
      cancelled_date: '2026-10-01',
      identifiers_status: 'complete',
    });
    const pay = sql()
      .prepare(
        `INSERT INTO duty_payments (management_company_id, order_number, order_date, amount_kopecks, payer, user_name, created_at_ms)
         VALUES (?, '15', '2026-02-25', 200000, 'УК', 'тест', ?)`,
      )
      .run(p.companyId, demo.clock.now);
    sql()
      .prepare('INSERT INTO duty_payment_cases (payment_id, case_id, amount_kopecks) VALUES (?, ?, 200000)')
      .run(Number(pay.lastInsertRowid), parent);

    const before = await callCore<CourtCaseView>(demo.core, 'court.case', { caseId: parent });
    expect(before.lawsuitPossible).toBe(true);
    const refused = await callCoreError(demo.core, 'court.createLawsuit', { caseId: parent, filingDate: '2026-09-30' });
    expect(refused.code).toBe('VALIDATION');

    const suit = await callCore<CourtCaseView>(demo.core, 'court.createLawsuit', {
      caseId: parent,
      filingDate: '2026-11-25',
    });
    expect(suit.kind).toBe('lawsuit');
    expect(suit.parentCaseId).toBe(parent);
    expect(suit.debtorName).toBe(before.debtorName);
    // A claim up to 100 000 ₽ (the owner's part of a 10 000–60 000 ₽ debt plus penalty) pays the minimum 4 000 ₽
    // (НК ст.333.19 п.1 пп.1 from 09.09.2024).
    expect(suit.claimKopecks).toBeGreaterThan(0);
    expect(suit.claimKopecks).toBeLessThanOrEqual(10_000_000);
    expect(suit.dutyKopecks).toBe(400_000);
    expect(suit.dutyOffsetKopecks).toBe(200_000);
    expect(suit.dutyDueKopecks).toBe(200_000);
    expect(suit.status).toBe('prepared');
    expect(suit.periods.every((m) => before.periods.includes(m))).toBe(true);
    const again = await callCoreError(demo.core, 'court.createLawsuit', { caseId: parent, filingDate: '2026-11-25' });
    expect(again.code).toBe('CONFLICT');
    const gate = await callCoreError(demo.core, 'court.caseStep', {
      caseId: suit.id,
      step: 'filed',
      date: '2026-11-25',
      channel: 'post',
    });
    expect(gate.code).toBe('COURT.DUTY_UNPAID');
    expect(gate.message).toContain(
      'осталось оплатить 2\u00a0000\u00a0₽ из 4\u00a0000\u00a0₽ (зачтено 2\u00a0000\u00a0₽)',
    );
    const parentAfter = await callCore<CourtCaseView>(demo.core, 'court.case', { caseId: parent });
    expect(parentAfter.lawsuitPossible).toBe(false);
    expect(parentAfter.childCaseIds).toEqual([suit.id]);
  });

  it('refuses a lawsuit from a case that is neither cancelled nor returned', async () => {
    const used = (sql().prepare('SELECT account_id AS id FROM court_cases').all() as Array<{ id: number }>).map(
      (r) => r.id,
    );
    const id = insertCase(pickAccount(1_000_000, 50_000_000, used));
    const e = await callCoreError(demo.core, 'court.createLawsuit', { caseId: id, filingDate: '2026-11-25' });
    expect(e.code).toBe('COURT.BAD_STEP');
  });
});

describe('identifiers', () => {
  it('checks СНИЛС and ИНН, saves, and the prepared case becomes complete', async () => {
    const used = (sql().prepare('SELECT account_id AS id FROM court_cases').all() as Array<{ id: number }>).map(
      (r) => r.id,
    );
    const p = pickAccount(1_000_000, 50_000_000, used);
    clearIdentifiers(p.personId);
    const caseId = insertCase(p);
    const xlsx = await callCore<FileResult>(demo.core, 'court.missingIdentifiersXlsx', {});
    expect(xlsx.rows).toBeGreaterThanOrEqual(1);
    const bad = await callCoreError(demo.core, 'court.saveIdentifiers', {
      personId: p.personId,
      snils: '112-233-445 94',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('контрольное число');
    const badInn = await callCoreError(demo.core, 'court.saveIdentifiers', {
      personId: p.personId,
      inn: '500100732258',
    });
    expect(badInn.message).toContain('контрольные цифры');
    const saved = await callCore<SavedIdentifiers>(demo.core, 'court.saveIdentifiers', {
      personId: p.personId,
      birthDate: '1970-03-01',
      birthPlace: 'г. Красногорск Московской обл.',
      snils: '11223344595',
    });
    expect(saved.debtor.snils).toBe('112-233-445 95');
    expect(saved.debtor.gaps).toEqual([]);
    expect(saved.casesUpdated).toBe(1);
    const view = await callCore<CourtCaseView>(demo.core, 'court.case', { caseId });
    expect(view.identifiersStatus).toBe('complete');
    expect(view.gates.find((g) => g.gate === 'identifiers')?.ok).toBe(true);
    const after = await callCore<FileResult>(demo.core, 'court.missingIdentifiersXlsx', {});
    expect(after.rows).toBe(xlsx.rows - 1);
  });
});

describe('«Сроки»', () => {
  it('an objection window: copy received Fri 20.11.2026 → last day Fri 04.12.2026, 7 working days left on 25.11', async () => {
    const used = (sql().prepare('SELECT account_id AS id FROM court_cases').all() as Array<{ id: number }>).map(
      (r) => r.id,
    );
    const p = pickAccount(1_000_000, 50_000_000, used);
    // 23–27.11 (5), [28, 29], 30.11, 01, 02, 03, 04.12 (10). Left after 25.11: 26, 27, 30, 1, 2, 3, 4 = 7.
    const caseId = insertCase(p, {
      court_id: districtCourt(),
      status: 'copy_received',
      filed_date: '2026-10-01',
      issued_date: '2026-11-02',
      issued_number: '2-77/2026',
      copy_received_date: '2026-11-20',
      objection_deadline: '2026-12-04',
    });
    const d = await callCore<CourtDeadlines>(demo.core, 'court.deadlines', {});
    const item = d.items.find((i) => i.caseId === caseId);
    expect(item?.kind).toBe('objection');
    expect(item?.date).toBe('2026-12-04');
    expect(item?.daysLeft).toBe(9);
    expect(item?.text).toContain('осталось 7 раб. дн.');
    const view = await callCore<CourtCaseView>(demo.core, 'court.case', { caseId });
    expect(view.objectionDaysLeft).toBe(7);

    // The window over: propose in force the next day.
    sql().prepare(`UPDATE court_cases SET objection_deadline = '2026-11-24' WHERE id = ?`).run(caseId);
    const d2 = await callCore<CourtDeadlines>(demo.core, 'court.deadlines', { kinds: ['in_force'] });
    const inForce = d2.items.find((i) => i.caseId === caseId);
    expect(inForce?.date).toBe('2026-11-25');
    expect(d2.items.every((i) => i.kind === 'in_force')).toBe(true);
  });

  it('the cancelled order awaits a lawsuit; limitation months sorted by date', async () => {
    const d = await callCore<CourtDeadlines>(demo.core, 'court.deadlines', { kinds: ['lawsuit', 'limitation'] });
    expect(d.counts.objection).toBe(0);
    const dates = d.items.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
    for (const i of d.items.filter((x) => x.kind === 'limitation')) {
      expect(i.daysLeft).toBeLessThanOrEqual(90);
      expect(i.severity).toBe(i.daysLeft <= 30 ? 'alarm' : 'warn');
    }
  });
});
