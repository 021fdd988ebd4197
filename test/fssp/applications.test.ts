/**
 * @file Applications to the bailiffs (229-ФЗ ст.30) and to the debtor's bank (ст.8), the petitions with them, the
 * transfer register and its handing over, through the API on a small demo district with writs, a department and a
 * bank account inserted directly (applications-fixture.ts). Expected values are written by hand: the travel-ban
 * threshold 30 000 ₽ (ст.67 ч.1), the sums of the writs, the 10 working days of a petition's answer over the
 * 04.11.2026 holiday, the register's total.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { callCore, callCoreError } from '../support/api-calls';
import { drizzleOf } from '../../electron/core/db/drizzle-of';
import { managementCompanies } from '../../shared/db/schema';
import { fsspApplications, fsspPetitions, transferRegisters, writEvents, writs } from '../../shared/db/schema-fssp';
import { generatedDocuments } from '../../shared/db/schema-documents';
import { readWritDeadline } from '../../electron/core/fssp/writ-events';
import { cli as runCliOn, setCliRole } from '../cli/cli-support';
import type {
  ApplicationCandidates,
  CreateApplicationsResult,
  FsspApplicationView,
  MarkHandedResult,
  RegisterFiles,
  TransferRegisterView,
} from '../../shared/api/contract-fssp-applications';
import { openApplicationsFixture, type ApplicationsFixture } from './applications-fixture';

let f: ApplicationsFixture;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-fssp-apps-out-'));

beforeAll(async () => {
  f = await openApplicationsFixture();
}, 120_000);
afterAll(async () => {
  await f.close();
  fs.rmSync(out, { recursive: true, force: true });
});

/** pdftotext's text with no-break spaces as plain spaces and the lines joined. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

function documentPath(documentId: number): string {
  const row = drizzleOf(f.core.ctx.sqlite)
    .select({ p: generatedDocuments.filePath })
    .from(generatedDocuments)
    .where(eq(generatedDocuments.id, documentId))
    .get()!;
  return path.join(f.core.ctx.dataDir, row.p);
}

const nb = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

function journal(
  kind: string,
): Array<{ account_id: number | null; object_type: string | null; object_id: string | null; summary: string }> {
  return f.core.ctx.sqlite
    .prepare('SELECT account_id, object_type, object_id, summary FROM actions WHERE kind = ? ORDER BY id')
    .all(kind) as Array<{
    account_id: number | null;
    object_type: string | null;
    object_id: string | null;
    summary: string;
  }>;
}

function applicationsCount(): number {
  return drizzleOf(f.core.ctx.sqlite).select().from(fsspApplications).all().length;
}

describe('candidates', () => {
  it('lists the writs to send with the department, the deadline, the bank and the travel-ban offer', async () => {
    const c = await callCore<ApplicationCandidates>(f.core, 'fsspApplications.candidates', {});
    expect(c.thresholdKopecks).toBe(3_000_000);
    const by = (id: number) => c.candidates.find((x) => x.writId === id)!;
    const below = by(f.below);
    expect(below.totalKopecks).toBe(2_999_999);
    expect(below.travelBan.offered).toBe(false);
    expect(nb(below.travelBan.reason)).toBe(
      'Запрет выезда не заявляется: долг 29 999,99 ₽ меньше 30 000 ₽ (229-ФЗ ст.67 ч.1).',
    );
    // Term from 10.07.2024: 10.07.2027 is a Saturday → Monday 12.07.2027 (ст.16).
    expect(below.deadline).toBe('2027-07-12');
    expect(below.department?.id).toBe(f.departmentId);
    expect(below.blocked).toBeNull();

    const at = by(f.at);
    expect(at.totalKopecks).toBe(3_000_000);
    expect(at.travelBan).toEqual({ offered: true, reason: null });
    expect(at.bankAccounts.map((b) => b.accountNumber)).toEqual(['40817810000001234567']);

    // Term from 01.06.2022: 01.06.2025 is a Sunday → 02.06.2025; expired by 26.11.2026.
    const expired = by(f.expired);
    expect(expired.expired).toBe(true);
    expect(expired.deadline).toBe('2025-06-02');
    expect(expired.blocked).toContain('Срок предъявления истёк 02.06.2025');

    const none = by(f.noDepartment);
    expect(none.department).toBeNull();
    expect(none.departmentProblem).toContain('Дом не привязан к отделу судебных приставов');
  });
});

describe('preparing applications', () => {
  it('refuses the travel ban below 30 000 ₽ even when the page sends it, and prepares nothing', async () => {
    const e = await callCoreError(f.core, 'fsspApplications.create', {
      writIds: [f.at, f.below],
      petitions: ['arrest_accounts', 'travel_ban'],
    });
    expect(e.code).toBe('FSSP.TRAVEL_BAN_BELOW_THRESHOLD');
    expect(nb(e.message)).toContain('долг 29 999,99 ₽ меньше 30 000 ₽ (229-ФЗ ст.67 ч.1)');
    expect(e.message).toContain('2-1001/2026');
    expect(applicationsCount()).toBe(0);
    expect(journal('fssp.application_prepared')).toHaveLength(0);
  });

  it('refuses an expired writ and a building without a department', async () => {
    const expired = await callCoreError(f.core, 'fsspApplications.create', { writIds: [f.expired] });
    expect(expired.code).toBe('FSSP.TERM_EXPIRED');
    const none = await callCoreError(f.core, 'fsspApplications.create', { writIds: [f.noDepartment] });
    expect(none.code).toBe('FSSP.NO_DEPARTMENT');
    expect(none.message).toContain('Дом не привязан к отделу судебных приставов');
    expect(applicationsCount()).toBe(0);
  });

  it('refuses when the creditor has no settlement account, naming what is missing', async () => {
    const db = drizzleOf(f.core.ctx.sqlite);
    db.update(managementCompanies)
      .set({ settlementAccount: null })
      .where(eq(managementCompanies.id, f.companyId))
      .run();
    try {
      const e = await callCoreError(f.core, 'fsspApplications.create', { writIds: [f.at] });
      expect(e.code).toBe('CONFLICT');
      expect(e.message).toContain('не указаны расчётный счёт');
    } finally {
      db.update(managementCompanies)
        .set({ settlementAccount: '40702810938000012345' })
        .where(eq(managementCompanies.id, f.companyId))
        .run();
    }
    expect(applicationsCount()).toBe(0);
  });

  it('prepares an application to the debtor’s bank (ст.8) and takes it back', async () => {
    const r = await callCore<CreateApplicationsResult>(f.core, 'fsspApplications.create', {
      writIds: [f.at],
      recipient: 'bank',
      debtorBankAccountId: f.bankAccountId,
    });
    const app = r.applications[0]!;
    expect(app.recipient).toBe('bank');
    expect(app.recipientName).toBe('АО «Альфа-Банк»');
    const text = pdfText(documentPath(app.documentId!));
    expect(text).toContain('АО «Альфа-Банк»');
    expect(text).toContain('БИК 044525593');
    expect(text).toContain('40817810000001234567');
    expect(text).toContain('ст. 8 Закона № 229-ФЗ');
    expect(text).toContain('р/с 40702810938000012345');
    expect(text).toContain('списать денежные средства в сумме 30 000 руб. 00 коп.');
    const w = await callCore<FsspApplicationView>(f.core, 'fsspApplications.withdraw', { applicationId: app.id });
    expect(w.status).toBe('withdrawn');
  });

  it('prepares the application to the department with petitions, its PDF and journal', async () => {
    const r = await callCore<CreateApplicationsResult>(f.core, 'fsspApplications.create', {
      writIds: [f.at],
      petitions: ['travel_ban', 'arrest_accounts'],
      applicationDate: '2026-10-29',
    });
    expect(r.applications).toHaveLength(1);
    const app = r.applications[0]!;
    expect(app.status).toBe('prepared');
    expect(app.recipient).toBe('department');
    expect(app.departmentId).toBe(f.departmentId);
    // In the law's order, not the page's.
    expect(app.petitions.map((p) => p.kind)).toEqual(['arrest_accounts', 'travel_ban']);
    expect(app.petitions.every((p) => p.sentDate === null && p.answerDueDate === null)).toBe(true);

    const text = pdfText(documentPath(app.documentId!));
    expect(text).toContain('Красногорский РОСП ГУФССП России по Московской области');
    expect(text).toContain('о возбуждении исполнительного производства');
    // The creditor's transfer details.
    expect(text).toContain('р/с 40702810938000012345 в ПАО Сбербанк');
    expect(text).toContain('БИК 044525225');
    expect(text).toContain('к/с 30101810400000000225');
    expect(text).toContain('ИНН');
    // The debtor with what is known.
    expect(text).toContain(f.debtors.at.name);
    expect(text).toContain('дата рождения: 17.05.1980');
    expect(text).toContain('СНИЛС 112-233-445 95');
    // The writ and the sums: 28 000 + 1 400 + 600 = 30 000 руб.
    expect(text).toContain('судебный приказ № 2-1002/2026 от 10.03.2026');
    expect(text).toContain('28 000 руб. 00 коп.');
    expect(text).toContain('Тридцать тысяч рублей 00 копеек');
    // The petitions, numbered, with their articles.
    expect(text).toMatch(/2\. Наложить арест на денежные средства должника.*\(ст\. 80, 81 Закона № 229-ФЗ\)/);
    expect(text).toMatch(
      /3\. Установить должнику временное ограничение на выезд из Российской Федерации \(ст\. 67 Закона № 229-ФЗ\)/,
    );
    // The signer and the attachments.
    expect(text).toContain('Смирнова Ольга Викторовна');
    expect(text).toContain('по доверенности от 12.01.2026 № 5');
    expect(text).toContain('Подлинник исполнительного документа');

    const j = journal('fssp.application_prepared');
    expect(j).toHaveLength(2); // the bank one (withdrawn) and this one
    expect(j[1]!.account_id).toBe(f.debtors.at.accountId);
    expect(j[1]!.object_type).toBe('application');
    expect(j[1]!.object_id).toBe(String(app.id));

    // A second application for the same writ while the first is not handed over.
    const again = await callCoreError(f.core, 'fsspApplications.create', { writIds: [f.at] });
    expect(again.code).toBe('FSSP.WRIT_STATE');
  });

  it('prepares the writ below the threshold without the travel ban', async () => {
    const r = await callCore<CreateApplicationsResult>(f.core, 'fsspApplications.create', {
      writIds: [f.below],
      petitions: ['arrest_property'],
      applicationDate: '2026-10-29',
    });
    expect(r.applications[0]!.petitions.map((p) => p.kind)).toEqual(['arrest_property']);
  });
});

describe('the transfer register and its handing over', () => {
  let register: TransferRegisterView;

  it('makes the department’s register as PDF and XLSX with the rows and the total', async () => {
    register = await callCore<TransferRegisterView>(f.core, 'fsspRegisters.create', {
      departmentId: f.departmentId,
      registerDate: '2026-10-30',
    });
    expect(register.applicationsCount).toBe(2);
    // 29 999,99 + 30 000,00 = 59 999,99 ₽.
    expect(register.totalKopecks).toBe(5_999_999);
    expect(register.recipientName).toBe('Красногорский РОСП ГУФССП России по Московской области');

    const files = await callCore<RegisterFiles>(f.core, 'fsspRegisters.files', { registerId: register.id });
    const pdf = path.join(out, files.pdf.fileName);
    fs.writeFileSync(pdf, Buffer.from(files.pdf.base64, 'base64'));
    const text = pdfText(pdf);
    expect(text).toContain(`РЕЕСТР № ${register.id} от 30.10.2026`);
    expect(text).toContain('судебный приказ № 2-1001/2026 от 10.07.2024');
    expect(text).toContain('судебный приказ № 2-1002/2026 от 10.03.2026');
    expect(text).toContain(f.debtors.below.name);
    expect(text).toContain(f.debtors.at.name);
    expect(text).toContain('29 999,99');
    expect(text).toContain('30 000,00');
    expect(text).toContain('59 999,99');
    // No account numbers, no addresses of debtors in the register.
    expect(text).not.toContain(f.debtors.at.accountNumber);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files.xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Реестр')!;
    expect(sheet.getRow(3).getCell(2).value).toBe('Исполнительный документ (вид, номер, дата)');
    const r1 = sheet.getRow(4);
    const r2 = sheet.getRow(5);
    const total = sheet.getRow(6);
    expect(r1.getCell(1).value).toBe(1);
    expect(r1.getCell(2).value).toBe('судебный приказ № 2-1002/2026 от 10.03.2026');
    expect(r1.getCell(4).value).toBe(f.debtors.at.name);
    expect(r1.getCell(5).value).toBe(30000);
    expect(r2.getCell(2).value).toBe('судебный приказ № 2-1001/2026 от 10.07.2024');
    expect(r2.getCell(5).value).toBe(29999.99);
    expect(total.getCell(2).value).toBe('Итого');
    expect(total.getCell(5).value).toBe(59999.99);

    const again = await callCoreError(f.core, 'fsspRegisters.create', { departmentId: f.departmentId });
    expect(again.code).toBe('NOT_FOUND');
    expect(again.message).toContain('Нет подготовленных заявлений');
  });

  it('hands the register over: writs sent and presented, petitions due in 10 working days, journal', async () => {
    const r = await callCore<MarkHandedResult>(f.core, 'fsspRegisters.markHanded', {
      registerId: register.id,
      handedDate: '2026-10-30',
      receipt: 'вх. № 1234 от 30.10.2026',
    });
    expect(r.writsSent).toBe(2);
    expect(r.petitionsSent).toBe(3);
    expect(r.register.handedDate).toBe('2026-10-30');
    expect(r.register.receipt).toBe('вх. № 1234 от 30.10.2026');

    const db = drizzleOf(f.core.ctx.sqlite);
    for (const id of [f.at, f.below]) {
      expect(db.select({ s: writs.status }).from(writs).where(eq(writs.id, id)).get()!.s).toBe('sent');
      const events = db.select().from(writEvents).where(eq(writEvents.writId, id)).all();
      expect(events.map((e) => [e.type, e.eventDate])).toEqual([['presented', '2026-10-30']]);
      // With the bailiff now: the term does not run.
      expect(readWritDeadline(f.core.ctx.sqlite, id, '2026-11-26')).toMatchObject({
        deadline: null,
        withBailiff: true,
      });
    }
    // Handed Friday 30.10.2026; working days: 02.11 (1), 03.11 (2), 04.11 holiday, 05.11 (3), 06.11 (4), 09.11 (5),
    // 10.11 (6), 11.11 (7), 12.11 (8), 13.11 (9), 16.11 (10).
    const petitions = db
      .select()
      .from(fsspPetitions)
      .where(and(eq(fsspPetitions.writId, f.at)))
      .all();
    expect(petitions.map((p) => [p.kind, p.sentDate, p.answerDueDate])).toEqual([
      ['arrest_accounts', '2026-10-30', '2026-11-16'],
      ['travel_ban', '2026-10-30', '2026-11-16'],
    ]);
    const apps = db
      .select({ s: fsspApplications.status })
      .from(fsspApplications)
      .where(eq(fsspApplications.registerId, register.id))
      .all();
    expect(apps.map((a) => a.s)).toEqual(['sent', 'sent']);

    const sent = journal('fssp.writ_sent');
    expect(sent.map((e) => [e.account_id, e.object_type, e.object_id]).sort()).toEqual(
      [
        [f.debtors.at.accountId, 'writ', String(f.at)],
        [f.debtors.below.accountId, 'writ', String(f.below)],
      ].sort(),
    );
    const pet = journal('fssp.petition_sent');
    expect(pet).toHaveLength(3);
    expect(pet.every((e) => e.object_type === 'petition' && e.account_id !== null)).toBe(true);
    expect(pet[0]!.summary).toContain('16.11.2026');
    // Created, then handed over.
    expect(journal('fssp.register')).toHaveLength(2);

    const twice = await callCoreError(f.core, 'fsspRegisters.markHanded', {
      registerId: register.id,
      handedDate: '2026-10-30',
      receipt: 'вх. № 1234 от 30.10.2026',
    });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toContain('уже передан 30.10.2026');
    expect(db.select().from(transferRegisters).all()).toHaveLength(1);
    expect(journal('fssp.writ_sent')).toHaveLength(2);
  });
});

describe('fssp register (CLI)', () => {
  const cli = (...args: string[]) => runCliOn(args, f.core);
  beforeAll(() => setCliRole(f.core, 'lawyer'));

  it('prints its help', async () => {
    const r = await cli('fssp', 'register', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--department');
    expect(r.out).toContain('--out');
  });

  it('with nothing to register says so in Russian and exits with 1', async () => {
    const r = await cli('fssp', 'register', '--department', String(f.departmentId), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Нет подготовленных заявлений');
  });

  it('writes the register’s PDF and XLSX into the folder', async () => {
    // Returned by the bailiff (ст.46): the writ goes out again.
    drizzleOf(f.core.ctx.sqlite).update(writs).set({ status: 'returned' }).where(eq(writs.id, f.below)).run();
    await callCore(f.core, 'fsspApplications.create', { writIds: [f.below] });
    const dir = path.join(out, 'cli');
    const r = await cli('fssp', 'register', '--department', String(f.departmentId), '--out', dir, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      pdfPath: string;
      xlsxPath: string;
      applicationsCount: number;
      totalKopecks: number;
    };
    expect(json.applicationsCount).toBe(1);
    expect(json.totalKopecks).toBe(2_999_999);
    expect(fs.existsSync(json.pdfPath)).toBe(true);
    expect(fs.existsSync(json.xlsxPath)).toBe(true);
    expect(path.dirname(json.pdfPath)).toBe(dir);
    expect(pdfText(json.pdfPath)).toContain('2-1001/2026');
  });
});
