/**
 * @file An eviction case through the API as the lawyer works it (today 26.11.2026, fixed): opened for a qualifying
 * social tenant (a second case refused), the checklist with a good reason (warning refused), with an unknown item
 * (warning allowed, lawsuit refused), all «no» (lawsuit allowed); the warning's term = date + 30 days (dated rule);
 * the lawsuit refused before the term passed, then filed with the organisation's duty 20 000 ₽ (from 09.09.2024);
 * the decision, in force not before a month (ГПК ст.321), enforcement, relocation refused without a reserved dwelling
 * and recorded with one; the journal on the account; both PDFs read back. A second case: refused decision → closed.
 *
 * Dates by hand: warning 01.07.2026 + 30 days → 31.07.2026; lawsuit from 01.08.2026 (filed 10.08.2026); decision
 * 15.09.2026 → in force not before 15.10.2026 (14.10 refused); enforcement 01.11.2026; relocated 20.11.2026.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { closeDocumentsCore, NOW, openDocumentsCore, pageWords, pdfPages, pdfText } from '../claims/documents-district';
import { rewrite, TENANT_FAMILY } from './eviction-fixture';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { EvictionCaseView } from '../../shared/api/contract-eviction';
import { GOOD_REASON_CODES } from '../../shared/eviction/good-reasons';

let core: Core;
let accountId = 0;
let secondAccount = 0;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const lawyer = <T = EvictionCaseView>(method: string, input: unknown) =>
  callCoreAs<T>(core, 'sokolov', method, input, 'lawyer');
const refused = (method: string, input: unknown) => callCoreAsError(core, 'sokolov', method, input, 'lawyer');
/** pdftotext breaks lines where the page does: phrases are compared with single spaces. */
const flat = (t: string) => t.replace(/\s+/g, ' ');
const all = (answer: 'yes' | 'no' | 'unknown') => GOOD_REASON_CODES.map((code) => ({ code, answer }));
const docPath = (documentId: number) => {
  const row = core.ctx.sqlite
    .prepare('SELECT file_path AS p FROM generated_documents WHERE id = ?')
    .get(documentId) as { p: string };
  return path.join(core.ctx.dataDir, row.p);
};

beforeAll(async () => {
  core = await openDocumentsCore(120, { signer: false });
  const ids = (
    core.ctx.sqlite.prepare("SELECT id FROM accounts WHERE status = 'open' ORDER BY id LIMIT 2").all() as Array<{
      id: number;
    }>
  ).map((r) => r.id);
  accountId = ids[0]!;
  secondAccount = ids[1]!;
  for (const a of ids)
    rewrite(core, a, { tenure: 'social_tenant', payments: [['2026-03-05', 400_000]], people: TENANT_FAMILY });
}, 120_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('an eviction case from the checklist to relocation', () => {
  let c: EvictionCaseView;

  it('opens for the qualifying tenant, once', async () => {
    c = await lawyer('eviction.open', { accountId });
    expect(c).toMatchObject({ status: 'checklist', unpaidMonths: 7, debtKopecks: 1_600_000, householdSize: 3 });
    expect(c.next?.step).toBe('checklist');
    const again = await refused('eviction.open', { accountId });
    expect(again.code).toBe('EVICTION.NOT_ELIGIBLE');
    expect(again.message).toContain('дело о выселении уже ведётся');
    const operator = await callCoreAsError(core, 'ivanova', 'eviction.open', { accountId }, 'claims_clerk');
    expect(operator.code).toBe('AUTH.PERMISSION_DENIED');
  });

  it('a good reason stops the warning; an unknown item stops only the lawsuit', async () => {
    c = await lawyer('eviction.checklist', {
      caseId: c.id,
      answers: [...all('no').slice(1), { code: 'wage_arrears', answer: 'yes', note: 'справка с работы' }],
    });
    expect(c.goodReasonFound).toBe(true);
    expect(c.next?.step).toBe('closed');
    const warn = await refused('eviction.step', { caseId: c.id, step: 'warning', date: '2026-07-01' });
    expect(warn.code).toBe('EVICTION.BAD_STEP');
    expect(warn.message).toContain('задержка выплаты заработной платы');

    c = await lawyer('eviction.checklist', { caseId: c.id, answers: all('no').filter((a) => a.code !== 'illness') });
    expect(c.checklist.find((i) => i.code === 'illness')?.answer).toBe('unknown');
    const w = await lawyer<EvictionCaseView & { summary: string }>('eviction.step', {
      caseId: c.id,
      step: 'warning',
      date: '2026-07-01',
    });
    expect(w).toMatchObject({ status: 'warning', warningDate: '2026-07-01', warningDeadlineDate: '2026-07-31' });
    expect(w.warningDocumentId).not.toBeNull();
    const suit = await refused('eviction.step', {
      caseId: c.id,
      step: 'lawsuit',
      date: '2026-08-10',
      courtName: 'Красногорский городской суд',
    });
    expect(suit.code).toBe('EVICTION.BAD_STEP');
    expect(suit.message).toContain('Не проверено пунктов: 1 из 8');
    c = await lawyer('eviction.checklist', { caseId: c.id, answers: all('no') });
    expect(c.checklistClear).toBe(true);

    const text = flat(pdfText(docPath(w.warningDocumentId!)));
    expect(text).toContain('ПРЕДУПРЕЖДЕНИЕ');
    expect(text).toContain('Кузнецов Иван Петрович');
    // Overdue on 01.07.2026: March, April, May (June is due on 10.07) — 3 × 2 000 ₽.
    expect(text).toContain('составляет 6 000 руб. 00 коп. Плата не вносится');
    expect(text).not.toContain('г..');
    expect(text).toContain('7 месяцев подряд');
    expect(text).toContain('31 июля 2026 г.');
    expect(text).toContain('не менее 6 кв. м');
    expect(text).toContain('ст. 90');
  });

  it('the lawsuit waits for the warning term, then is filed with the organisation duty and its draft', async () => {
    const early = await refused('eviction.step', {
      caseId: c.id,
      step: 'lawsuit',
      date: '2026-07-31',
      courtName: 'Красногорский городской суд',
    });
    expect(early.message).toContain('раньше дня после срока предупреждения (01.08.2026)');
    const future = await refused('eviction.step', {
      caseId: c.id,
      step: 'lawsuit',
      date: '2026-12-01',
      courtName: 'суд',
    });
    expect(future.message).toContain('ещё не наступила');
    c = await lawyer('eviction.step', {
      caseId: c.id,
      step: 'lawsuit',
      date: '2026-08-10',
      courtName: 'Красногорский городской суд Московской области',
    });
    expect(c).toMatchObject({ status: 'lawsuit', dutyKopecks: 2_000_000 });
    const text = flat(pdfText(docPath(c.lawsuitDocumentId!)));
    for (const s of [
      'ИСКОВОЕ ЗАЯВЛЕНИЕ',
      'В Красногорский городской суд Московской области',
      'Муниципальное образование «Городской округ Красногорск Московской области»',
      'Кузнецова Мария Ивановна',
      // The debt position as of the filing day: March…June 2026 overdue (July is due on 10.08), 4 × 2 000 ₽.
      'март 2026 2 000,00 0,00 2 000,00',
      'июнь 2026',
      'Итого 8 000,00',
      'более шести месяцев',
      '02.07.2009 № 14',
      'не менее 18 кв. м',
      'Расторгнуть договор социального найма',
      'Госпошлина: 20 000 руб. 00 коп.',
      'заключённый с нанимателем (Кузнецов Иван Петрович)',
      'Приложения:',
      'Копии искового заявления и приложенных документов для ответчиков.',
    ])
      expect(text, s).toContain(s);
    // A4 text, 20 mm left margin (56.7 pt) on every page; a copy for a look when EVICTION_PDF_DIR is set.
    const file = docPath(c.lawsuitDocumentId!);
    for (let page = 1; page <= pdfPages(file); page++)
      expect(Math.min(...pageWords(file, page).map((w) => w.xMin))).toBeGreaterThanOrEqual(56.5);
    if (process.env.EVICTION_PDF_DIR) {
      fs.copyFileSync(file, path.join(process.env.EVICTION_PDF_DIR, 'lawsuit.pdf'));
      fs.copyFileSync(docPath(c.warningDocumentId!), path.join(process.env.EVICTION_PDF_DIR, 'warning.pdf'));
    }
    // The minor son is not a defendant.
    expect(text).not.toContain('Кузнецов Пётр Иванович');
  });

  it('decision, in force after a month, enforcement, relocation only to a reserved dwelling', async () => {
    c = await lawyer('eviction.step', {
      caseId: c.id,
      step: 'decision',
      date: '2026-09-15',
      decisionResult: 'granted',
    });
    expect(c.next).toMatchObject({ step: 'in_force', from: '2026-10-15' });
    const early = await refused('eviction.step', { caseId: c.id, step: 'in_force', date: '2026-10-14' });
    expect(early.message).toContain('ГПК ст.321');
    c = await lawyer('eviction.step', { caseId: c.id, step: 'in_force', date: '2026-10-15' });
    expect(c.status).toBe('decision');
    c = await lawyer('eviction.step', { caseId: c.id, step: 'enforcement', date: '2026-11-01' });
    const noFlat = await refused('eviction.step', { caseId: c.id, step: 'relocated', date: '2026-11-20' });
    expect(noFlat.message).toContain('не зарезервировано жильё');
    // The housing helper's reservation: a free dwelling reserved for the case sets dwelling_id.
    const s = core.ctx.sqlite;
    const dwelling = Number(
      s
        .prepare(
          `INSERT INTO housing_stock (settlement, address, apartment, address_key, rooms, living_area_centi_m2, status, reserved_case_id, created_at_ms, updated_at_ms)
           VALUES ('г. Красногорск', 'ул. Школьная, д. 5', '12', 'test', 2, 2850, 'reserved', ?, ?, ?)`,
        )
        .run(c.id, NOW, NOW).lastInsertRowid,
    );
    s.prepare('UPDATE eviction_cases SET dwelling_id = ? WHERE id = ?').run(dwelling, c.id);
    c = await lawyer('eviction.step', { caseId: c.id, step: 'relocated', date: '2026-11-20' });
    expect(c.status).toBe('relocated');
    expect(c.next).toBeNull();
    const after = await refused('eviction.step', { caseId: c.id, step: 'closed', date: '2026-11-25', reason: 'x' });
    expect(after.message).toContain('Дело уже завершено');
  });

  it('every step is on the account timeline with the status before and after (measure 12)', () => {
    const rows = core.ctx.sqlite
      .prepare(
        "SELECT kind, measure, before_json AS b, after_json AS a FROM actions WHERE account_id = ? AND kind LIKE 'eviction.%' ORDER BY id",
      )
      .all(accountId) as Array<{ kind: string; measure: number; b: string | null; a: string | null }>;
    expect(rows.map((r) => r.kind)).toEqual([
      'eviction.case_opened',
      'eviction.checklist',
      'eviction.checklist',
      'eviction.step',
      'eviction.checklist',
      'eviction.step',
      'eviction.step',
      'eviction.step',
      'eviction.step',
      'eviction.step',
    ]);
    expect(rows.every((r) => r.measure === 12)).toBe(true);
    const steps = rows
      .filter((r) => r.kind === 'eviction.step')
      .map((r) => [JSON.parse(r.b!).status, JSON.parse(r.a!).status]);
    expect(steps).toEqual([
      ['checklist', 'warning'],
      ['warning', 'lawsuit'],
      ['lawsuit', 'decision'],
      ['decision', 'decision'],
      ['decision', 'enforcement'],
      ['enforcement', 'relocated'],
    ]);
  });

  it('a refused claim closes the case; a relocated case no longer counts as open', async () => {
    const d = await lawyer('eviction.open', { accountId: secondAccount });
    await lawyer('eviction.checklist', { caseId: d.id, answers: all('no') });
    await lawyer('eviction.step', { caseId: d.id, step: 'warning', date: '2026-07-01' });
    await lawyer('eviction.step', {
      caseId: d.id,
      step: 'lawsuit',
      date: '2026-08-03',
      courtName: 'Красногорский городской суд',
    });
    const closed = await lawyer('eviction.step', {
      caseId: d.id,
      step: 'decision',
      date: '2026-09-01',
      decisionResult: 'refused',
    });
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'Суд отказал в иске о выселении.' });
    const list = await lawyer<{ cases: Any[] }>('eviction.cases', { status: 'closed' });
    expect(list.cases.map((x) => x.id)).toEqual([d.id]);
    expect(fs.existsSync(docPath(closed.lawsuitDocumentId!))).toBe(true);
  });
});
