/**
 * @file Measures 10 and 11 on the demo district, end to end through the API as the office does it (the way the issue
 * is judged): a demo court case taken to its writ, the writ in the registry, the application with petitions to the
 * department the building maps to (the travel ban refused for the demo's writ under 30 000 ₽), the transfer register
 * handed over, the proceedings opened with a sum collected, a reconciliation file of our own with planted differences,
 * a raid with its route sheet and outcomes, the cockpit after one action of each kind, an overdue petition and its
 * complaint to the senior bailiff.
 *
 * Dates, by hand: the petitions handed over on Tuesday 22.12.2026 are due on the 10th working day after it — 23, 24,
 * 25, 28, 29, 30 December (31.12 and 1–8 January are holidays, 9–10 January a weekend), 11, 12, 13, 14 January 2027.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { addDemoClaimHistory } from '../../electron/core/demo/demo-claim-history';
import { addDemoCourts } from '../../electron/core/demo/demo-courts';
import { addDemoDepartments } from '../../electron/core/demo/demo-bailiffs';
import { addDemoWrits } from '../../electron/core/demo/demo-writs';
import { ensureDemoSigner } from '../../electron/core/claims/claim-signers';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { Cockpit } from '../../shared/api/contract-work';

let demo: DemoCore;
const by = { userId: null, name: 'тест' };
const at = (date: string) => {
  demo.clock.now = Date.parse(`${date}T09:00:00+03:00`);
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const lawyer = (method: string, input: unknown) => callCoreAs<Any>(demo.core, 'sokolov', method, input, 'lawyer');
const head = (method: string, input: unknown) => callCoreAs<Any>(demo.core, 'morozova', method, input, 'head');
const refused = (method: string, input: unknown) => callCoreAsError(demo.core, 'sokolov', method, input, 'lawyer');
const sql = <T>(query: string, ...params: unknown[]) => demo.core.ctx.sqlite.prepare(query).all(...params) as T[];

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  demo = await openDemoCore(3000);
  const s = demo.core.ctx.sqlite;
  const today = '2026-11-25';
  ensureDemoSigner(s, by, demo.clock.now, today);
  addDemoClaimHistory(s, demo.core.ctx.dataDir, today, demo.clock.now);
  addDemoCourts(s, by, demo.clock.now);
  addDemoDepartments(s, by, demo.clock.now);
  addDemoWrits(s, by, today, demo.clock.now);
}, 300_000);

afterAll(async () => {
  await demo?.close();
});

describe('writs from the demo district to the bailiffs and back', () => {
  let caseId: number;
  let caseSums: { principal: number; penalty: number; duty: number; account: number; debtor: string };
  let writId: number;
  let smallWritId: number;
  let registerId: number;
  let proceedingId: number;

  it('a demo court case reaches its writ, and the writ is in the registry', async () => {
    const queue = await lawyer('court.queue', { brackets: ['over_100k'] });
    const batch = await lawyer('court.batchCreate', {
      brackets: ['over_100k'],
      accountIds: queue.accountIds.slice(0, 1),
    });
    await head('court.batchDecide', { batchId: batch.id, decision: 'approve' });
    const prepared = await lawyer('court.prepareCases', { batchId: batch.id, filingDate: '2026-11-25' });
    caseId = prepared.cases[0].caseId;
    const row = sql<{
      principal: number;
      penalty: number;
      duty: number;
      account: number;
      debtor: string;
      kind: string;
    }>(
      `SELECT principal_kopecks AS principal, penalty_kopecks AS penalty, duty_kopecks AS duty, account_id AS account,
              debtor_name AS debtor, kind FROM court_cases WHERE id = ?`,
      caseId,
    )[0]!;
    expect(row.kind).toBe('court_order');
    caseSums = row;
    await lawyer('duty.recordExemption', { caseId, reason: 'Отсрочка уплаты госпошлины определением суда (тест).' });
    const ids = sql<{ status: string }>(
      'SELECT identifiers_status AS status FROM court_cases WHERE id = ?',
      caseId,
    )[0]!;
    if (ids.status === 'missing')
      await lawyer('court.confirmIdentifiersUnknown', { caseId, note: 'Сведения неизвестны взыскателю (тест).' });
    at('2026-11-26');
    await lawyer('court.caseStep', { caseId, step: 'filed', date: '2026-11-26', channel: 'post' });
    at('2026-12-18');
    await lawyer('court.caseStep', { caseId, step: 'issued', date: '2026-12-01', number: '2-4321/2026' });
    await lawyer('court.caseStep', { caseId, step: 'copy_received', date: '2026-12-02' });
    await lawyer('court.caseStep', { caseId, step: 'in_force', date: '2026-12-17' });
    await lawyer('court.caseStep', { caseId, step: 'writ_received', date: '2026-12-18', number: '2-4321/2026' });

    const list = await lawyer('writs.list', { search: '2-4321/2026' });
    expect(list.rows).toHaveLength(1);
    const writ = list.rows[0];
    writId = writ.id;
    const full = sql<{ kind: string; status: string; total: number; start: string; account: number; source: string }>(
      `SELECT kind, status, total_kopecks AS total, term_start_date AS start, account_id AS account, source FROM writs WHERE id = ?`,
      writId,
    )[0]!;
    expect(full).toEqual({
      kind: 'court_order',
      status: 'received',
      total: caseSums.principal + caseSums.penalty + caseSums.duty,
      start: '2026-12-17',
      account: caseSums.account,
      source: 'court_case',
    });
    // The court queue no longer offers the account: it has a writ. Measure 10 asks to send it.
    const trace = await lawyer('account.evaluate', { accountId: caseSums.account });
    const byMeasure = new Map<number, boolean>(trace.measures.map((m: Any) => [m.measure, m.available]));
    expect(byMeasure.get(9)).toBe(false);
    expect(byMeasure.get(10)).toBe(true);
    expect(byMeasure.get(11)).toBe(false);
  }, 120_000);

  it('offers the travel ban only from 30 000 ₽; the core refuses it for the demo’s small writ', async () => {
    at('2026-12-21');
    const candidates = await lawyer('fsspApplications.candidates', {});
    const rows: Any[] = candidates.candidates;
    const ours = rows.find((r) => r.writId === writId);
    expect(ours).toMatchObject({ travelBan: { offered: true, reason: null }, blocked: null });
    expect(ours.department.name).toContain('(демонстрационный)');
    const small = rows.find((r) => r.totalKopecks === 2_770_000);
    smallWritId = small.writId;
    expect(small.travelBan.offered).toBe(false);
    expect(small.travelBan.reason.replace(/\u00a0/g, ' ')).toBe(
      'Запрет выезда не заявляется: долг 27 700 ₽ меньше 30 000 ₽ (229-ФЗ ст.67 ч.1).',
    );
    const no = await refused('fsspApplications.create', { writIds: [smallWritId], petitions: ['travel_ban'] });
    expect(no.code).toBe('FSSP.TRAVEL_BAN_BELOW_THRESHOLD');
    expect(sql('SELECT id FROM fssp_applications')).toHaveLength(0);
  });

  it('prepares the applications with petitions, registers them and hands the register over', async () => {
    await lawyer('fsspApplications.create', {
      writIds: [writId],
      petitions: ['arrest_accounts', 'travel_ban'],
      applicationDate: '2026-12-21',
    });
    await lawyer('fsspApplications.create', {
      writIds: [smallWritId],
      petitions: ['registry_requests'],
      applicationDate: '2026-12-21',
    });
    const application = sql<{ document: number; department: number }>(
      'SELECT document_id AS document, department_id AS department FROM fssp_applications WHERE writ_id = ?',
      writId,
    )[0]!;
    const doc = sql<{ path: string }>(
      'SELECT file_path AS path FROM generated_documents WHERE id = ?',
      application.document,
    )[0]!;
    const text = pdfText(path.join(demo.core.ctx.dataDir, doc.path)).replace(/\s+/g, ' ');
    expect(text).toContain('2-4321/2026');
    expect(text).toContain('(демонстрационный)');
    expect(text).toMatch(/ограничени\S* на выезд/);

    at('2026-12-22');
    // One register per department: the two writs' buildings may map to the two demo departments.
    const departments = sql<{ id: number }>('SELECT DISTINCT department_id AS id FROM fssp_applications ORDER BY 1');
    for (const d of departments) {
      const register = await lawyer('fsspRegisters.create', { departmentId: d.id, registerDate: '2026-12-22' });
      if (d.id === application.department) registerId = register.id;
      else
        await lawyer('fsspRegisters.markHanded', {
          registerId: register.id,
          handedDate: '2026-12-22',
          receipt: 'вх. № 1235 от 22.12.2026',
        });
    }
    const files = sql<{ xlsx: string }>(
      'SELECT xlsx_path AS xlsx FROM transfer_registers WHERE id = ?',
      registerId,
    )[0]!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(demo.core.ctx.dataDir, files.xlsx));
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(' ');
    expect(cells).toContain('2-4321/2026');
    await lawyer('fsspRegisters.markHanded', {
      registerId,
      handedDate: '2026-12-22',
      receipt: 'вх. № 1234 от 22.12.2026',
    });
    expect(sql('SELECT status FROM writs WHERE id IN (?, ?)', writId, smallWritId)).toEqual([
      { status: 'sent' },
      { status: 'sent' },
    ]);
    expect(
      sql(
        'SELECT kind, sent_date AS sent, answer_due_date AS due FROM fssp_petitions WHERE writ_id = ? ORDER BY kind',
        writId,
      ),
    ).toEqual([
      { kind: 'arrest_accounts', sent: '2026-12-22', due: '2027-01-14' },
      { kind: 'travel_ban', sent: '2026-12-22', due: '2027-01-14' },
    ]);
    const deadline = await lawyer('writs.deadline', {
      start: '2026-12-17',
      events: [{ type: 'presented', date: '2026-12-22' }],
      asOf: '2026-12-22',
    });
    expect(deadline).toMatchObject({ deadline: null, expired: false, withBailiff: true });
  }, 120_000);

  it('records the proceedings and a sum collected', async () => {
    at('2026-12-24');
    const opened = await lawyer('proceedings.open', {
      writId,
      number: '45210/26/00001-ИП',
      openedDate: '2026-12-24',
      bailiffName: 'Петров А. А.',
    });
    proceedingId = opened.id;
    at('2026-12-25');
    await lawyer('proceedings.addCollection', { proceedingId, date: '2026-12-25', amountKopecks: 150_000, note: '' });
    expect(sql('SELECT status FROM writs WHERE id = ?', writId)).toEqual([{ status: 'in_proceedings' }]);
  });

  it('reconciles a list of our own with planted differences', async () => {
    at('2026-12-28');
    const total = caseSums.principal + caseSums.penalty + caseSums.duty;
    const rub = (k: number) => `${Math.floor(k / 100)},${String(k % 100).padStart(2, '0')}`;
    const lines = [
      '№ п/п;Номер ИП;Дата возбуждения;ФИО должника;Дата рождения;Реквизиты ИД;Сумма долга;Остаток долга;Статус;Судебный пристав-исполнитель',
      // Ours, found by the writ's number: their sum is 100,00 ₽ more, the collected 1 000,00 (we have 1 500,00), and
      // they have it ended as impossible to recover.
      `1;45210/26/00001-ИП;24.12.2026;${caseSums.debtor};;Судебный приказ № 2-4321/2026;${rub(total + 10_000)};${rub(total + 10_000 - 100_000)};Окончено по ст. 46 ч.1 п.4;Петров А. А.`,
      // Theirs, not ours.
      '2;77777/26/00001-ИП;01.12.2026;Неизвестный Иван Петрович;01.01.1970;2-9999/2026;5 000,00;5 000,00;Возбуждено;Петров А. А.',
      // The small demo writ (sent in the same register) is missing from their list: lost.
    ];
    const file = path.join(demo.core.ctx.dataDir, 'osp-list.csv');
    fs.writeFileSync(file, iconv.encode(lines.join('\r\n'), 'win1251'));
    const { uploadId } = await saveUpload(demo.core.ctx.dataDir, 'osp-list.csv', fs.readFileSync(file));
    const run = await lawyer('reconciliation.run', { uploadId, listDate: '2026-12-28' });
    expect(run.byKind).toEqual({
      ours_not_theirs: 1,
      theirs_not_ours: 1,
      sum_differs: 1,
      status_differs: 1,
      collected_differs: 1,
    });
    const detail = await lawyer('reconciliation.get', { reconciliationId: run.id });
    const lost = detail.differences.find((d: Any) => d.kind === 'ours_not_theirs');
    expect(lost.writId).toBe(smallWritId);
    await lawyer('reconciliation.resolve', {
      differenceId: lost.id,
      note: 'Направлен повторно с реестром от 29.12.2026.',
    });
  });

  it('plans a raid, prints a route sheet without names and records the outcome', async () => {
    const candidates = await lawyer('raids.candidates', { raidDate: '2026-12-29' });
    const rows: Any[] = candidates.buildings.flatMap((b: Any) => b.flats);
    const ours = rows.find((r) => r.accountId === caseSums.account);
    expect(ours).toBeDefined();
    const raid = await lawyer('raids.create', {
      raidDate: '2026-12-29',
      team: 'СПИ Петров А. А., специалист Иванова О. В.',
      accountIds: [caseSums.account],
    });
    const raidId = raid.id;
    await lawyer('raids.routeSheet', { raidId });
    const sheet = sql<{ path: string }>(
      'SELECT d.file_path AS path FROM raids r JOIN generated_documents d ON d.id = r.route_document_id WHERE r.id = ?',
      raidId,
    )[0]!;
    const text = pdfText(path.join(demo.core.ctx.dataDir, sheet.path));
    expect(text).toContain('45210/26/00001-ИП');
    expect(text).not.toContain(caseSums.debtor.split(' ')[0]!);
    at('2026-12-29');
    await lawyer('raids.recordOutcome', { raidId, accountId: caseSums.account, outcome: 'paid', paidKopecks: 500_000 });
    const summary = await lawyer('raids.summary', { raidId });
    expect(summary).toMatchObject({ addresses: 1, recorded: 1, pending: 0, paidKopecks: 500_000 });
    expect(summary.counts.paid).toBe(1);
  });

  it('the cockpit counts one action of each kind', async () => {
    at('2026-12-30');
    const cockpit = await head('cockpit.get', {});
    const m10 = cockpit.measures.find((m: Cockpit['measures'][number]) => m.measure === 10);
    const m11 = cockpit.measures.find((m: Cockpit['measures'][number]) => m.measure === 11);
    // Two writs sent in December; the demo's nine others still wait (eight received, one returned).
    expect(m10).toMatchObject({ month: 2, target: 11, progressText: '2 из 11 документов в месяц (18 %)' });
    // One reconciliation, one raid, three petitions handed over with the applications.
    expect(m11).toMatchObject({ month: 5, detail: 'сверок 1, рейдов 1, ходатайств 3' });
  });

  it('an unanswered petition past its due day gets a complaint to the senior bailiff', async () => {
    const petitions = sql<{ id: number; kind: string }>(
      'SELECT id, kind FROM fssp_petitions WHERE writ_id = ? ORDER BY kind',
      writId,
    );
    const arrest = petitions.find((p) => p.kind === 'arrest_accounts')!;
    const travel = petitions.find((p) => p.kind === 'travel_ban')!;
    at('2027-01-14');
    // On the due day itself the bailiff may still answer.
    const early = await refused('petitions.complaint', { petitionId: arrest.id });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toContain('Жалобу можно подать с 15.01.2027.');
    at('2027-01-15');
    await lawyer('petitions.answer', { petitionId: travel.id, answer: 'granted', date: '2027-01-12', note: '' });
    const overdue = await lawyer('petitions.list', { filter: 'overdue' });
    const list: Any[] = overdue.rows;
    expect(list.map((p) => p.id)).toContain(arrest.id);
    expect(list.map((p) => p.id)).not.toContain(travel.id);
    await lawyer('petitions.complaint', { petitionId: arrest.id });
    const doc = sql<{ path: string }>(
      'SELECT d.file_path AS path FROM fssp_petitions p JOIN generated_documents d ON d.id = p.complaint_document_id WHERE p.id = ?',
      arrest.id,
    )[0]!;
    const text = pdfText(path.join(demo.core.ctx.dataDir, doc.path)).replace(/\s+/g, ' ');
    expect(text).toContain('45210/26/00001-ИП');
    expect(text).toMatch(/стар\S+ судебн\S+ пристав/i);
  });
});
