/**
 * @file Form 103 of a long list, laid out page by page: every letter once and in order, the header on the first page,
 * the totals and signatures once at the end, «Лист N из M» on each page, and no page overflowing — with typical
 * addresses (two lines a row) and with the longest ones (three lines a row). Rendered with the real react-pdf and
 * read back with pdftotext; the page counts worked by hand from the layout's budget (370 pt of rows on the first
 * page, 440 pt on the others; a line of 64 characters 11.5 pt, a row's padding 6 pt).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../electron/core/documents/render-documents';
import { Form103Document } from '../../shared/documents/mailing/MailingDocuments';
import { buildForm103View, type MailLetterFacts } from '../../shared/documents/mailing/mailing-view';
import { pdfPages, pdfText } from '../claims/documents-district';

const TYPICAL = {
  name: 'Воробьёва Раиса Ростиславовна',
  address: '143400, Московская обл., г. Красногорск, шоссе Пятницкое, д. 1, кв. 22',
};
const LONGEST = {
  name: 'Константинопольская-Преображенская Александра Вениаминовна',
  address:
    '143441, Московская обл., г.о. Красногорск, д. Глухово, мкр. Новая Рига, ул. Романовская, д. 19-21, корп. 3, стр. 2, кв. 1024',
};

async function render(
  who: { name: string; address: string },
  count: number,
): Promise<{ file: string; letters: MailLetterFacts[] }> {
  const letters: MailLetterFacts[] = Array.from({ length: count }, (_, i) => ({
    orderNumber: `7-${i + 1}`,
    recipientName: who.name,
    addressLine: who.address,
    trackingNumber: null,
    massGrams: 20,
    fees: { postageKopecks: 100_00, noticeKopecks: 50_00, vatKopecks: 33_00, totalKopecks: 183_00 },
    buildingAddress: 'д. Глухово',
    entrance: 1,
    apartment: '1024',
  }));
  const view = buildForm103View({
    listNumber: '7/1',
    handoverDate: '2026-11-30',
    sender: {
      name: 'ООО «УК Тест»',
      address: '143430, Московская обл., р.п. Нахабино, ул. Школьная, д. 2',
      inn: '5024000013',
    },
    notice: 'simple',
    tariff: {
      validFromDate: '2026-11-01',
      letterKopecks: 100_00,
      letterStepKopecks: 0,
      noticeSimpleKopecks: 50_00,
      noticeOrderedKopecks: 0,
      noticeElectronicKopecks: 0,
      vatBasisPoints: 2200,
      confirmed: true,
      note: '',
    },
    letters,
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-f103-')), 'f103.pdf');
  fs.writeFileSync(file, await renderTemplate(Form103Document, { view }));
  return { file, letters };
}

function expectWholeList(file: string, letters: MailLetterFacts[], pages: number): void {
  expect(pdfPages(file)).toBe(pages);
  const text = pdfText(file).replace(/\s+/g, ' ');
  let at = 0;
  for (const l of letters) {
    const i = text.indexOf(`заказ ${l.orderNumber};`, at);
    expect(i, l.orderNumber).toBeGreaterThanOrEqual(at);
    at = i + 1;
  }
  expect(text.split('СПИСОК № 7/1').length - 1).toBe(1);
  expect(text.split('Итого: 30 отправл.').length - 1).toBe(1);
  // 30 × 183,00 = 5 490,00.
  expect(text).toContain('всего к оплате 5 490,00 руб.');
  for (let p = 1; p <= pages; p++) expect(pdfText(file, { first: p, last: p })).toContain(`Лист ${p} из ${pages}`);
  expect(pdfText(file, { first: pages, last: pages })).toContain('Принял:');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

describe('form 103 of 30 letters', () => {
  it('typical rows (101 characters: 2 lines, 29 pt): 12 on the first page, 15 on the next, 3 on the last → 3 pages', async () => {
    const { file, letters } = await render(TYPICAL, 30);
    expectWholeList(file, letters, 3);
  }, 120_000);

  it('the longest rows (184 characters: 3 lines, 40,5 pt): 9, 10, 10, 1 → 4 pages, none overflowing', async () => {
    const { file, letters } = await render(LONGEST, 30);
    expectWholeList(file, letters, 4);
  }, 120_000);
});
