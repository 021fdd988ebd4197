/**
 * @file Duty requests, payment orders and exemptions through dispatch on the real migrations: the letter and the
 * XLSX list agree to the kopeck with sums worked by hand, cases without a court are refused by name, a payment
 * order is matched to the latest request only when its amount is exactly what the request awaits, a case moves to
 * duty_paid when its duty is paid in full, the same order is refused twice, and a case of another УК is refused.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callCore, callCoreError } from '../support/api-calls';
import type {
  DutyCaseView,
  DutyPaymentView,
  DutyRecordPaymentResult,
  DutyRequestView,
  DutyRequestsOverview,
} from '../../shared/api/contract-court-duty';
import { dutyWorld, type DutyWorld } from './duty-fixture';

let w: DutyWorld;
beforeEach(() => {
  w = dutyWorld();
});
afterEach(() => w.core.close());

/** One line of plain spaces: pdftotext keeps no-break spaces and breaks lines where the page does. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f\s]+/g, ' ');
const status = (caseId: number): string =>
  (w.core.ctx.sqlite.prepare('SELECT status FROM court_cases WHERE id = ?').get(caseId) as { status: string }).status;
const count = (sql: string, ...args: unknown[]): number =>
  (w.core.ctx.sqlite.prepare(sql).get(...args) as { n: number }).n;
const filePath = (documentId: number): string =>
  path.join(
    w.dataDir,
    (
      w.core.ctx.sqlite.prepare('SELECT file_path AS f FROM generated_documents WHERE id = ?').get(documentId) as {
        f: string;
      }
    ).f,
  );

async function requestThree(): Promise<DutyRequestView> {
  return callCore<DutyRequestView>(w.core, 'duty.createRequest', {
    managementCompanyId: w.alfa,
    caseIds: [w.cases.order, w.cases.lawsuit, w.cases.offset],
    requestDate: '2026-12-06',
  });
}

describe('duty.createRequest', () => {
  it('refuses the УК’s cases without a court by name and writes nothing', async () => {
    const e = await callCoreError(w.core, 'duty.createRequest', {
      managementCompanyId: w.alfa,
      requestDate: '2026-12-06',
    });
    expect(e.code).toBe('COURT.NO_COURT');
    expect(e.message).toContain(`№ ${w.cases.noCourt} (л/с 1004, Кузнецова Мария Олеговна)`);
    expect(e.message).not.toContain('Иванов');
    expect(count('SELECT count(*) AS n FROM duty_requests')).toBe(0);
  });

  it('makes the letter and the list whose sums agree to the kopeck', async () => {
    const r = await requestThree();
    // 2 000 (order) + 19 077 (lawsuit) + (5 500 − 2 750 offset) = 23 827 ₽
    expect(r.totalKopecks).toBe(2_382_700);
    expect(r.casesCount).toBe(3);
    expect(r.stillDueKopecks).toBe(2_382_700);
    expect(r.cases.map((c) => [c.caseId, c.stillDueKopecks])).toEqual([
      [w.cases.order, 200_000],
      [w.cases.lawsuit, 1_907_700],
      [w.cases.offset, 275_000],
    ]);
    expect(count('SELECT sum(duty_kopecks) AS n FROM duty_request_cases WHERE request_id = ?', r.id)).toBe(2_382_700);

    // The XLSX: one row per application, the same order as the letter (the plot first: its case comes first), totals.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(filePath(r.listDocumentId!));
    const sheet = book.getWorksheet('Заявления')!;
    const header = sheet.getRow(3).values as unknown[];
    const col = (name: string): number => header.indexOf(name);
    const rows = [4, 5, 6].map((n) => sheet.getRow(n));
    expect(rows.map((row) => row.getCell(col('№ заявления')).value)).toEqual([
      w.cases.order,
      w.cases.lawsuit,
      w.cases.offset,
    ]);
    expect(rows.map((row) => row.getCell(col('Госпошлина, руб.')).value)).toEqual([2000, 19077, 5500]);
    expect(rows.map((row) => row.getCell(col('Зачтено, руб.')).value)).toEqual([0, 0, 2750]);
    expect(rows.map((row) => row.getCell(col('К оплате, руб.')).value)).toEqual([2000, 19077, 2750]);
    expect(rows[0]!.getCell(col('Назначение платежа')).value).toBe(
      'Госпошлина за подачу заявления о выдаче судебного приказа к Иванову Ивану Ивановичу, Судебный участок № 123 Красногорского судебного района Московской области',
    );
    expect(rows[1]!.getCell(col('Назначение платежа')).value).toBe(
      'Госпошлина за подачу искового заявления к Петровой Анне Сергеевне, Красногорский городской суд Московской области',
    );
    expect(rows.map((row) => row.getCell(col('КБК')).value)).toEqual(Array(3).fill('18210803010011050110'));
    const total = sheet.getRow(7);
    expect(total.getCell(col('Должник')).value).toBe('Итого: 3');
    expect(total.getCell(col('Госпошлина, руб.')).value).toBe(26577); // 2 000 + 19 077 + 5 500
    expect(total.getCell(col('Зачтено, руб.')).value).toBe(2750);
    expect(total.getCell(col('К оплате, руб.')).value).toBe(23827);

    // The letter: text PDF in PT Sans, the payee details per court, the subtotals and the same total.
    const pdf = filePath(r.letterDocumentId!);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = plain(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Исх. № ГП-');
    expect(text).toContain('ООО «УК Альфа»');
    expect(text).toMatch(
      /по 3 заявлениям составляет 23 827,00 руб\. \(Двадцать три тысячи восемьсот двадцать семь рублей 00 копеек\)/,
    );
    expect(text).toContain('Итого по суду: 1 заявление, 2 000,00 руб.');
    expect(text).toContain('Итого по суду: 2 заявления, 21 827,00 руб.'); // 19 077 + 2 750
    expect(text).toContain('Всего к оплате: 3 заявления, 23 827,00 руб.');
    expect(text).toContain('18210803010011050110');
    expect(text).toContain('46744000');
    expect(text).toContain('7727406020 / 770701001');
    expect(text).toContain('03100643000000018500');
    expect(text).toContain('40102810445370000059');
    expect(text).toContain('зачёт 2 750,00');
    // The seeded city court is unconfirmed: the letter says so once, the confirmed plot does not.
    expect(text.match(/Реквизиты не сверены с сайтом суда/g)?.length).toBe(1);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/PTSans-Regular/);

    // Registered documents and the journal: the request, and each case on its account's timeline.
    expect(
      count(`SELECT count(*) AS n FROM generated_documents WHERE kind IN ('duty_request_letter', 'duty_request_list')`),
    ).toBe(2);
    expect(count(`SELECT count(*) AS n FROM actions WHERE kind = 'court.duty_request' AND object_type = 'case'`)).toBe(
      3,
    );
    expect(
      count(`SELECT count(*) AS n FROM actions WHERE kind = 'court.duty_request' AND object_type = 'document'`),
    ).toBe(1);
  });

  it('requests by default what is prepared and not yet requested, and refuses the rest', async () => {
    await requestThree();
    const e = await callCoreError(w.core, 'duty.createRequest', { managementCompanyId: w.alfa });
    // Only the case without a court is left — refused by name.
    expect(e.code).toBe('COURT.NO_COURT');
    const filed = await callCoreError(w.core, 'duty.createRequest', {
      managementCompanyId: w.alfa,
      caseIds: [w.cases.filed],
    });
    expect(filed.message).toContain('уже подано');
  });

  it('refuses a forged case id of another УК', async () => {
    const e = await callCoreError(w.core, 'duty.createRequest', {
      managementCompanyId: w.alfa,
      caseIds: [w.cases.order, w.cases.betaOrder],
    });
    expect(e.message).toContain(
      `Заявления не относятся к ООО «УК Альфа»: № ${w.cases.betaOrder} (л/с 2001, Волков Андрей Юрьевич).`,
    );
    expect(count('SELECT count(*) AS n FROM duty_requests')).toBe(0);
  });
});

describe('duty.recordPayment', () => {
  const order = { orderNumber: '512', orderDate: '2026-12-08', payer: 'ООО «УК Альфа»' };

  it('matches an order without allocations to the latest request when the amount is exact, and moves the cases to duty_paid', async () => {
    const r = await requestThree();
    const wrong = await callCoreError(w.core, 'duty.recordPayment', {
      managementCompanyId: w.alfa,
      ...order,
      amountKopecks: 2_382_600,
    });
    expect(wrong.code).toBe('COURT.DUTY');
    expect(wrong.message).toContain('Распределите платёж по заявлениям вручную');
    expect(status(w.cases.order)).toBe('prepared');

    const paid = await callCore<DutyRecordPaymentResult>(w.core, 'duty.recordPayment', {
      managementCompanyId: w.alfa,
      ...order,
      amountKopecks: 2_382_700,
    });
    expect(paid.matchedRequestId).toBe(r.id);
    expect(paid.paidCaseIds).toEqual([w.cases.order, w.cases.lawsuit, w.cases.offset]);
    expect(paid.payment.allocations.map((a) => [a.caseId, a.amountKopecks, a.status])).toEqual([
      [w.cases.order, 200_000, 'duty_paid'],
      [w.cases.lawsuit, 1_907_700, 'duty_paid'],
      [w.cases.offset, 275_000, 'duty_paid'],
    ]);
    expect([w.cases.order, w.cases.lawsuit, w.cases.offset].map(status)).toEqual([
      'duty_paid',
      'duty_paid',
      'duty_paid',
    ]);
    const journal = w.core.ctx.sqlite
      .prepare(
        `SELECT account_id AS accountId, object_type AS t, object_id AS id, measure FROM actions WHERE kind = 'court.duty_payment' ORDER BY id`,
      )
      .all() as Array<{ accountId: number; t: string; id: string; measure: number }>;
    expect(journal.map((j) => [j.t, Number(j.id), j.measure])).toEqual([
      ['case', w.cases.order, 9],
      ['case', w.cases.lawsuit, 9],
      ['case', w.cases.offset, 9],
    ]);
    expect(journal.every((j) => j.accountId > 0)).toBe(true);

    const overview = await callCore<DutyRequestsOverview>(w.core, 'duty.requests', { managementCompanyId: w.alfa });
    expect(overview.requests[0]!.stillDueKopecks).toBe(0);
    expect(overview.companies[0]!.awaiting.map((c) => c.caseId)).toEqual([w.cases.noCourt]);
  });

  it('takes explicit allocations, partial payments, and refuses overpayment, a wrong sum and a duplicate order', async () => {
    const half = { managementCompanyId: w.alfa, payer: 'ООО «УК Альфа»', orderDate: '2026-12-08' };
    const first = await callCore<DutyRecordPaymentResult>(w.core, 'duty.recordPayment', {
      ...half,
      orderNumber: '1',
      amountKopecks: 100_000,
      allocations: [{ caseId: w.cases.order, amountKopecks: 100_000 }],
    });
    expect(first.paidCaseIds).toEqual([]);
    expect(status(w.cases.order)).toBe('prepared');

    // 1 000 ₽ still due: 1 500 refused, and the payment is not recorded at all.
    const over = await callCoreError(w.core, 'duty.recordPayment', {
      ...half,
      orderNumber: '2',
      amountKopecks: 150_000,
      allocations: [{ caseId: w.cases.order, amountKopecks: 150_000 }],
    });
    expect(plain(over.message)).toContain('к оплате осталось 1 000,00 руб., распределено 1 500,00 руб.');
    const sum = await callCoreError(w.core, 'duty.recordPayment', {
      ...half,
      orderNumber: '2',
      amountKopecks: 150_000,
      allocations: [{ caseId: w.cases.order, amountKopecks: 100_000 }],
    });
    expect(plain(sum.message)).toContain('Распределено 1 000,00 руб., а сумма платёжного поручения 1 500,00 руб.');
    expect(count('SELECT count(*) AS n FROM duty_payments')).toBe(1);

    const dup = await callCoreError(w.core, 'duty.recordPayment', {
      ...half,
      orderNumber: '1',
      amountKopecks: 100_000,
      allocations: [{ caseId: w.cases.order, amountKopecks: 100_000 }],
    });
    expect(dup.code).toBe('CONFLICT');
    expect(plain(dup.message)).toContain('Платёжное поручение № 1 от 08.12.2026 ООО «УК Альфа» уже записано');

    // The same number on another day is another order: it pays the rest and the case moves on.
    const second = await callCore<DutyRecordPaymentResult>(w.core, 'duty.recordPayment', {
      ...half,
      orderNumber: '1',
      orderDate: '2026-12-09',
      amountKopecks: 100_000,
      allocations: [{ caseId: w.cases.order, amountKopecks: 100_000 }],
    });
    expect(second.paidCaseIds).toEqual([w.cases.order]);
    expect(status(w.cases.order)).toBe('duty_paid');
    const list = await callCore<DutyPaymentView[]>(w.core, 'duty.payments', { managementCompanyId: w.alfa });
    expect(list.map((p) => [p.orderNumber, p.orderDate, p.amountKopecks])).toEqual([
      ['1', '2026-12-09', 100_000],
      ['1', '2026-12-08', 100_000],
    ]);
  });

  it('refuses an allocation to a case of another УК, or to a case already filed', async () => {
    const foreign = await callCoreError(w.core, 'duty.recordPayment', {
      managementCompanyId: w.alfa,
      orderNumber: '7',
      orderDate: '2026-12-08',
      payer: 'ООО «УК Альфа»',
      amountKopecks: 200_000,
      allocations: [{ caseId: w.cases.betaOrder, amountKopecks: 200_000 }],
    });
    expect(foreign.message).toContain(`№ ${w.cases.betaOrder} (л/с 2001, Волков Андрей Юрьевич) — заявление другой УК`);
    const filed = await callCoreError(w.core, 'duty.recordPayment', {
      managementCompanyId: w.alfa,
      orderNumber: '7',
      orderDate: '2026-12-08',
      payer: 'ООО «УК Альфа»',
      amountKopecks: 200_000,
      allocations: [{ caseId: w.cases.filed, amountKopecks: 200_000 }],
    });
    expect(filed.message).toContain('пошлина уже не нужна');
    expect(status(w.cases.betaOrder)).toBe('prepared');
    expect(count('SELECT count(*) AS n FROM duty_payments')).toBe(0);
  });

  it('asks for allocations when the УК has no request yet', async () => {
    const e = await callCoreError(w.core, 'duty.recordPayment', {
      managementCompanyId: w.beta,
      orderNumber: '3',
      orderDate: '2026-12-08',
      payer: 'ООО «УК Бета»',
      amountKopecks: 200_000,
    });
    expect(e.message).toContain('укажите, по каким заявлениям');
  });
});

describe('duty.recordExemption', () => {
  it('opens the gate with the reason, journaled on the account, once', async () => {
    const c = await callCore<DutyCaseView>(w.core, 'duty.recordExemption', {
      caseId: w.cases.noCourt,
      reason: 'Отсрочка уплаты госпошлины (определение суда от 01.12.2026)',
    });
    expect(c.status).toBe('duty_paid');
    expect(c.exemptReason).toBe('Отсрочка уплаты госпошлины (определение суда от 01.12.2026)');
    expect(
      count(
        `SELECT count(*) AS n FROM actions WHERE kind = 'court.duty_payment' AND object_type = 'case' AND object_id = ?`,
        String(w.cases.noCourt),
      ),
    ).toBe(1);
    const again = await callCoreError(w.core, 'duty.recordExemption', {
      caseId: w.cases.noCourt,
      reason: 'НК РФ ст.333.36',
    });
    expect(again.code).toBe('COURT.BAD_STEP');
  });
});
