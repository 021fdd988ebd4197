/**
 * @file «An agreement kept and then broken», end to end on a real core (real SQLite, real migrations, the real billing
 * import, the API with its permissions) over a district built by hand:
 *
 * - 7200000001, ООО «УК Соглашение», г. Красногорск, ул. Садовая, д. 3, кв. 7; co-owners Ключникова Анна Сергеевна 1/2
 *   and Ключников Павел Игоревич 1/2. 60 000,00 ₽ charged for 06.2025 (due 10.07.2025), nothing paid → the overdue
 *   debt on 06.12.2026 is 60 000,00 ₽, all within the limitation (from_50k bracket). A claim was delivered on
 *   01.10.2026 (66 days before) → the court queue (measure 9) offers the account.
 * - The agreement: 60 000,00 ₽ (the overdue debt by default) in 3 monthly instalments from 15.12.2026 → 20 000,00 ₽
 *   due 15.12.2026, 15.01.2027, 15.02.2027; tolerance 100,00 ₽ and grace 5 days (the seeded rules) → deadlines
 *   20.12.2026, 20.01.2027, 20.02.2027. Signed on 06.12.2026.
 * - 14.12.2026: 20 000,00 ₽ paid (imported) → the first instalment covered; kept; the court queue leaves it alone.
 * - Nothing more. On 20.01.2027 (deadline of the second) still kept; on 21.01.2027 Σ due 1…2 = 40 000,00, paid by
 *   20.01 = 20 000,00 → short 20 000,00 ≥ tolerance → broken; measure 9 offered again; journal 'agreement.broken'.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { saveClaimSigner } from '../../electron/core/claims/claim-signers';
import { readAccountFacts } from '../../electron/core/rules/account-facts';
import { currentRuleBook } from '../../electron/core/rules/rule-book-repo';
import { evaluateAccount } from '../../shared/rules/eligibility/evaluate-account';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { AgreementView, AgreementsListResult, AccountAgreements } from '../../shared/api/contract-agreements';

const R = 100;
const clock = { now: Date.parse('2026-12-06T09:00:00+03:00') };
const at = (date: string) => {
  clock.now = Date.parse(`${date}T09:00:00+03:00`);
};
const today = () => new Date(clock.now + 3 * 3600_000).toISOString().slice(0, 10);

const UK = 'Наименование УК;ИНН;Пени начисляются\r\nООО «УК Соглашение»;5024000033;да\r\n';
const ACCOUNTS =
  'Лицевой счёт;ИНН УК;Адрес дома;Квартира;Форма собственности;Основание проживания;Состояние счёта;ФИО;Роль;Доля\r\n' +
  '7200000001;5024000033;г. Красногорск, ул. Садовая, д. 3;7;частная;собственник;открыт;Ключникова Анна Сергеевна;собственник;1/2\r\n' +
  '7200000001;5024000033;г. Красногорск, ул. Садовая, д. 3;7;частная;собственник;открыт;Ключников Павел Игоревич;собственник;1/2\r\n' +
  '7200000002;5024000033;г. Красногорск, ул. Садовая, д. 3;8;частная;собственник;открыт;Соседова Вера Львовна;собственник;1\r\n';
const CHARGES =
  'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n' +
  '7200000001;06.2025;Содержание жилого помещения;60000,00\r\n' +
  '7200000002;06.2025;Содержание жилого помещения;1000,00\r\n';

let core: Core;
let dir: string;
let accountId: number;
let agreementId: number;
let pdfPath: string;

async function importCsv(files: Record<string, string>): Promise<void> {
  const specs = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, `${clock.now}-${name}`);
    fs.writeFileSync(file, iconv.encode(text, 'win1251'));
    return { path: file, fileName: name };
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: clock.now,
    files: specs,
  });
}
const clerk = <T>(method: string, input: unknown) =>
  callCoreAs<T>(core, 'clerk.ivanova', method, input, 'claims_clerk');
const refused = (method: string, input: unknown) =>
  callCoreAsError(core, 'clerk.ivanova', method, input, 'claims_clerk');
const honoured = () => readAccountFacts(core.ctx.sqlite, accountId, today())!.agreementHonoured;
const courtOffered = () => {
  const facts = readAccountFacts(core.ctx.sqlite, accountId, today())!;
  return evaluateAccount(facts, currentRuleBook(core.ctx.sqlite), today()).measures.find((m) => m.measure === 9)!;
};
const journal = (kind: string) =>
  core.ctx.sqlite
    .prepare('SELECT summary, user_name AS userName, account_id AS accountId FROM actions WHERE kind = ? ORDER BY id')
    .all(kind) as Array<{ summary: string; userName: string; accountId: number }>;
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-agreements-'));
  core = openCore({
    dataDir: path.join(dir, 'data'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => clock.now,
  });
  await importCsv({ 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES });
  accountId = (core.ctx.sqlite.prepare("SELECT id FROM accounts WHERE number = '7200000001'").get() as { id: number })
    .id;
  saveClaimSigner(
    core.ctx.sqlite,
    null,
    {
      fullName: 'Петрова Анна Сергеевна',
      position: 'Начальник отдела по работе с задолженностью',
      phone: '+7 (495) 563-12-34',
    },
    { userId: null, name: 'Администратор' },
    clock.now,
    today(),
  );
  // A claim (measure 5) delivered on 01.10.2026.
  const s = core.ctx.sqlite;
  const batchId = Number(
    s
      .prepare(
        `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms)
         VALUES ('claims', 'Претензии (тест)', '{}', '2026-09-01', 'done', 1, 'тест', ?)`,
      )
      .run(clock.now).lastInsertRowid,
  );
  const documentId = Number(
    s
      .prepare(
        `INSERT INTO generated_documents (batch_id, kind, template_version, account_id, issued_date, file_path, sha256, user_name, created_at_ms)
         VALUES (?, 'claim', 'test', ?, '2026-09-01', 'x.pdf', 'x', 'тест', ?)`,
      )
      .run(batchId, accountId, clock.now).lastInsertRowid,
  );
  s.prepare(
    `INSERT INTO mail_items (batch_id, document_id, account_id, position, recipient_name, address, total_kopecks, outcome, outcome_date)
     VALUES (?, ?, ?, 1, 'Ключникова А. С.', 'адрес', 0, 'delivered', '2026-10-01')`,
  ).run(batchId, documentId, accountId);
}, 120_000);

afterAll(async () => {
  await core?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a repayment agreement kept and then broken', () => {
  it('before any agreement the court queue (measure 9) offers the account', async () => {
    expect(honoured()).toBe(false);
    expect(courtOffered().available).toBe(true);
    const card = await clerk<AccountAgreements>('agreements.forAccount', { accountId });
    expect(card.inForce).toBeNull();
    expect(card.overdueKopecks).toBe(60_000 * R);
    expect(card.defaultFirstDueDate).toBe('2027-01-06');
  });

  it('refuses a schedule that does not add up, saying so in Russian, and changes nothing', async () => {
    const e = await refused('agreements.create', {
      accountId,
      measure: 9,
      rows: [
        { dueDate: '2026-12-15', amountKopecks: 30_000 * R },
        { dueDate: '2027-01-15', amountKopecks: 29_999 * R },
      ],
    });
    expect(e.code).toBe('AGREEMENT.BAD_SCHEDULE');
    expect(nb(e.message)).toBe(
      'Платежи графика в сумме 59 999,00 ₽, а сумма соглашения 60 000,00 ₽: не хватает 1,00 ₽. Ничего не изменено.',
    );
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM repayment_agreements').get()).toEqual({ n: 0 });
  });

  it('makes a draft of 60 000,00 ₽ in 3 × 20 000,00 ₽ with its document; a draft pauses nothing', async () => {
    const v = await clerk<AgreementView>('agreements.create', {
      accountId,
      firstDueDate: '2026-12-15',
      instalments: 3,
      measure: 9,
    });
    agreementId = v.id;
    expect(v.number).toBe('С-2026-0001');
    expect(v.status).toBe('draft');
    expect(v.totalKopecks).toBe(60_000 * R);
    expect(v.toleranceKopecks).toBe(100 * R);
    expect(v.graceDays).toBe(5);
    expect(v.lines.map((l) => [l.dueDate, l.amountKopecks])).toEqual([
      ['2026-12-15', 20_000 * R],
      ['2027-01-15', 20_000 * R],
      ['2027-02-15', 20_000 * R],
    ]);
    expect(v.debtorNames).toEqual(['Ключникова Анна Сергеевна', 'Ключников Павел Игоревич']);
    expect(v.documentId).not.toBeNull();
    expect(honoured()).toBe(false);
    expect(journal('agreement.created')).toHaveLength(1);
    expect(nb(journal('agreement.created')[0]!.summary)).toBe(
      'Л/с 7200000001: составлено соглашение о погашении № С-2026-0001 на 60 000 руб. 00 коп., 3 платежа с 15.12.2026 (мероприятие 9)',
    );
    const file = core.ctx.sqlite
      .prepare('SELECT file_path AS f FROM generated_documents WHERE id = ?')
      .get(v.documentId) as { f: string };
    pdfPath = path.join(core.ctx.dataDir, file.f);
    expect(fs.readFileSync(pdfPath).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('the document names the parties, the debt and its month, the schedule, the pause and the signatures', () => {
    const text = nb(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Соглашение № С-2026-0001');
    expect(flat).toContain('ООО «УК Соглашение» (ИНН 5024000033)');
    expect(flat).toContain(
      'от имени которого действует начальник отдела по работе с задолженностью Петрова Анна Сергеевна',
    );
    expect(flat).toContain('Ключникова Анна Сергеевна (собственник, доля в праве 1/2)');
    expect(flat).toContain(
      'по лицевому счёту № 7200000001 (г. Красногорск, ул. Садовая, д. 3, кв. 7) за июнь 2025 г. в размере 60 000 руб. 00 коп.',
    );
    // Each co-owner's part: 60 000,00 × 1/2 = 30 000,00.
    expect(flat).toContain('Ключников Павел Игоревич — 1/2, 30 000 руб. 00 коп.');
    for (const d of ['15.12.2026', '15.01.2027', '15.02.2027']) expect(flat).toContain(d);
    // Balance after each: 40 000,00, 20 000,00, 0,00.
    expect(flat).toMatch(/20 000,00 40 000,00/);
    expect(flat).toContain('не обращается в суд');
    expect(flat).toContain('более чем на 100 руб. 00 коп.');
    expect(flat).toContain('Подписи сторон');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    if (process.env.AGREEMENT_PNG) execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, process.env.AGREEMENT_PNG]);
  });

  it('signed on 06.12.2026: the agreement is honoured and the court queue leaves the account alone', async () => {
    const v = await clerk<AgreementView>('agreements.sign', { id: agreementId, signedDate: '2026-12-06' });
    expect(v.status).toBe('signed');
    expect(v.verdict?.status).toBe('kept');
    expect(honoured()).toBe(true);
    const court = courtOffered();
    expect(court.available).toBe(false);
    expect(court.trace.find((t) => !t.pass)?.fact).toBe('agreementHonoured');
    expect(journal('agreement.signed')).toHaveLength(1);
    // One signed agreement per account: another draft is refused while this one is in force.
    const e = await refused('agreements.create', { accountId, firstDueDate: '2026-12-20', instalments: 2, measure: 9 });
    expect(e.code).toBe('CONFLICT');
    // A signed one cannot be signed again.
    expect((await refused('agreements.sign', { id: agreementId, signedDate: '2026-12-06' })).code).toBe(
      'AGREEMENT.BAD_STEP',
    );
  });

  it('the first instalment paid (imported on 14.12.2026): kept; the line shows it paid', async () => {
    at('2026-12-14');
    await importCsv({
      'payments.csv':
        'Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Номер платежа\r\n7200000001;14.12.2026;20000,00;06.2025;А-1\r\n',
    });
    const v = await clerk<AgreementView>('agreements.get', { id: agreementId });
    expect(v.status).toBe('signed');
    expect(v.paidKopecks).toBe(20_000 * R);
    expect(v.lines.map((l) => l.status)).toEqual(['paid', 'upcoming', 'upcoming']);
    expect(v.next).toEqual({ seq: 2, dueDate: '2027-01-15', remainingKopecks: 20_000 * R });
    at('2027-01-20'); // the second's deadline (15.01 + 5 days): still in time
    expect(honoured()).toBe(true);
    expect(courtOffered().available).toBe(false);
    const list = await clerk<AgreementsListResult>('agreements.list', { status: null, accountId: null });
    expect(list.checked).toEqual({ broken: 0, completed: 0 });
    expect(list.agreements[0]!.verdict?.status).toBe('kept');
  });

  it('nothing paid for the second by 20.01.2027: on 21.01 broken, journaled, and the court queue offers it again', async () => {
    at('2027-01-21');
    // The fact is computed from the payments, before any check has marked the agreement.
    expect(core.ctx.sqlite.prepare('SELECT status FROM repayment_agreements WHERE id = ?').get(agreementId)).toEqual({
      status: 'signed',
    });
    expect(honoured()).toBe(false);
    expect(courtOffered().available).toBe(true);
    const list = await clerk<AgreementsListResult>('agreements.list', { status: null, accountId });
    expect(list.checked).toEqual({ broken: 1, completed: 0 });
    expect(list.agreements[0]!.status).toBe('broken');
    const v = await clerk<AgreementView>('agreements.get', { id: agreementId });
    expect(v.endedDate).toBe('2027-01-21');
    // Σ due 1…2 = 40 000,00 − paid by 20.01 20 000,00 = 20 000,00.
    expect(v.missed).toEqual({
      seq: 2,
      dueDate: '2027-01-15',
      deadlineDate: '2027-01-20',
      shortfallKopecks: 20_000 * R,
    });
    expect(v.lines.map((l) => l.status)).toEqual(['paid', 'missed', 'upcoming']);
    const broken = journal('agreement.broken');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.accountId).toBe(accountId);
    expect(broken[0]!.userName).toBe('Программа (проверка соглашений)');
    expect(nb(broken[0]!.summary)).toBe(
      'Л/с 7200000001: соглашение № С-2026-0001 нарушено. Нарушено: платёж № 2 со сроком 15.01.2027 (с отсрочкой до 20.01.2027) не внесён полностью — недоплата 20 000,00 ₽.',
    );
    // Checked again: nothing more to journal.
    await clerk<AgreementsListResult>('agreements.list', { status: null, accountId: null });
    expect(journal('agreement.broken')).toHaveLength(1);
    // A broken one cannot be cancelled; a new agreement may be made now.
    expect((await refused('agreements.cancel', { id: agreementId, reason: 'ошибка' })).code).toBe('AGREEMENT.BAD_STEP');
    const next = await clerk<AgreementView>('agreements.create', {
      accountId,
      firstDueDate: '2027-02-01',
      instalments: 2,
      measure: 9,
    });
    expect(next.number).toBe('С-2027-0001');
    // 40 000,00 ₽ overdue now (60 000 − 20 000) by default.
    expect(next.totalKopecks).toBe(40_000 * R);
    const cancelled = await clerk<AgreementView>('agreements.cancel', {
      id: next.id,
      reason: 'Должник отказался подписать',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(journal('agreement.cancelled')).toHaveLength(1);
  });
});
