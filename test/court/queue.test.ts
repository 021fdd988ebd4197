/**
 * @file The court queue (measure 9) over real SQLite through the real migrations: a small demo district whose
 * accounts have no delivered claim (so none is in the queue), and a few accounts rewritten by hand — a 703 841 ₽
 * debtor who paid 14 days ago (in), no delivered claim (out), a claim delivered 10 days ago (out), a letter returned
 * for non-collection (deemed delivered, in), an open case (out), time-barred months left out of the courtable debt,
 * a social tenant with an adult son and a minor (one case, the son jointly), co-owners 1/2 + 1/4 + 1/4 of 1 000,01 ₽
 * (the parts add up). Batches: approval by the head (a lawyer is refused), preparation refused before it.
 * Every expected figure is worked by hand below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import { closeDocumentsCore, NOW, openDocumentsCore } from '../claims/documents-district';
import type {
  CourtAccountTrace,
  CourtBatchView,
  CourtQueueView,
  PrepareCasesResult,
} from '../../shared/api/contract-court-queue';

const R = 100;
const UK_SERVICE = 'Содержание жилого помещения';
const RENT = 'Социальный наём';

let core: Core;
const ids: Record<string, number> = {};
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

interface Person {
  name: string;
  role: 'owner' | 'tenant' | 'family';
  share?: [number, number];
  birthDate?: string;
  birthPlace?: string;
  snils?: string;
}

/** Replaces an account's charges, payments and people; the summaries and unpaid months are counted again. */
function rewrite(
  accountId: number,
  p: {
    tenure?: 'owner' | 'social_tenant';
    charges: Array<[period: string, service: string, kopecks: number]>;
    payments?: Array<[date: string, kopecks: number]>;
    people: Person[];
  },
): void {
  const s = core.ctx.sqlite;
  const importId = (s.prepare('SELECT min(id) AS id FROM imports').get() as { id: number }).id;
  s.prepare('DELETE FROM charges WHERE account_id = ?').run(accountId);
  s.prepare('DELETE FROM payments WHERE account_id = ?').run(accountId);
  s.prepare('DELETE FROM account_persons WHERE account_id = ?').run(accountId);
  s.prepare('UPDATE accounts SET tenure = ? WHERE id = ?').run(p.tenure ?? 'owner', accountId);
  for (const [period, service, kopecks] of p.charges)
    s.prepare(
      'INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES (?, ?, ?, ?, ?)',
    ).run(accountId, period, service, kopecks, importId);
  (p.payments ?? []).forEach(([date, kopecks], i) =>
    s
      .prepare(
        'INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (?, ?, ?, ?, ?)',
      )
      .run(accountId, date, kopecks, `test-${accountId}-${i}`, importId),
  );
  p.people.forEach((person, i) => {
    const personId = Number(
      s
        .prepare(
          `INSERT INTO persons (full_name, name_search, identity_key, birth_date, birth_place, snils, created_at_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          person.name,
          person.name.toLowerCase(),
          `test:${accountId}:${i}`,
          person.birthDate ?? null,
          person.birthPlace ?? null,
          person.snils ?? null,
          NOW,
        ).lastInsertRowid,
    );
    s.prepare(
      'INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(accountId, personId, person.role, person.share?.[0] ?? null, person.share?.[1] ?? null, i + 1);
  });
  recomputeSummaries(s, [accountId], NOW);
}

let claimBatchId = 0;
/** A claim letter (measure 5) to the account with its delivery outcome. */
function claim(
  accountId: number,
  outcome: 'pending' | 'delivered' | 'returned' | 'refused',
  date: string | null,
): void {
  const s = core.ctx.sqlite;
  if (claimBatchId === 0)
    claimBatchId = Number(
      s
        .prepare(
          `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms)
           VALUES ('claims', 'Претензии (тест)', '{}', '2026-09-01', 'done', 0, 'тест', ?)`,
        )
        .run(NOW).lastInsertRowid,
    );
  const documentId = Number(
    s
      .prepare(
        `INSERT INTO generated_documents (batch_id, kind, template_version, account_id, issued_date, file_path, sha256, user_name, created_at_ms)
         VALUES (?, 'claim', 'test', ?, '2026-09-01', 'x.pdf', 'x', 'тест', ?)`,
      )
      .run(claimBatchId, accountId, NOW).lastInsertRowid,
  );
  s.prepare(
    `INSERT INTO mail_items (batch_id, document_id, account_id, position, recipient_name, address, total_kopecks, outcome, outcome_date)
     VALUES (?, ?, ?, 1, 'Должник', 'адрес', 0, ?, ?)`,
  ).run(claimBatchId, documentId, accountId, outcome, date);
}

const asLawyer = <T>(method: string, input: unknown) => callCoreAs<T>(core, 'lawyer.sokolov', method, input, 'lawyer');
const asHead = <T>(method: string, input: unknown) => callCoreAs<T>(core, 'head.morozova', method, input, 'head');

beforeAll(async () => {
  core = await openDocumentsCore(40);
  const s = core.ctx.sqlite;
  const accountIds = s.prepare('SELECT id FROM accounts ORDER BY id LIMIT 9').pluck().all() as number[];
  const [big, noClaim, fresh, returned, withCase, barred, social, coOwned, pendingOnly] = accountIds as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  Object.assign(ids, { big, noClaim, fresh, returned, withCase, barred, social, coOwned, pendingOnly });
  const owner = (name: string): Person[] => [{ name, role: 'owner' }];
  // 704 841 ₽ charged for 06.2024, 1 000 ₽ paid on 12.11.2026 (14 days before 26.11.2026) → 703 841 ₽ unpaid,
  // within the limitation (due 10.07.2024 + 3 years).
  rewrite(big, {
    charges: [['2024-06', UK_SERVICE, 704_841 * R]],
    payments: [['2026-11-12', 1_000 * R]],
    people: owner('Крупнов Пётр Ильич'),
  });
  claim(big, 'delivered', '2026-10-01');
  rewrite(noClaim, { charges: [['2025-06', UK_SERVICE, 50_000 * R]], people: owner('Безпретензионный Иван Иванович') });
  rewrite(pendingOnly, { charges: [['2025-06', UK_SERVICE, 50_000 * R]], people: owner('Ожидающий Олег Олегович') });
  claim(pendingOnly, 'pending', null);
  rewrite(fresh, { charges: [['2025-06', UK_SERVICE, 60_000 * R]], people: owner('Свежев Семён Семёнович') });
  claim(fresh, 'delivered', '2026-11-16'); // 10 days before
  rewrite(returned, { charges: [['2025-06', UK_SERVICE, 120_000 * R]], people: owner('Невручённый Глеб Глебович') });
  claim(returned, 'returned', '2026-10-20'); // 37 days before; ГК ст.165.1 — deemed delivered
  rewrite(withCase, { charges: [['2025-06', UK_SERVICE, 80_000 * R]], people: owner('Судимов Денис Денисович') });
  claim(withCase, 'delivered', '2026-09-01');
  // 01.2020 (due 10.02.2020, barred after 10.02.2023) 200 000 ₽ + 06.2026 20 000 ₽: only 20 000 ₽ may be sued for.
  rewrite(barred, {
    charges: [
      ['2020-01', UK_SERVICE, 200_000 * R],
      ['2026-06', UK_SERVICE, 20_000 * R],
    ],
    people: owner('Давний Артём Артёмович'),
  });
  claim(barred, 'refused', '2026-10-10');
  // Social tenancy: 30 000 ₽ of the УК's services and 3 000 ₽ rent owed to the landlord for 06.2026.
  rewrite(social, {
    tenure: 'social_tenant',
    charges: [
      ['2026-06', UK_SERVICE, 30_000 * R],
      ['2026-06', RENT, 3_000 * R],
    ],
    people: [
      {
        name: 'Нанимателева Мария Петровна',
        role: 'tenant',
        birthDate: '1965-03-02',
        birthPlace: 'г. Красногорск',
        snils: '112-233-445 95',
      },
      { name: 'Нанимателев Олег Игоревич', role: 'family', birthDate: '1990-05-05' },
      { name: 'Нанимателева Дарья Олеговна', role: 'family', birthDate: '2015-08-08' },
    ],
  });
  claim(social, 'delivered', '2026-10-01');
  // 1 000,01 ₽ for 10.2026 (due 15.11.2026: 11 days overdue on 26.11.2026, no penalty yet).
  rewrite(coOwned, {
    charges: [['2026-10', UK_SERVICE, 100_001]],
    people: [
      {
        name: 'Долев Андрей Андреевич',
        role: 'owner',
        share: [1, 2],
        birthDate: '1970-01-01',
        birthPlace: 'г. Москва',
        snils: '112-233-445 95',
      },
      { name: 'Долева Анна Андреевна', role: 'owner', share: [1, 4], birthDate: '1972-02-02' },
      { name: 'Долев Борис Андреевич', role: 'owner', share: [1, 4] },
    ],
  });
  s.prepare(
    `INSERT INTO court_cases (account_id, management_company_id, kind, status, debtor_person_id, debtor_name, periods_json,
       period_from, period_to, as_of_date, principal_kopecks, penalty_kopecks, claim_kopecks, duty_kopecks, identifiers_status,
       prepared_date, created_by, created_at_ms, updated_at_ms)
     SELECT a.id, a.management_company_id, 'court_order', 'filed', ap.person_id, 'Судимов Денис Денисович', '["2025-06"]',
       '2025-06', '2025-06', '2026-09-15', 5000000, 0, 5000000, 200000, 'complete', '2026-09-15', 'тест', ?, ?
       FROM accounts a JOIN account_persons ap ON ap.account_id = a.id WHERE a.id = ?`,
  ).run(NOW, NOW, withCase);
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('measure 9 in the rule book', () => {
  it('a 703 841 ₽ debtor who paid 14 days ago is in the queue; the trace speaks of the claim, not of the payment', async () => {
    const t = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.big });
    expect(t.inQueue).toBe(true);
    expect(t.courtableDebtKopecks).toBe(703_841 * R);
    expect(t.bracket).toBe('over_100k');
    const text = nbsp(t.trace.map((l) => l.actual).join('; '));
    expect(text).toContain('группа долга УК для суда «больше 100 тыс. ₽» (703 841 ₽ без давности)');
    expect(text).toContain('56 дней с вручения претензии — не меньше 30');
    expect(text).not.toContain('дней с последней оплаты');
  });
  it('no delivered claim → out with the reason; a letter still on its way is not a delivered claim', async () => {
    for (const accountId of [ids.noClaim, ids.pendingOnly]) {
      const t = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId });
      expect(t.inQueue).toBe(false);
      expect(t.reason).toContain('претензия не вручена');
    }
  });
  it('a claim delivered 10 days ago → out; returned for non-collection or refused → deemed delivered (ГК ст.165.1)', async () => {
    const fresh = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.fresh });
    expect(fresh.inQueue).toBe(false);
    expect(nbsp(fresh.reason)).toContain('10 дней с вручения претензии — меньше 30');
    expect((await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.returned })).inQueue).toBe(true);
    expect((await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.barred })).inQueue).toBe(true);
  });
  it('an open case → out', async () => {
    const t = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.withCase });
    expect(t.inQueue).toBe(false);
    expect(t.reason).toContain('есть незавершённое судебное дело');
  });
  it('time-barred months are left out of the debt the bracket is taken from', async () => {
    const t = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.barred });
    expect(t.courtableDebtKopecks).toBe(20_000 * R);
    expect(t.timeBarredKopecks).toBe(200_000 * R);
    expect(t.bracket).toBe('from_10k');
  });
  it("a social tenant: the landlord's rent is not the УК's debt", async () => {
    const t = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.social });
    expect(t.courtableDebtKopecks).toBe(30_000 * R);
  });
});

describe('the queue', () => {
  it('holds exactly the eligible accounts, by bracket, biggest first, with counts and sums', async () => {
    const q = await asLawyer<CourtQueueView>('court.queue', {});
    expect(q.rows.map((r) => r.accountId)).toEqual([ids.big, ids.returned, ids.social, ids.barred]);
    expect(q.counts.map((c) => [c.bracket, c.accounts, c.claimKopecks])).toEqual([
      ['over_100k', 2, (703_841 + 120_000) * R],
      ['from_50k', 0, 0],
      ['from_10k', 2, (30_000 + 20_000) * R],
    ]);
    expect(q.totalClaimKopecks).toBe(873_841 * R);
    const big = q.rows[0]!;
    expect(big.kind).toBe('lawsuit'); // 703 841 ₽ > 500 000 ₽: no court order (ГПК ст.121)
    expect(big.court).toBeNull();
    expect(big.oldestPeriod).toBe('2024-06');
    expect(big.monthsInArrears).toBe(1);
    expect(q.rows.find((r) => r.accountId === ids.barred)?.timeBarredKopecks).toBe(200_000 * R);
  });
  it('chosen brackets only; the out list gives the reasons', async () => {
    const q = await asLawyer<CourtQueueView>('court.queue', { brackets: ['over_100k'], list: 'out', limit: 1000 });
    expect(q.totalAccounts).toBe(2);
    // 220 000 ₽ overdue, but 200 000 ₽ of it time-barred: the court's bracket is that of 20 000 ₽.
    const barred = q.outRows.find((r) => r.accountId === ids.barred);
    expect(nbsp(barred?.reason ?? '')).toBe(
      'группа долга УК для суда «10–50 тыс. ₽», а не «больше 100 тыс. ₽» (20 000 ₽ без давности)',
    );
    const q2 = await asLawyer<CourtQueueView>('court.queue', {
      brackets: ['over_100k', 'from_50k'],
      list: 'out',
      limit: 1000,
    });
    expect(nbsp(q2.outRows.find((r) => r.accountId === ids.fresh)?.reason ?? '')).toBe(
      '10 дней с вручения претензии — меньше 30',
    );
    expect(q2.outRows.find((r) => r.accountId === ids.noClaim)?.reasons).toEqual([
      'претензия не вручена (нет доставленной, возвращённой или отклонённой претензии)',
    ]);
    expect(q2.outRows.find((r) => r.accountId === ids.withCase)?.reason).toBe('есть незавершённое судебное дело');
  });
});

describe('batches and cases', () => {
  let batch: CourtBatchView;
  it("a batch awaits the head's approval; preparing before it is refused", async () => {
    const q = await asLawyer<CourtQueueView>('court.queue', {});
    batch = await asLawyer<CourtBatchView>('court.batchCreate', { brackets: q.brackets, accountIds: q.accountIds });
    expect(batch.status).toBe('awaiting_approval');
    expect(batch.accountsCount).toBe(4);
    expect(batch.claimKopecks).toBe(873_841 * R);
    const refused = await callCoreAsError(
      core,
      'lawyer.sokolov',
      'court.prepareCases',
      { batchId: batch.id },
      'lawyer',
    );
    expect(refused.code).toBe('COURT.APPROVAL_REQUIRED');
  });
  it('an account not in the queue cannot be put in a batch', async () => {
    const e = await callCoreAsError(
      core,
      'lawyer.sokolov',
      'court.batchCreate',
      { brackets: ['from_50k'], accountIds: [ids.fresh] },
      'lawyer',
    );
    expect(e.code).toBe('COURT.NOT_ELIGIBLE');
    expect(e.message).toContain('дней с вручения претензии');
  });
  it('the lawyer may not approve (403); the head approves', async () => {
    const e = await callCoreAsError(
      core,
      'lawyer.sokolov',
      'court.batchDecide',
      { batchId: batch.id, decision: 'approve' },
      'lawyer',
    );
    expect(e.code).toBe('AUTH.PERMISSION_DENIED');
    const approved = await asHead<CourtBatchView>('court.batchDecide', {
      batchId: batch.id,
      decision: 'approve',
      note: 'Согласовано',
    });
    expect(approved.status).toBe('approved');
    const journal = core.ctx.sqlite
      .prepare("SELECT count(*) FROM actions WHERE kind = 'court.batch_decided'")
      .pluck()
      .get();
    expect(journal).toBe(1);
  });
  it("prepares one case per debtor: the social tenant with the adult son jointly, not the minor; only the УК's debt", async () => {
    const s = core.ctx.sqlite;
    // The district court of the big debtor's building.
    s.prepare(
      `INSERT INTO building_courts (building_id, court_kind, court_id, source, updated_at_ms)
       SELECT s.building_id, 'district', (SELECT id FROM courts WHERE code = '50RS0021'), 'manual', ? FROM account_summaries s WHERE s.account_id = ?`,
    ).run(NOW, ids.big);
    const r = await asLawyer<PrepareCasesResult>('court.prepareCases', { batchId: batch.id, filingDate: '2026-12-01' });
    expect(r.skipped).toEqual([]);
    expect(r.cases.map((c) => c.accountId).sort()).toEqual([ids.big, ids.returned, ids.social, ids.barred].sort());
    const social = r.cases.filter((c) => c.accountId === ids.social);
    expect(social).toHaveLength(1);
    expect(social[0]!.debtorName).toBe('Нанимателева Мария Петровна');
    expect(social[0]!.jointNames).toEqual(['Нанимателев Олег Игоревич']);
    expect(social[0]!.principalKopecks).toBe(30_000 * R);
    // The son is sued jointly, so ГПК ст.124 asks his identifiers too: his birth place and a document are missing.
    expect(social[0]!.identifiersStatus).toBe('missing');
    expect(social[0]!.identifiersNote).toBe(
      'Нанимателев Олег Игоревич: место рождения, один из идентификаторов: СНИЛС, ИНН, паспорт, водительское удостоверение, свидетельство о регистрации ТС',
    );
    const joint = s
      .prepare('SELECT joint_person_ids_json FROM court_cases WHERE id = ?')
      .pluck()
      .get(social[0]!.caseId) as string;
    const son = s.prepare("SELECT id FROM persons WHERE full_name = 'Нанимателев Олег Игоревич'").pluck().get();
    expect(JSON.parse(joint)).toEqual([son]);
    const big = r.cases.find((c) => c.accountId === ids.big)!;
    expect(big.kind).toBe('lawsuit');
    expect(big.principalKopecks).toBe(703_841 * R);
    expect(big.courtName).toContain('Красногорский городской суд');
    const barred = r.cases.find((c) => c.accountId === ids.barred)!;
    expect(barred.principalKopecks).toBe(20_000 * R); // 01.2020 left out
    expect(barred.identifiersStatus).toBe('missing');
    expect(barred.identifiersNote).toContain('дата рождения');
    const prepared = s
      .prepare("SELECT count(*) FROM actions WHERE kind = 'court.case_prepared' AND object_type = 'case'")
      .pluck()
      .get();
    expect(prepared).toBe(4);
    expect((await asLawyer<CourtBatchView[]>('court.batches', {}))[0]?.status).toBe('prepared');
    // Now in a case: out of the queue.
    const t = await asLawyer<CourtAccountTrace>('court.traceAccount', { accountId: ids.big });
    expect(t.inQueue).toBe(false);
  });
  it('includes the time-barred month when the clerk says so, with the note, for every account of the batch', async () => {
    const s = core.ctx.sqlite;
    // The earlier case of the account is closed (withdrawn), so its months are free again.
    s.prepare("UPDATE court_cases SET status = 'closed' WHERE account_id = ?").run(ids.barred);
    const batchId = Number(
      s
        .prepare(
          `INSERT INTO court_batches (brackets_json, as_of_date, status, accounts_count, claim_kopecks, created_by, created_at_ms)
           VALUES ('["from_10k"]', '2026-11-26', 'approved', 1, 2000000, 'тест', ?)`,
        )
        .run(NOW).lastInsertRowid,
    );
    s.prepare(
      `INSERT INTO court_batch_accounts (batch_id, account_id, claim_kopecks, trace_json) VALUES (?, ?, 2000000, '{}')`,
    ).run(batchId, ids.barred);
    const refused = await callCoreAsError(
      core,
      'sokolov',
      'court.prepareCases',
      { batchId, includeTimeBarred: { note: '' } },
      'lawyer',
    );
    expect(refused.message).toContain('укажите, почему они включены');
    const r = await asLawyer<PrepareCasesResult>('court.prepareCases', {
      batchId,
      filingDate: '2026-12-01',
      includeTimeBarred: { note: 'Должник признал долг актом сверки от 01.11.2025' },
    });
    // 01.2020 (200 000 ₽, time-barred) + 06.2026 (20 000 ₽).
    expect(r.cases.map((c) => c.principalKopecks)).toEqual([220_000 * R]);
    const row = s
      .prepare(
        'SELECT time_barred_included AS i, time_barred_note AS n, period_from AS f FROM court_cases WHERE id = ?',
      )
      .get(r.cases[0]!.caseId) as { i: number; n: string; f: string };
    expect(row).toEqual({ i: 1, n: 'Должник признал долг актом сверки от 01.11.2025', f: '2020-01' });
  });
  it('co-owners 1/2 + 1/4 + 1/4 of 1 000,01 ₽: three cases of 500,01 + 250,00 + 250,00 ₽, each with the court-order minimum duty', async () => {
    const s = core.ctx.sqlite;
    const batchId = Number(
      s
        .prepare(
          `INSERT INTO court_batches (brackets_json, as_of_date, status, accounts_count, claim_kopecks, created_by, created_at_ms)
           VALUES ('["from_10k"]', '2026-11-26', 'approved', 1, 100001, 'тест', ?)`,
        )
        .run(NOW).lastInsertRowid,
    );
    s.prepare(
      `INSERT INTO court_batch_accounts (batch_id, account_id, claim_kopecks, trace_json) VALUES (?, ?, 100001, '{}')`,
    ).run(batchId, ids.coOwned);
    const r = await asLawyer<PrepareCasesResult>('court.prepareCases', { batchId, filingDate: '2026-12-01' });
    expect(
      r.cases.map((c) => [c.debtorName, c.share, c.principalKopecks, c.penaltyKopecks, c.kind, c.dutyKopecks]),
    ).toEqual([
      ['Долев Андрей Андреевич', '1/2', 50_001, 0, 'court_order', 2_000 * R],
      ['Долева Анна Андреевна', '1/4', 25_000, 0, 'court_order', 2_000 * R],
      ['Долев Борис Андреевич', '1/4', 25_000, 0, 'court_order', 2_000 * R],
    ]);
    expect(r.cases.reduce((a, c) => a + c.principalKopecks, 0)).toBe(100_001);
    expect(r.cases.map((c) => c.identifiersStatus)).toEqual(['complete', 'missing', 'missing']);
    expect(r.cases[1]!.identifiersNote).toBe(
      'Долева Анна Андреевна: место рождения, один из идентификаторов: СНИЛС, ИНН, паспорт, водительское удостоверение, свидетельство о регистрации ТС',
    );
    expect(r.cases[0]!.courtName).toBeNull();
  });
});
