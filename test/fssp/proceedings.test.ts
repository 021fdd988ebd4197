/**
 * Enforcement proceedings, collections, petitions and the complaint to the senior bailiff (measure 11), through
 * the core's API on a small demo district. Writs and the department are inserted directly (the registry and the
 * directory are other areas). Every expected date and sum below is counted by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { accountPersons, accountSummaries, actions, imports, payments } from '../../shared/db/schema';
import { bailiffDepartments, writEvents, writs } from '../../shared/db/schema-fssp';
import { generatedDocuments } from '../../shared/db/schema-documents';
import type { FsspProceedingsApiOutputs, ProceedingView } from '../../shared/api/contract-fssp-proceedings';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { callCore, callCoreError } from '../support/api-calls';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { pdfText } from '../claims/documents-district';

type Out<M extends keyof FsspProceedingsApiOutputs> = FsspProceedingsApiOutputs[M];

let demo: DemoCore;
let departmentId: number;
let accountIds: number[];

/** Moscow noon of a day. */
const at = (date: string) => Date.parse(`${date}T09:00:00Z`);

function insertWrit(
  accountId: number,
  number: string,
  principal: number,
  penalty: number,
  duty: number,
  status = 'received' as const,
): number {
  const db = demo.core.ctx.db;
  const acc = db.select().from(accountSummaries).where(eq(accountSummaries.accountId, accountId)).get()!;
  const person = db
    .select()
    .from(accountPersons)
    .where(eq(accountPersons.accountId, accountId))
    .orderBy(asc(accountPersons.position))
    .get()!;
  return db
    .insert(writs)
    .values({
      kind: 'court_order',
      number,
      actDate: '2026-01-15',
      inForceDate: '2026-02-10',
      termStartDate: '2026-02-10',
      courtName: 'Мировой судья судебного участка № 125 Красногорского судебного района Московской области',
      accountId,
      managementCompanyId: acc.managementCompanyId,
      debtorPersonId: person.personId,
      debtorName: 'Смирнов Андрей Петрович',
      principalKopecks: principal,
      penaltyKopecks: penalty,
      dutyKopecks: duty,
      totalKopecks: principal + penalty + duty,
      receivedDate: '2026-02-20',
      status,
      source: 'manual',
      createdBy: 'тест',
      createdAtMs: demo.clock.now,
      updatedAtMs: demo.clock.now,
    })
    .returning({ id: writs.id })
    .get().id;
}

function insertPayment(
  accountId: number,
  key: string,
  date: string,
  kopecks: number,
  source: string | null,
  doc: string | null,
): number {
  const db = demo.core.ctx.db;
  const importId = db.select({ id: imports.id }).from(imports).get()!.id;
  return db
    .insert(payments)
    .values({
      accountId,
      paymentDate: date,
      amountKopecks: kopecks,
      source,
      documentNumber: doc,
      paymentKey: key,
      importId,
    })
    .returning({ id: payments.id })
    .get().id;
}

const writOf = (id: number) => demo.core.ctx.db.select().from(writs).where(eq(writs.id, id)).get()!;

beforeAll(async () => {
  demo = await openDemoCore(40);
  const db = demo.core.ctx.db;
  departmentId = db
    .insert(bailiffDepartments)
    .values({
      name: 'Красногорский РОСП ГУФССП России по Московской области',
      code: '50049',
      address: '143401, Московская область, г. Красногорск, ул. Речная, д. 20',
      seniorBailiff: 'Петрова Анна Сергеевна',
      createdAtMs: demo.clock.now,
      updatedAtMs: demo.clock.now,
    })
    .returning({ id: bailiffDepartments.id })
    .get().id;
  accountIds = db
    .select({ id: accountSummaries.accountId })
    .from(accountSummaries)
    .orderBy(asc(accountSummaries.accountId))
    .limit(6)
    .all()
    .map((r) => r.id);
}, 300_000);

afterAll(async () => {
  await demo?.close();
});

describe('opening and ending proceedings', () => {
  let writId: number;
  let proceedingId: number;

  it('refuses a number not in the form NNNNN/YY/NNNNN-ИП', async () => {
    writId = insertWrit(accountIds[0]!, '2-101/2026', 2_000_000, 300_000, 40_000);
    const e = await callCoreError(demo.core, 'proceedings.open', {
      writId,
      number: '4521-26-50049',
      openedDate: '2026-03-02',
    });
    expect(e.code).toBe('FSSP.BAD_NUMBER');
    expect(e.message).toContain('NNNNN/ГГ/NNNNN-ИП');
  });

  it('opens on a received writ: the writ goes in_proceedings, presented on the opening day, department by the code', async () => {
    const v = await callCore<ProceedingView>(demo.core, 'proceedings.open', {
      writId,
      number: '4521 / 26 / 50049 IP',
      openedDate: '2026-03-02',
      bailiffName: 'Кузнецова О.В.',
    });
    proceedingId = v.id;
    expect(v.number).toBe('4521/26/50049-ИП');
    expect(v.departmentId).toBe(departmentId);
    // The sum in the proceedings is the writ's total: 20 000,00 + 3 000,00 + 400,00 = 23 400,00 ₽.
    expect(v.debtKopecks).toBe(2_340_000);
    expect(v.status).toBe('opened');
    expect(writOf(writId).status).toBe('in_proceedings');
    const events = demo.core.ctx.db.select().from(writEvents).where(eq(writEvents.writId, writId)).all();
    expect(events.map((e) => [e.type, e.eventDate])).toEqual([['presented', '2026-03-02']]);
    expect(v.writ.deadline).toBeNull();
    const j = demo.core.ctx.db
      .select()
      .from(actions)
      .where(and(eq(actions.kind, 'fssp.proceeding'), eq(actions.objectId, String(v.id))))
      .all();
    expect(j).toHaveLength(1);
    expect(j[0]!.accountId).toBe(accountIds[0]);
    expect(j[0]!.objectType).toBe('proceeding');
  });

  it('refuses a second proceeding on a writ already in proceedings, and the same number twice', async () => {
    const e = await callCoreError(demo.core, 'proceedings.open', {
      writId,
      number: '4522/26/50049-ИП',
      openedDate: '2026-03-03',
    });
    expect(e.code).toBe('FSSP.WRIT_STATE');
    expect(e.message).toContain('4521/26/50049-ИП');
    const other = insertWrit(accountIds[1]!, '2-102/2026', 100_000, 0, 0);
    const dup = await callCoreError(demo.core, 'proceedings.open', {
      writId: other,
      number: '4521/26/50049-ИП',
      openedDate: '2026-03-03',
    });
    expect(dup.code).toBe('CONFLICT');
  });

  it('refuses a performed writ', async () => {
    const done = insertWrit(accountIds[1]!, '2-103/2026', 100_000, 0, 0, 'performed' as never);
    const e = await callCoreError(demo.core, 'proceedings.open', {
      writId: done,
      number: '77/26/50049-ИП',
      openedDate: '2026-03-03',
    });
    expect(e.code).toBe('FSSP.WRIT_STATE');
  });

  it('ended as impossible: the writ is returned, a returned event on that day, the term restarts from the return', async () => {
    const r = await callCore<Out<'proceedings.setStatus'>>(demo.core, 'proceedings.setStatus', {
      proceedingId,
      status: 'ended_impossible',
      date: '2026-03-17',
      ground: 'ст.46 ч.1 п.4: нет имущества',
    });
    expect(r.view.status).toBe('ended_impossible');
    expect(writOf(writId).status).toBe('returned');
    const events = demo.core.ctx.db
      .select()
      .from(writEvents)
      .where(eq(writEvents.writId, writId))
      .orderBy(asc(writEvents.id))
      .all();
    expect(events.map((e) => [e.type, e.eventDate])).toEqual([
      ['presented', '2026-03-02'],
      ['returned', '2026-03-17'],
    ]);
    // 17.03.2026 + 3 years = 17.03.2029, a Saturday (01.01.2029 is a Monday; 01.03.2029 a Thursday) → Monday 19.03.2029.
    expect(r.writDeadline).toEqual({
      deadline: '2029-03-19',
      lastDay: '2029-03-17',
      expired: false,
      withBailiff: false,
    });
    expect(r.message).toContain('19.03.2029');
    expect(r.view.transitions).toEqual([]);
    const again = await callCoreError(demo.core, 'proceedings.setStatus', {
      proceedingId,
      status: 'opened',
      date: '2026-03-18',
      ground: '',
    });
    expect(again.code).toBe('CONFLICT');
  });

  it('a returned writ may get new proceedings; performed and terminated move the writ', async () => {
    const v = await callCore<ProceedingView>(demo.core, 'proceedings.open', {
      writId,
      number: '9001/26/50049-ИП',
      openedDate: '2026-05-12',
    });
    expect(writOf(writId).status).toBe('in_proceedings');
    await callCore(demo.core, 'proceedings.setStatus', {
      proceedingId: v.id,
      status: 'ended_performed',
      date: '2026-06-01',
      ground: '',
    });
    expect(writOf(writId).status).toBe('performed');
    const w2 = insertWrit(accountIds[2]!, '2-104/2026', 500_000, 0, 0, 'sent' as never);
    const p2 = await callCore<ProceedingView>(demo.core, 'proceedings.open', {
      writId: w2,
      number: '9002/26/50049-ИП',
      openedDate: '2026-04-01',
    });
    const noGround = await callCoreError(demo.core, 'proceedings.setStatus', {
      proceedingId: p2.id,
      status: 'terminated',
      date: '2026-04-20',
      ground: '',
    });
    expect(noGround.code).toBe('VALIDATION');
    await callCore(demo.core, 'proceedings.setStatus', {
      proceedingId: p2.id,
      status: 'terminated',
      date: '2026-04-20',
      ground: 'отмена судебного приказа',
    });
    expect(writOf(w2).status).toBe('cancelled');
  });
});

describe('collections and payments through ФССП', () => {
  let proceedingId: number;
  const acc = () => accountIds[3]!;

  it('collections add up; the balance is debt − collected; the debt is not touched', async () => {
    const writId = insertWrit(acc(), '2-201/2026', 2_500_000, 400_000, 100_000);
    const v = await callCore<ProceedingView>(demo.core, 'proceedings.open', {
      writId,
      number: '1200/26/50049-ИП',
      openedDate: '2026-04-01',
    });
    proceedingId = v.id;
    expect(v.debtKopecks).toBe(3_000_000);
    await callCore(demo.core, 'proceedings.addCollection', {
      proceedingId,
      date: '2026-04-15',
      amountKopecks: 150_000,
      note: '',
    });
    const after = await callCore<ProceedingView>(demo.core, 'proceedings.addCollection', {
      proceedingId,
      date: '2026-05-15',
      amountKopecks: 250_050,
      note: 'по уведомлению СПИ',
    });
    // 1 500,00 + 2 500,50 = 4 000,50 ₽ collected; 30 000,00 − 4 000,50 = 25 999,50 ₽ left.
    expect(after.collectedKopecks).toBe(400_050);
    expect(after.balanceKopecks).toBe(2_599_950);
    expect(after.debtKopecks).toBe(3_000_000);
    const early = await callCoreError(demo.core, 'proceedings.addCollection', {
      proceedingId,
      date: '2026-03-31',
      amountKopecks: 100,
      note: '',
    });
    expect(early.code).toBe('VALIDATION');
    const zero = await callCoreError(demo.core, 'proceedings.addCollection', {
      proceedingId,
      date: '2026-04-15',
      amountKopecks: 0,
      note: '',
    });
    expect(zero.code).toBe('VALIDATION');
  });

  it('links the ФССП payments (this number, or ФССП/РОСП as a word), not «госпошлина», not another proceeding', async () => {
    const a = insertPayment(
      acc(),
      't-fssp-1',
      '2026-06-10',
      123_456,
      'УФССП России по Московской области',
      '1200/26/50049-ИП',
    );
    const c = insertPayment(acc(), 't-fssp-2', '2026-06-20', 10_000, 'Красногорский РОСП', null);
    const b = insertPayment(acc(), 't-fssp-3', '2026-06-11', 500_000, 'Сбербанк', 'госпошлина');
    insertPayment(acc(), 't-fssp-4', '2026-06-12', 7_000, 'ФССП', '9999/26/50049-ИП');
    insertPayment(acc(), 't-fssp-5', '2026-03-01', 8_000, 'ФССП', null);
    const r = await callCore<Out<'proceedings.linkPayments'>>(demo.core, 'proceedings.linkPayments', { proceedingId });
    expect(r.linked).toBe(2);
    const linked = r.view.collections
      .filter((x) => x.paymentId !== null)
      .map((x) => x.paymentId)
      .sort();
    expect(linked).toEqual([a, c].sort());
    // 4 000,50 + 1 234,56 + 100,00 = 5 335,06 ₽.
    expect(r.view.collectedKopecks).toBe(533_506);
    const cand = r.view.candidates.find((x) => x.paymentId === b);
    expect(cand?.fssp).toBe(false);
    expect(r.view.candidates.some((x) => x.fssp)).toBe(false);
    const again = await callCore<Out<'proceedings.linkPayments'>>(demo.core, 'proceedings.linkPayments', {
      proceedingId,
    });
    expect(again.linked).toBe(0);
    const byHand = await callCore<ProceedingView>(demo.core, 'proceedings.linkPayment', { proceedingId, paymentId: b });
    expect(byHand.collectedKopecks).toBe(1_033_506);
    const twice = await callCoreError(demo.core, 'proceedings.linkPayment', { proceedingId, paymentId: a });
    expect(twice.code).toBe('CONFLICT');
    const j = demo.core.ctx.db
      .select()
      .from(actions)
      .where(and(eq(actions.kind, 'fssp.collection'), eq(actions.accountId, acc())))
      .all();
    expect(j).toHaveLength(5);
  });
});

describe('petitions, answers and the complaint', () => {
  let proceedingId: number;
  let petitionId: number;

  it('travel ban refused at a balance of 29 999,99 ₽, made at 30 000,00 ₽', async () => {
    const w = insertWrit(accountIds[4]!, '2-301/2026', 2_800_000, 150_000, 50_000);
    const v = await callCore<ProceedingView>(demo.core, 'proceedings.open', {
      writId: w,
      number: '3100/26/50049-ИП',
      openedDate: '2026-04-01',
    });
    await callCore(demo.core, 'proceedings.addCollection', {
      proceedingId: v.id,
      date: '2026-04-02',
      amountKopecks: 1,
      note: '',
    });
    const e = await callCoreError(demo.core, 'petitions.create', {
      proceedingId: v.id,
      kind: 'travel_ban',
      sentDate: '2026-05-04',
    });
    expect(e.code).toBe('FSSP.TRAVEL_BAN_BELOW_THRESHOLD');
    expect(e.message).toMatch(/29\s999,99/);
    const w2 = insertWrit(accountIds[5]!, '2-302/2026', 2_800_000, 150_000, 50_000);
    const v2 = await callCore<ProceedingView>(demo.core, 'proceedings.open', {
      writId: w2,
      number: '3101/26/50049-ИП',
      openedDate: '2026-04-01',
    });
    const ok = await callCore<Out<'petitions.create'>>(demo.core, 'petitions.create', {
      proceedingId: v2.id,
      kind: 'travel_ban',
      sentDate: '2026-05-04',
    });
    expect(ok.petition.kind).toBe('travel_ban');
    const dup = await callCoreError(demo.core, 'petitions.create', {
      proceedingId: v2.id,
      kind: 'travel_ban',
      sentDate: '2026-05-05',
    });
    expect(dup.code).toBe('CONFLICT');
  });

  it('the answer is due 10 working days after 28.12.2026, over the New Year holidays: 20.01.2027', async () => {
    proceedingId = (await callCore<Out<'proceedings.list'>>(demo.core, 'proceedings.list', { search: '3100/26' }))
      .rows[0]!.id;
    demo.clock.now = at('2026-12-28');
    const r = await callCore<Out<'petitions.create'>>(demo.core, 'petitions.create', {
      proceedingId,
      kind: 'arrest_accounts',
      sentDate: '2026-12-28',
    });
    petitionId = r.petition.id;
    // 29.12 (1), 30.12 (2); 31.12.2026 and 01–08.01.2027 holidays, 09–10.01 weekend; 11–15.01 (3–7); 18, 19, 20.01 (8–10).
    expect(r.petition.answerDueDate).toBe('2027-01-20');
    expect(r.petition.state).toBe('awaiting');
    expect(r.petition.documentId).not.toBeNull();
    const sent = demo.core.ctx.db
      .select()
      .from(actions)
      .where(and(eq(actions.kind, 'fssp.petition_sent'), eq(actions.objectId, String(petitionId))))
      .all();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.accountId).toBe(accountIds[4]);
  });

  it('the complaint is refused on the due day and made the day after, naming the proceedings and the senior bailiff', async () => {
    demo.clock.now = at('2027-01-20');
    const early = await callCoreError(demo.core, 'petitions.complaint', { petitionId });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toContain('20.01.2027');
    expect(early.message).toContain('21.01.2027');
    const list0 = await callCore<Out<'petitions.list'>>(demo.core, 'petitions.list', { filter: 'overdue' });
    expect(list0.rows.map((p) => p.id)).not.toContain(petitionId);

    demo.clock.now = at('2027-01-21');
    const list = await callCore<Out<'petitions.list'>>(demo.core, 'petitions.list', { filter: 'all' });
    // Both unanswered petitions are overdue now; the longest overdue (the travel ban of 04.05.2026) comes first.
    expect(list.rows.filter((p) => p.state === 'overdue').map((p) => p.answerDueDate)).toEqual([
      '2026-05-19',
      '2027-01-20',
    ]);
    expect(list.rows.slice(0, 2).map((p) => p.state)).toEqual(['overdue', 'overdue']);
    expect(list.counts.overdue).toBe(2);
    const r = await callCore<Out<'petitions.complaint'>>(demo.core, 'petitions.complaint', { petitionId });
    expect(r.petition.complaintDate).toBe('2027-01-21');
    const doc = demo.core.ctx.db
      .select()
      .from(generatedDocuments)
      .where(eq(generatedDocuments.id, r.documentId))
      .get()!;
    expect(doc.kind).toBe('fssp_complaint');
    const text = pdfText(path.join(demo.core.ctx.dataDir, doc.filePath)).replace(/\s+/g, ' ');
    expect(text).toContain('3100/26/50049-ИП');
    expect(text).toContain('Петрова Анна Сергеевна');
    expect(text).toContain('старшему судебному приставу');
    expect(text).toContain('28.12.2026');
    expect(text).toContain('20.01.2027');
    expect(text).toContain('ЖАЛОБА');
    const j = demo.core.ctx.db
      .select()
      .from(actions)
      .where(and(eq(actions.kind, 'fssp.complaint'), eq(actions.objectId, String(petitionId))))
      .all();
    expect(j).toHaveLength(1);
  });

  it('an answer with the decision attached; then no complaint', async () => {
    const upload = await saveUpload(demo.core.ctx.dataDir, 'постановление.pdf', Buffer.from('%PDF-1.4 test'));
    const row = await callCore<Out<'petitions.answer'>>(demo.core, 'petitions.answer', {
      petitionId,
      answer: 'granted',
      date: '2027-01-21',
      note: 'арест на счёт в Сбербанке',
      uploadId: upload.uploadId,
    });
    expect(row.state).toBe('answered');
    expect(row.hasAnswerFile).toBe(true);
    const file = await callCore<Out<'petitions.answerFile'>>(demo.core, 'petitions.answerFile', { petitionId });
    expect(Buffer.from(file.base64, 'base64').toString()).toBe('%PDF-1.4 test');
    const e = await callCoreError(demo.core, 'petitions.complaint', { petitionId });
    expect(e.code).toBe('CONFLICT');
    const bad = await saveUpload(demo.core.ctx.dataDir, 'ответ.exe', Buffer.from('MZ'));
    const other = await callCore<Out<'petitions.create'>>(demo.core, 'petitions.create', {
      proceedingId,
      kind: 'search',
      sentDate: '2027-01-21',
    });
    const refused = await callCoreError(demo.core, 'petitions.answer', {
      petitionId: other.petition.id,
      answer: 'refused',
      date: '2027-01-21',
      uploadId: bad.uploadId,
    });
    expect(refused.code).toBe('FSSP.BAD_FILE');
    expect(fs.existsSync(path.join(demo.core.ctx.dataDir, 'fssp', 'petitions', String(petitionId)))).toBe(true);
  });
});
