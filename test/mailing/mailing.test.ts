/**
 * @file Mailing the letters of a claim batch that spans three УК, over real SQLite through the real migrations:
 * one form 103 and one upload file per sending УК with that УК as the sender and its own letters only; the
 * notice the same in the list and the file; the fee columns and totals as worked by hand from a tariff edition an
 * administrator entered; the handover date moved to a working day by the production calendar; the upload file's
 * address split into the post's fields; postal codes per building imported from CSV (a bad file refused whole);
 * courier receipts read back page by page, each naming only its own addressee; tracking numbers and delivery.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { letterAddressFor, postalCodeFor } from '../../electron/core/mailing/postal-codes';
import type { MailingExportResult, MailingPlanView, MailLetterView } from '../../shared/api/contract-mailing';
import { trackingCheckDigit } from '../../shared/documents/mailing/tracking-number';
import { callCoreAsError, callCoreError } from '../support/api-calls';
import {
  call,
  closeDocumentsCore,
  NOW,
  openDocumentsCore,
  pdfPages,
  pdfText,
  TODAY,
} from '../claims/documents-district';
import { sessionFor } from '../support/api-calls';

let core: Core;
let batchId: number;
let letters: MailLetterView[];
/** Letters per УК id, in batch order. */
const lettersOf = new Map<number, MailLetterView[]>();
let companies: Array<{ id: number; name: string; inn: string }>;

const GLUKHOVO = 'д. Глухово, ул. Романовская, д. 4';
const NAKHABINO = 'р.п. Нахабино, ул. Чкалова, д. 7б';

const sql = () => core.ctx.sqlite;
const file = (f: { filePath: string }) => path.join(core.ctx.dataDir, f.filePath);
const csvRows = (f: { filePath: string }) =>
  iconv
    .decode(fs.readFileSync(file(f)), 'win1251')
    .trim()
    .split('\r\n')
    .map((l) => l.split(';'));
const flat = (t: string) => t.replace(/\s+/g, ' ');

/** A valid ШПИ from a post office index and a serial (check digit: the one that brings 3 × odd positions + even ones to a multiple of ten). */
function shpi(serial: number): string {
  const first13 = `14340085${String(serial).padStart(5, '0')}`;
  return `${first13}${trackingCheckDigit(first13)}`;
}

/** «1 234,50» as form 103 prints rubles (no-break spaces already made plain by pdfText). */
function rub(kopecks: number): string {
  const r = String(Math.trunc(kopecks / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${r},${String(kopecks % 100).padStart(2, '0')}`;
}

beforeAll(async () => {
  core = await openDocumentsCore(120);
  const s = sql();
  // The bracket with the most debtors; its debtors are spread over three buildings of three УК.
  const bracket = (
    s
      .prepare(
        `SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND status = 'open' AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { bracket: string }
  ).bracket;
  const debtors = s
    .prepare(
      `SELECT account_id FROM account_summaries WHERE bracket = ? AND debt_kopecks > 0 AND status = 'open' ORDER BY account_id`,
    )
    .pluck()
    .all(bracket) as number[];
  expect(debtors.length).toBeGreaterThanOrEqual(3);
  const first = s.prepare('SELECT * FROM management_companies ORDER BY id LIMIT 1').get() as Record<string, unknown>;
  s.prepare(
    `INSERT INTO management_companies (name, inn, kpp, ogrn, address, phone, bank_name, bik, correspondent_account, settlement_account, created_at_ms)
     VALUES ('ООО «УК Нахабино»', '5024000013', ?, ?, '143430, Московская обл., р.п. Нахабино, ул. Школьная, д. 2', ?, ?, ?, ?, ?, ?)`,
  ).run(
    first.kpp,
    first.ogrn,
    first.phone,
    first.bank_name,
    first.bik,
    first.correspondent_account,
    first.settlement_account,
    NOW,
  );
  const ids = s.prepare('SELECT id FROM management_companies ORDER BY id').pluck().all() as number[];
  const [ukA, ukB, ukC] = ids as [number, number, number];
  const addBuilding = s.prepare(
    `INSERT INTO buildings (management_company_id, address, address_search, entrances, created_at_ms) VALUES (?, ?, ?, 1, ?)`,
  );
  const glukhovo = Number(addBuilding.run(ukA, GLUKHOVO, GLUKHOVO.toLowerCase(), NOW).lastInsertRowid);
  const nakhabino = Number(addBuilding.run(ukC, NAKHABINO, NAKHABINO.toLowerCase(), NOW).lastInsertRowid);
  debtors.forEach((accountId, i) => {
    if (i % 3 === 0) return; // stays in the district's own building (УК B)
    const [building, uk] = i % 3 === 1 ? [glukhovo, ukA] : [nakhabino, ukC];
    s.prepare('UPDATE premises SET building_id = ? WHERE id = (SELECT premises_id FROM accounts WHERE id = ?)').run(
      building,
      accountId,
    );
    s.prepare('UPDATE accounts SET management_company_id = ? WHERE id = ?').run(uk, accountId);
  });
  expect(ukB).toBeGreaterThan(0);
  recomputeSummaries(s, 'all', NOW);
  companies = s.prepare('SELECT id, name, inn FROM management_companies ORDER BY id').all() as typeof companies;

  const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket });
  batchId = started.batchId;
  expect((await core.ctx.jobs.wait(started.jobId)).state).toBe('done');
  letters = await call<MailLetterView[]>(core, 'mailing.letters', { batchId });
  const companyOfLetter = s
    .prepare('SELECT a.management_company_id FROM mail_items m JOIN accounts a ON a.id = m.account_id WHERE m.id = ?')
    .pluck();
  for (const l of letters) {
    const uk = companyOfLetter.get(l.id) as number;
    lettersOf.set(uk, [...(lettersOf.get(uk) ?? []), l]);
  }
  expect(lettersOf.size).toBe(3);
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('postal codes per building', () => {
  const buildingScopes = () =>
    sql().prepare(`SELECT scope, postal_code FROM postal_codes WHERE scope LIKE 'building:%' ORDER BY scope`).all();

  it('lists the buildings without a code of their own, with the locality code some fall back on', async () => {
    const list = await call<{
      buildings: Array<{ address: string; postalCode: string | null; localityCode: string | null }>;
      total: number;
      withoutOwn: number;
      withoutAny: number;
    }>(core, 'mailing.postalCodes', { onlyWithout: true });
    expect(list.total).toBe(3);
    expect(list.withoutOwn).toBe(3);
    // «д. Глухово» has no locality row in the seed; Красногорск (143400) and Нахабино (143430) have.
    expect(list.withoutAny).toBe(1);
    expect(list.buildings.find((b) => b.address === GLUKHOVO)).toMatchObject({ postalCode: null, localityCode: null });
    expect(list.buildings.find((b) => b.address === NAKHABINO)).toMatchObject({
      postalCode: null,
      localityCode: '143430',
    });
  });

  it('refuses a bad CSV file as a whole, naming each bad line in Russian, and writes nothing', async () => {
    const bad = [
      'Дом;Индекс',
      'г. Красногорск, шоссе Пятницкое, д. 1;14340', // 5 digits
      `${NAKHABINO};043430`, // not Russian
      'г. Красногорск, ул. Несуществующая, д. 99;143402', // no such building
      '99999;143402', // no such building number
      ';143402', // no building
    ].join('\r\n');
    const error = await callCoreError(core, 'mailing.importPostalCodes', {
      base64: iconv.encode(bad, 'win1251').toString('base64'),
    });
    expect(error.code).toBe('MAILING.POSTAL_CODES_CSV');
    expect(error.message).toContain('ничего не записано');
    expect(error.message).toContain('Строка 2: индекс «14340» — нужно ровно 6 цифр');
    expect(error.message).toContain('Строка 3: индекс «043430» не российский');
    expect(error.message).toContain('Строка 4: дом «г. Красногорск, ул. Несуществующая, д. 99» не найден');
    expect(error.message).toContain('Строка 5: дома № 99999 нет в базе');
    expect(error.message).toContain('Строка 6: не указан дом');
    expect(buildingScopes()).toEqual([]);
  });

  it('imports a good file (windows-1251, an address spelled differently, a building by its number)', async () => {
    const nakhabinoId = sql().prepare('SELECT id FROM buildings WHERE address = ?').pluck().get(NAKHABINO) as number;
    const good = ['Адрес дома;Индекс', 'г.Красногорск,  шоссе Пятницкое, д.1;143409', `${nakhabinoId};143432`, ''].join(
      '\r\n',
    );
    const result = await call<{ updated: number; unchanged: number }>(core, 'mailing.importPostalCodes', {
      base64: iconv.encode(good, 'win1251').toString('base64'),
    });
    expect(result).toEqual({ updated: 2, unchanged: 0 });
    expect((buildingScopes() as Array<{ postal_code: string }>).map((r) => r.postal_code).sort()).toEqual([
      '143409',
      '143432',
    ]);
  });

  it('edits one building’s code and refuses a bad one', async () => {
    const id = sql().prepare('SELECT id FROM buildings WHERE address = ?').pluck().get(NAKHABINO) as number;
    expect(
      (await callCoreError(core, 'mailing.setPostalCode', { buildingId: id, postalCode: '1434' })).message,
    ).toContain('нужно ровно 6 цифр');
    await call(core, 'mailing.setPostalCode', { buildingId: id, postalCode: '143433' });
    await call(core, 'mailing.setPostalCode', { buildingId: id, postalCode: '143432' });
    expect(sql().prepare('SELECT postal_code FROM postal_codes WHERE scope = ?').pluck().get(`building:${id}`)).toBe(
      '143432',
    );
  });
});

describe('the address window of a claim (for the claim letters)', () => {
  it('gives the building’s code, the region of the УК and the address in the post’s order', () => {
    const b = sql()
      .prepare('SELECT id, management_company_id AS companyId FROM buildings WHERE address = ?')
      .get(NAKHABINO) as {
      id: number;
      companyId: number;
    };
    expect(postalCodeFor(sql(), b.id, NAKHABINO)).toBe('143432');
    expect(
      letterAddressFor(sql(), {
        buildingId: b.id,
        buildingAddress: NAKHABINO,
        address: `${NAKHABINO}, кв. 5`,
        apartment: '5',
        companyId: b.companyId,
      }),
    ).toEqual({
      postalCode: '143432',
      region: 'Московская обл.',
      line: '143432, Московская обл., р.п. Нахабино, ул. Чкалова, д. 7б, кв. 5',
      problems: [],
    });
  });
});

describe('tariffs as dated data', () => {
  it('warns while only the unconfirmed seed applies', async () => {
    const plan = await call<MailingPlanView>(core, 'mailing.plan', { batchId });
    expect(plan.tariff).toMatchObject({ validFromDate: '2026-01-01', confirmed: false });
    expect(plan.warnings.join(' ')).toContain('не подтверждены администратором');
  });

  it('lets only an administrator add an edition', async () => {
    const edition = {
      validFromDate: '2026-11-01',
      letterKopecks: 100_00,
      letterStepKopecks: 5_00,
      noticeSimpleKopecks: 50_00,
      noticeOrderedKopecks: 80_00,
      noticeElectronicKopecks: 20_00,
      vatBasisPoints: 2000,
      note: 'тест: тарифы с 01.11.2026',
    };
    expect((await callCoreAsError(core, 'ivanova', 'mailing.saveTariff', edition)).code).toBe('AUTH.PERMISSION_DENIED');
    await call(core, 'mailing.saveTariff', edition);
    await call(core, 'mailing.saveTariff', {
      ...edition,
      validFromDate: '2027-01-01',
      letterKopecks: 120_00,
      noticeSimpleKopecks: 60_00,
      vatBasisPoints: 2200,
      note: 'тест: тарифы с 01.01.2027',
    });
    const rows = await call<Array<{ validFromDate: string; confirmed: boolean }>>(core, 'mailing.tariffs', {});
    expect(rows.map((r) => `${r.validFromDate} ${r.confirmed}`)).toEqual([
      '2027-01-01 true',
      '2026-11-01 true',
      '2026-01-01 false',
    ]);
  });
});

describe('form 103 and the upload file per sending УК', () => {
  let out: MailingExportResult;
  beforeAll(async () => {
    // 29.11.2026 is a Sunday.
    out = await call<MailingExportResult>(core, 'mailing.export', { batchId, handoverDate: '2026-11-29' });
  }, 120_000);

  it('makes one form 103 and one upload file for each of the three УК, named by the УК', () => {
    expect(out.senders.map((s) => s.companyId).sort()).toEqual([...lettersOf.keys()].sort());
    for (const s of out.senders) {
      const mine = out.files.filter((f) => f.companyId === s.companyId);
      expect(mine.map((f) => f.kind).sort()).toEqual(['form103_csv', 'form103_pdf']);
      const namePart = s.name.replace(/[«»"']/g, '').replace(/[\\/:*?"<>|\s]+/g, '_');
      for (const f of mine) expect(f.fileName).toContain(namePart);
      expect(s.letters).toBe(lettersOf.get(s.companyId)?.length);
    }
    expect(
      out.files
        .filter((f) => f.companyId === null)
        .map((f) => f.kind)
        .sort(),
    ).toEqual(['courier_receipts', 'route_sheet']);
  });

  it('moves the Sunday handover to Monday and says so', () => {
    expect(out.handover).toMatchObject({ requested: '2026-11-29', date: '2026-11-30', moved: true });
    expect(out.handover.explanation).toBe(
      '29.11.2026 — выходной день; дата сдачи перенесена на 30.11.2026, первый рабочий день по производственному календарю.',
    );
    for (const f of out.files.filter((x) => x.kind === 'form103_pdf'))
      expect(pdfText(file(f))).toContain('Дата сдачи: 30.11.2026');
  });

  it('names the УК whose claims they are as the sender, with its own letters only', () => {
    for (const s of out.senders) {
      const company = companies.find((c) => c.id === s.companyId);
      const f103 = out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_pdf');
      const text = flat(pdfText(file(f103 ?? { filePath: 'missing' })));
      expect(text).toContain(`Отправитель: ${company?.name}, ИНН ${company?.inn}`);
      const mine = lettersOf.get(s.companyId) ?? [];
      for (const l of mine) expect(text).toContain(`заказ ${l.orderNumber};`);
      for (const l of letters.filter((x) => !mine.includes(x))) expect(text).not.toContain(`заказ ${l.orderNumber};`);
      expect(text).toContain(`Всего отправлений: ${mine.length}; общая масса: ${mine.length * 20} г`);

      const csv = out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_csv');
      const rows = csvRows(csv ?? { filePath: 'missing' });
      expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(mine.map((l) => [l.orderNumber, l.recipientName]));
    }
  });

  it('says the same kind of mail and notice in the list and in the file (the setting: simple notice)', () => {
    expect(out.notice).toBe('simple');
    for (const s of out.senders) {
      const f103 = out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_pdf');
      expect(flat(pdfText(file(f103 ?? { filePath: 'missing' })))).toContain(
        'Вид и категория РПО: заказное письмо с простым уведомлением о вручении',
      );
      const rows = csvRows(
        out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_csv') ?? { filePath: 'missing' },
      );
      const col = (name: string) => (rows[0] ?? []).indexOf(name);
      for (const r of rows.slice(1)) {
        expect([r[col('mail-type')], r[col('mail-category')]]).toEqual(['LETTER', 'ORDERED']);
        expect([
          r[col('with-simple-notice')],
          r[col('with-order-of-notice')],
          r[col('with-electronic-notice')],
        ]).toEqual(['true', 'false', 'false']);
      }
    }
  });

  it('prints the fees per letter and the totals as worked by hand (tariff from 01.11.2026)', () => {
    // 20 g letter 100,00 + simple notice 50,00 = 150,00; VAT 20 % = 30,00; with VAT 180,00.
    for (const s of out.senders) {
      const n = lettersOf.get(s.companyId)?.length ?? 0;
      expect([s.postageKopecks, s.noticeKopecks, s.vatKopecks, s.totalKopecks]).toEqual([
        n * 100_00,
        n * 50_00,
        n * 30_00,
        n * 180_00,
      ]);
      const f103 = out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_pdf');
      const text = flat(pdfText(file(f103 ?? { filePath: 'missing' }), { layout: true }));
      expect(text).toContain('100,00 50,00 30,00 180,00');
      expect(text).toContain(`${rub(n * 100_00)} ${rub(n * 50_00)} ${rub(n * 30_00)} ${rub(n * 180_00)}`);
      expect(text).toContain(`всего к оплате ${rub(n * 180_00)} руб. (тарифы с 01.11.2026)`);
      expect(text).not.toContain('не подтверждённым');
    }
    expect(out.totalKopecks).toBe(letters.length * 180_00);
  });

  it('splits each address into the post’s fields with the building’s own code and the region of the УК', () => {
    const rows = out.files
      .filter((f) => f.kind === 'form103_csv')
      .flatMap((f) => {
        const r = csvRows(f);
        return r.slice(1).map((cells) => Object.fromEntries((r[0] ?? []).map((h, i) => [h, cells[i] ?? ''])));
      });
    const byOrder = new Map(rows.map((r) => [r['order-num'], r]));
    const flatOf = (l: MailLetterView) => /кв\. (\S+)$/.exec(l.address)?.[1] ?? '';
    for (const l of letters) {
      const r = byOrder.get(l.orderNumber) ?? {};
      if (l.address.startsWith('г. Красногорск')) {
        expect(r).toMatchObject({
          'index-to': '143409',
          'region-to': 'Московская обл.',
          'place-to': 'г. Красногорск',
          'street-to': 'шоссе Пятницкое',
          'house-to': '1',
          'room-to': flatOf(l),
        });
      } else if (l.address.startsWith('р.п. Нахабино')) {
        expect(r).toMatchObject({
          'index-to': '143432',
          'region-to': 'Московская обл.',
          'place-to': 'р.п. Нахабино',
          'street-to': 'ул. Чкалова',
          'house-to': '7б',
          'room-to': flatOf(l),
        });
      } else {
        expect(r).toMatchObject({
          'index-to': '',
          'region-to': 'Московская обл.',
          'place-to': 'д. Глухово',
          'street-to': 'ул. Романовская',
          'house-to': '4',
          'room-to': flatOf(l),
        });
      }
    }
    const glukhovo = letters.filter((l) => l.address.startsWith('д. Глухово')).length;
    expect(out.withoutPostalCode).toBe(glukhovo);
    expect(out.warnings).toContain(`Без почтового индекса: ${glukhovo} писем — дополните индексы домов.`);
    expect(out.addressProblemCount).toBe(0);
    const forms = out.files.filter((f) => f.kind === 'form103_pdf').map((f) => flat(pdfText(file(f))));
    expect(forms.join(' ')).toContain('(индекс не указан) Московская обл., д. Глухово, ул. Романовская, д. 4, кв.');
    expect(forms.join(' ')).toContain('143432, Московская обл., р.п. Нахабино, ул. Чкалова, д. 7б, кв.');
  });

  it('gives the courier one receipt page per letter, each naming only its own addressee', () => {
    const receipts = out.files.find((f) => f.kind === 'courier_receipts') ?? { filePath: 'missing' };
    expect(pdfPages(file(receipts))).toBe(letters.length);
    letters.forEach((l, i) => {
      const page = flat(pdfText(file(receipts), { first: i + 1, last: i + 1 }));
      expect(page).toContain(`Расписка в получении письма № ${l.orderNumber}`);
      expect(page).toContain(l.recipientName);
      for (const other of letters)
        if (other.recipientName !== l.recipientName) expect(page).not.toContain(other.recipientName);
      expect(page).not.toContain(l.accountNumber);
      expect(page).toContain('Письмо получил(а)');
    });
  });

  it('gives the courier a route sheet with letter numbers and flats only — no names, no account numbers', () => {
    const text = flat(pdfText(file(out.files.find((f) => f.kind === 'route_sheet') ?? { filePath: 'missing' })));
    expect(text).toContain('Маршрут курьера от 30.11.2026');
    for (const l of letters) {
      expect(text).toContain(l.orderNumber);
      expect(text).not.toContain(l.recipientName);
      expect(text).not.toContain(l.accountNumber);
    }
  });
});

describe('one setting for the list and the file; holidays; addresses that cannot be split', () => {
  it('without a notice: both say so, and the fee has no notice part (VAT 20,00, 120,00)', async () => {
    const out = await call<MailingExportResult>(core, 'mailing.export', {
      batchId,
      handoverDate: '2026-11-30',
      notice: 'none',
    });
    for (const s of out.senders) {
      const f103 = out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_pdf');
      const text = flat(pdfText(file(f103 ?? { filePath: 'missing' }), { layout: true }));
      expect(text).toContain('заказное письмо без уведомления о вручении');
      expect(text).toContain('100,00 0,00 20,00 120,00');
      const rows = csvRows(
        out.files.find((f) => f.companyId === s.companyId && f.kind === 'form103_csv') ?? { filePath: 'missing' },
      );
      const flags = ['with-simple-notice', 'with-order-of-notice', 'with-electronic-notice'].map((c) =>
        (rows[0] ?? []).indexOf(c),
      );
      for (const r of rows.slice(1)) expect(flags.map((i) => r[i])).toEqual(['false', 'false', 'false']);
    }
    expect(out.handover.moved).toBe(false);
  }, 120_000);

  it('moves 03.01.2027 past the New Year holidays to 11.01.2027 and applies the 2027 tariff (120,00 + 60,00, VAT 22 % 39,60)', async () => {
    const plan = await call<MailingPlanView>(core, 'mailing.plan', { batchId, handoverDate: '2027-01-03' });
    expect(plan.handover).toMatchObject({ date: '2027-01-11', moved: true });
    expect(plan.handover.explanation).toBe(
      '03.01.2027 — нерабочий праздничный день; дата сдачи перенесена на 11.01.2027, первый рабочий день по производственному календарю.',
    );
    expect(plan.tariff.validFromDate).toBe('2027-01-01');
    expect(plan.totalKopecks).toBe(letters.length * 219_60);
  });

  it('reports the letters whose address cannot be split', async () => {
    sql().prepare('UPDATE buildings SET address = ? WHERE address = ?').run('Глухово, Романовская 4', GLUKHOVO);
    try {
      const plan = await call<MailingPlanView>(core, 'mailing.plan', { batchId });
      const glukhovo = letters.filter((l) => l.address.startsWith('д. Глухово'));
      expect(plan.addressProblemCount).toBe(glukhovo.length);
      expect(plan.addressProblems[0]?.problems).toEqual([
        'не распознана часть адреса «Глухово»',
        'не распознана часть адреса «Романовская 4»',
        'не указан населённый пункт',
        'не указан номер дома',
      ]);
      expect(plan.warnings.join(' ')).toContain(`Адрес не разложен по полям почты: ${glukhovo.length} писем`);
    } finally {
      sql().prepare('UPDATE buildings SET address = ? WHERE address = ?').run(GLUKHOVO, 'Глухово, Романовская 4');
    }
  });
});

describe('tracking numbers and delivery', () => {
  it('imports tracking numbers with a valid check digit, and refuses a file with a bad one as a whole', async () => {
    const good = letters.map((l, i) => `${l.orderNumber};${shpi(i + 1)}`).join('\n');
    const bad = `заказ;ШПИ\n${letters[0]?.orderNumber};${shpi(1).slice(0, 13)}${(Number(shpi(1)[13]) + 1) % 10}\n${letters[1]?.orderNumber};${shpi(2)}`;
    const refused = await core.dispatch(
      'mailing.importTracking',
      { batchId, text: bad },
      sessionFor(core, 'mailing.importTracking'),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Строка 2: .* не ШПИ/);
    expect(
      (await call<MailLetterView[]>(core, 'mailing.letters', { batchId })).every((l) => l.trackingNumber === null),
    ).toBe(true);
    expect(await call(core, 'mailing.importTracking', { batchId, text: `заказ;ШПИ\n${good}` })).toEqual({
      updated: letters.length,
    });
    const after = await call<MailLetterView[]>(core, 'mailing.letters', { batchId });
    expect(after.map((l) => l.trackingNumber)).toEqual(letters.map((_, i) => shpi(i + 1)));
  });

  it('prints the tracking numbers on the next form 103', async () => {
    const out = await call<MailingExportResult>(core, 'mailing.export', { batchId, handoverDate: '2026-11-30' });
    const text = out.files
      .filter((f) => f.kind === 'form103_pdf')
      .map((f) => pdfText(file(f)))
      .join('\n');
    letters.forEach((_, i) => expect(text).toContain(shpi(i + 1)));
  }, 120_000);

  it('journals delivery outcomes on the account as measure 5', async () => {
    const [a, b, c] = letters as [MailLetterView, MailLetterView, MailLetterView];
    await call(core, 'mailing.setOutcome', { mailItemId: a.id, outcome: 'delivered', date: TODAY });
    await call(core, 'mailing.setOutcome', { mailItemId: b.id, outcome: 'returned', date: TODAY });
    await call(core, 'mailing.setOutcome', { mailItemId: c.id, outcome: 'refused', date: TODAY });
    const after = await call<MailLetterView[]>(core, 'mailing.letters', { batchId });
    expect(after.slice(0, 3).map((l) => l.outcome)).toEqual(['delivered', 'returned', 'refused']);
    const journal = sql()
      .prepare(`SELECT summary FROM actions WHERE measure = 5 AND kind = 'claim.delivery' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(journal).toHaveLength(3);
    expect(journal[0]).toMatch(/вручена 26\.11\.2026, ШПИ \d{14}/);
    expect(journal[2]).toMatch(/отказался/);
  });
});
