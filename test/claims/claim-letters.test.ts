/**
 * Claims as a lawyer reads them, on a small district written by hand as billing files and imported through the
 * real import into real SQLite: every expected kopeck below is worked by hand from these files.
 *
 * Dates: today 26.11.2026 (the rules are evaluated on it); the claims state the debt as of 14.11.2026, when the
 * September 2026 charges (due 15.10.2026) are 30 days late — the last day free of penalty (ЖК ст.155 ч.14) — and
 * the October charges (due 15.11.2026) are not yet due. By today both months are overdue, so the rule book's
 * measure 5 (debt ≥ 10 000 ₽, ≥ 2 months) lets every account through except where a promise is open.
 *
 * - 2001: three owners of 1/3. September: upkeep 60 000,00 + cold water 40 000,00 (the УК's) + capital repair
 *   5 000,00 (the regional operator's); October: upkeep 1 000,00. Demand 100 000,00, penalty 0,00 (capital repair
 *   bears penalty from day one, but it is not the УК's) → letters 33 333,34 + 33 333,33 + 33 333,33.
 * - 2002: one owner, same charges, a promise to pay made today → left out by the rule book, with the date.
 * - 2003: one owner. October 2021: upkeep 10 000,00 (limitation expired) and September 2026: upkeep 20 000,00 →
 *   demand 20 000,00; the 10 000,00 is marked and not demanded.
 * - 2004: a social tenant with an adult daughter and a minor son. September: rent 4 000,00 (the landlord's) +
 *   upkeep 16 000,00; October: upkeep 1 000,00 → demand 16 000,00 to the tenant, the daughter named jointly liable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import type {
  ClaimExclusionView,
  ClaimPreview,
  DocumentBatchView,
  DocumentFile,
} from '../../shared/api/contract-documents';
import { CLAIM_PAGE_MM } from '../../shared/documents/claim/ClaimDocument';
import {
  call,
  NOW,
  pageFontSizes,
  pageImage,
  pageWords,
  pdfFonts,
  pdfPages,
  pdfText,
  setDefaultSigner,
  TEST_SIGNER,
} from './documents-district';
import { sessionFor } from '../support/api-calls';

const AS_OF = '2026-11-14';
// Long enough that «д. 17, кв. 12» would break after «кв.» in the 85 mm window if its spaces were ordinary.
const STREET = 'г. Красногорск, ул. Маршала Ивана Степановича Конева, д. 17';

const UK = [
  'Наименование УК;ИНН;КПП;ОГРН;Адрес УК;Телефон УК;Банк;БИК;Корр. счёт;Расчётный счёт;Пени начисляются',
  'ООО «УК Белобородова»;5024000001;502401001;1025002876543;г. Красногорск, ул. Мира, д. 1;8 (495) 000-00-01;АО «АЛЬФА-БАНК»;044525593;30101810200000000593;40702810527385017953;да',
];
const PERSON_COLUMNS =
  'Лицевой счёт;ИНН УК;Адрес дома;Подъезд;Квартира;Форма собственности;Основание проживания;ФИО;Роль;Доля;Дата рождения';
const ACCOUNTS = [
  PERSON_COLUMNS,
  `2001;5024000001;${STREET};1;12;частная;собственник;Иванов Иван Иванович;собственник;1/3;`,
  `2001;5024000001;${STREET};1;12;частная;собственник;Иванова Мария Петровна;собственник;1/3;`,
  `2001;5024000001;${STREET};1;12;частная;собственник;Иванов Пётр Иванович;собственник;1/3;`,
  `2002;5024000001;${STREET};1;13;частная;собственник;Смирнов Олег Петрович;собственник;1;`,
  `2003;5024000001;${STREET};1;14;частная;собственник;Сидорова Анна Львовна;собственник;1;`,
  `2004;5024000001;${STREET};2;15;муниципальная;наниматель;Козлов Олег Ильич;наниматель;;1970-01-01`,
  `2004;5024000001;${STREET};2;15;муниципальная;наниматель;Козлова Ольга Олеговна;член семьи;;2000-05-05`,
  `2004;5024000001;${STREET};2;15;муниципальная;наниматель;Козлов Илья Олегович;член семьи;;2015-05-05`,
];
const CHARGES = [
  'Лицевой счёт;Период;Услуга;Начислено, руб.',
  ...['2001', '2002'].flatMap((n) => [
    `${n};09.2026;Содержание жилого помещения;60000,00`,
    `${n};09.2026;Холодное водоснабжение;40000,00`,
    `${n};09.2026;Взнос на капитальный ремонт;5000,00`,
    `${n};10.2026;Содержание жилого помещения;1000,00`,
  ]),
  '2003;10.2021;Содержание жилого помещения;10000,00',
  '2003;09.2026;Содержание жилого помещения;20000,00',
  '2004;09.2026;Социальный наём;4000,00',
  '2004;09.2026;Содержание жилого помещения;16000,00',
  '2004;10.2026;Содержание жилого помещения;1000,00',
];

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const oneLine = (s: string): string => plain(s).replace(/\s+/g, ' ');

let dir: string;
let core: Core;

interface Batch {
  batchId: number;
  file: string;
  letters: Array<{ position: number; accountNumber: string; recipientName: string; totalKopecks: number }>;
  summary: string;
}
const batches = new Map<string, Batch>();

/** Runs a batch of a bracket through the API and the job worker, as the clerk does. */
async function runBatch(bracket: string): Promise<Batch> {
  const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket, asOfDate: AS_OF });
  const status = await core.ctx.jobs.wait(started.jobId);
  expect(status.error?.message ?? null).toBeNull();
  const list = await call<DocumentBatchView[]>(core, 'documents.batches', { kind: 'claims' });
  const batch = list.find((b) => b.id === started.batchId) as DocumentBatchView;
  const file = await call<DocumentFile>(core, 'documents.file', { documentId: batch.printDocumentId });
  const letters = core.ctx.sqlite
    .prepare(
      `SELECT m.position, a.number AS accountNumber, m.recipient_name AS recipientName, m.total_kopecks AS totalKopecks
         FROM mail_items m JOIN accounts a ON a.id = m.account_id WHERE m.batch_id = ? ORDER BY m.position`,
    )
    .all(started.batchId) as Batch['letters'];
  return { batchId: started.batchId, file: file.savedPath, letters, summary: batch.summary ?? '' };
}

/** Pages of the print file: the letter «Исх. № b-n» starts where its number is; its payment page has its QR code. */
function pagesOf(b: Batch): Array<{ text: string; page: number }> {
  // Layout mode keeps a printed line together (a label and its figure, a table row).
  return Array.from({ length: pdfPages(b.file) }, (_, i) => ({
    page: i + 1,
    text: oneLine(pdfText(b.file, { first: i + 1, last: i + 1, layout: true })),
  }));
}

function qrSumOn(file: string, page: number): number {
  const image = pageImage(file, page);
  const found = jsQR(image.data, image.width, image.height);
  fs.rmSync(image.pngPath, { force: true });
  expect(found, `QR-код не найден на странице ${page}`).not.toBeNull();
  const fields = Buffer.from(found?.binaryData ?? [])
    .toString('utf8')
    .split('|');
  return Number(fields.find((f) => f.startsWith('Sum='))?.slice(4));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-claim-letters-'));
  const dataDir = path.join(dir, 'data');
  const files = { 'uk.csv': UK, 'accounts.csv': ACCOUNTS, 'charges.csv': CHARGES };
  for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  let err = '';
  const code = await runCli(['import', ...Object.keys(files).map((f) => path.join(dir, f)), '--data-dir', dataDir], {
    out: () => {},
    err: (t) => (err += t),
  });
  expect(err).not.toContain('Строка');
  expect(code, err).toBe(0);
  core = openCore({
    dataDir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
}, 120_000);

afterAll(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('claims of a hand-made district', () => {
  it('refuses a batch while no signer is set, in Russian, and names where to set one', async () => {
    const refused = await core.dispatch(
      'claims.start',
      { bracket: 'over_100k', asOfDate: AS_OF },
      sessionFor(core, 'claims.start'),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CLAIMS.NO_SIGNER');
      expect(refused.error.message).toMatch(/Не указан подписант претензий .*«ООО «УК Белобородова»».*Настройки/);
    }
    expect(core.ctx.sqlite.prepare(`SELECT count(*) FROM document_batches`).pluck().get()).toBe(0);
    setDefaultSigner(core);
  });

  it('leaves out the account with an open promise to pay, with the reason, in the preview, the batch and its summary', async () => {
    const account = core.ctx.sqlite.prepare(`SELECT id FROM accounts WHERE number = '2002'`).pluck().get() as number;
    // The promise was taken on a call today, two minutes before the batch.
    core.ctx.sqlite
      .prepare(
        `INSERT INTO payment_promises (account_id, made_date, promised_date, amount_kopecks, status, user_name, at_ms)
         VALUES (?, '2026-11-26', '2026-12-05', 10500000, 'open', 'Оператор', ?)`,
      )
      .run(account, NOW - 120_000);
    const preview = await call<ClaimPreview>(core, 'claims.preview', { bracket: 'over_100k', asOfDate: AS_OF });
    expect(preview.accounts).toBe(1);
    expect(preview.letters).toBe(3);
    expect(preview.signerProblem).toBeNull();
    expect(preview.excluded.map((e) => [e.number, e.kind])).toEqual([['2002', 'rules']]);
    expect(plain(preview.excluded[0]?.reason ?? '')).toBe(
      'по правилам (мероприятие 5): ждём оплату по обещанию (обещана оплата до 05.12.2026)',
    );

    const batch = await runBatch('over_100k');
    batches.set('over_100k', batch);
    expect(batch.letters.map((l) => l.accountNumber)).toEqual(['2001', '2001', '2001']);
    expect(plain(batch.summary)).toContain('Не включены 1 л/с: по правилам мероприятия 5 — 1.');
    const excluded = await call<ClaimExclusionView[]>(core, 'claims.exclusions', { batchId: batch.batchId });
    expect(excluded.map((e) => e.number)).toEqual(['2002']);
    expect(excluded[0]?.reason).toContain('обещана оплата до 05.12.2026');
  }, 240_000);

  it('splits a three-owner account by shares to the kopeck: letters and QR sums add up to the overdue debt', () => {
    const b = batches.get('over_100k') as Batch;
    expect(b.letters.map((l) => [l.recipientName, l.totalKopecks])).toEqual([
      ['Иванов Иван Иванович', 3_333_334],
      ['Иванова Мария Петровна', 3_333_333],
      ['Иванов Пётр Иванович', 3_333_333],
    ]);
    const pages = pagesOf(b);
    const qr = b.letters.map((l) => {
      const payPage = pages.find((p) =>
        p.text.includes(`Реквизиты для оплаты по претензии № ${b.batchId}-${l.position}`),
      );
      expect(payPage, `страница с реквизитами письма ${l.position}`).toBeDefined();
      return qrSumOn(b.file, payPage?.page as number);
    });
    expect(qr).toEqual([3_333_334, 3_333_333, 3_333_333]);
    expect(qr.reduce((a, s) => a + s, 0)).toBe(10_000_000);
    // The batch's totals are the sums of its letters.
    expect(plain(b.summary)).toMatch(/^Подготовлены претензии по 1 л\/с: 3 писем на 100 000 руб\. 00 коп\./);
    const printed = core.ctx.sqlite
      .prepare(`SELECT total_kopecks FROM generated_documents WHERE batch_id = ? AND kind = 'claims_print'`)
      .pluck()
      .get(b.batchId);
    expect(printed).toBe(10_000_000);
    const letter = pages.find((p) => p.text.includes(`Исх. № ${b.batchId}-1 `))?.text ?? '';
    expect(letter).toContain('Вы — собственник 1/3 доли в праве собственности');
    expect(letter).toContain(
      'просроченная задолженность по оплате жилого помещения и коммунальных услуг за сентябрь 2026 — 100 000 руб. 00 коп.',
    );
    expect(letter).toMatch(/Ваша часть основного долга \(доля 1\/3\) 33 333 руб\. 34 коп\./);
    expect(letter).toMatch(/Ваша часть пени \(доля 1\/3\) 0 руб\. 00 коп\./);
    expect(letter).toMatch(/Всего к оплате 33 333 руб\. 34 коп\./);
    // Capital repair is the regional operator's: mentioned, not demanded.
    expect(letter).toContain(
      'региональному оператору капитального ремонта (взносы на капитальный ремонт) — 5 000 руб. 00 коп.',
    );
    // The October month is not yet due on 14.11.2026: shown apart, not demanded.
    expect(letter).toContain(
      'Начисления за октябрь 2026 — 1 000 руб. 00 коп. — в требование не включены: срок их оплаты (до 15.11.2026 включительно) ещё не наступил.',
    );
  });

  it('words consequences as what may happen, counts the term from receipt, names the signer and the attachments', () => {
    const b = batches.get('over_100k') as Batch;
    const text = oneLine(pdfText(b.file));
    expect(text).toContain(
      'Требуем в течение 10 дней со дня получения настоящей претензии оплатить 33 333 руб. 34 коп.',
    );
    expect(text).not.toMatch(/в срок до \d/);
    expect(text).toContain('вправе обратиться в суд');
    expect(text).toContain('суд может взыскать задолженность, пени и судебные расходы');
    for (const certain of [
      'будут взысканы',
      'будет взыскан',
      'начнётся исполнительное производство',
      'исполнительное производство',
      'будет ограничено',
      'будут ограничены',
    ])
      expect(text).not.toContain(certain);
    expect(text).toContain(`${TEST_SIGNER.position} ${TEST_SIGNER.fullName}, тел. ${TEST_SIGNER.phone} Приложения:`);
    expect(text).not.toContain('____');
    expect(text).toContain('Приложения: 1) выписка задолженности по лицевому счёту на 14.11.2026; 2) расчёт пени.');
  });

  it('puts the statement and the penalty calculation behind every letter, in the print file and the account’s copy', () => {
    const b = batches.get('over_100k') as Batch;
    const pages = pagesOf(b);
    const starts = b.letters.map((l) => pages.findIndex((p) => p.text.includes(`Исх. № ${b.batchId}-${l.position} `)));
    expect(starts.every((s) => s >= 0)).toBe(true);
    for (const [k, start] of starts.entries()) {
      const end = starts[k + 1] ?? pages.length;
      const own = pages
        .slice(start, end)
        .map((p) => p.text)
        .join(' ');
      expect(own).toContain('Выписка задолженности по лицевому счёту № 2001');
      expect(own).toContain('Расчёт пени по лицевому счёту № 2001');
    }
    // Each letter's envelope holds its pages: the letter and its own attachments (for the letter's mass).
    const envelopePages = core.ctx.sqlite
      .prepare('SELECT pages FROM mail_items WHERE batch_id = ? ORDER BY position')
      .pluck()
      .all(b.batchId) as number[];
    expect(envelopePages).toEqual(starts.map((start, k) => (starts[k + 1] ?? pages.length) - start));
    const copy = core.ctx.sqlite
      .prepare(`SELECT file_path AS f, pages FROM generated_documents WHERE batch_id = ? AND kind = 'claim'`)
      .get(b.batchId) as { f: string; pages: number };
    expect(pdfPages(path.join(core.ctx.dataDir, copy.f))).toBe(pages.length);
    expect(copy.pages).toBe(pages.length);
    // The statement: the УК's services by month, capital repair only as another creditor's debt.
    const statement = pages.find((p) => p.text.includes('Выписка задолженности по лицевому счёту № 2001'))?.text ?? '';
    expect(statement).toContain('сентябрь 2026 итого за месяц 15.10.2026 100 000,00 0,00 100 000,00 предъявляется');
    expect(statement).toContain('Содержание жилого помещения 60 000,00 0,00 60 000,00');
    expect(statement).toContain('Холодное водоснабжение 40 000,00 0,00 40 000,00');
    expect(statement).not.toMatch(/Взнос на капитальный ремонт \d/);
    expect(statement).toContain('Срок оплаты не наступил — в требование не включено');
    expect(statement).toContain('Предъявляется к оплате (основной долг) 100 000 руб. 00 коп.');
  });

  it('sets the letter in embedded fonts only, at 11 pt or more, within the margins, the address in the window unbroken', async () => {
    const b = batches.get('over_100k') as Batch;
    const fonts = pdfFonts(b.file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded || /Helvetica|Times|Courier/.test(f.name))).toEqual([]);
    const pages = pagesOf(b);
    const letterPages = pages
      .filter((p) => p.text.includes('ПРЕТЕНЗИЯ') || p.text.includes('Реквизиты для оплаты'))
      .map((p) => p.page);
    expect(letterPages.length).toBeGreaterThanOrEqual(3);
    const mm = (pt: number) => (pt * 25.4) / 72;
    for (const page of letterPages) {
      const sizes = await pageFontSizes(b.file, page);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes), `страница ${page}`).toBeGreaterThanOrEqual(11);
      const words = pageWords(b.file, page);
      expect(mm(Math.min(...words.map((w) => w.xMin)))).toBeGreaterThanOrEqual(CLAIM_PAGE_MM.left - 0.5);
      const right = words.reduce((a, w) => (w.xMax > a.xMax ? w : a));
      expect(mm(right.xMax), `«${right.text}» на странице ${page}`).toBeLessThanOrEqual(
        210 - CLAIM_PAGE_MM.right + 0.5,
      );
      expect(mm(Math.min(...words.map((w) => w.yMin)))).toBeGreaterThanOrEqual(CLAIM_PAGE_MM.top - 0.5);
      expect(mm(Math.max(...words.map((w) => w.yMax)))).toBeLessThanOrEqual(297 - CLAIM_PAGE_MM.bottom + 0.5);
    }
    // The address window: addressee, street with house and flat on one line, town, region, postal code — inside
    // the window zone of a DL envelope (20–105 mm from the left, 45–90 mm from the top).
    const first = letterPages[0] as number;
    const layout = plain(pdfText(b.file, { first, last: first, layout: true })).split('\n');
    const windowLines = [
      'Иванову Ивану Ивановичу',
      'ул. Маршала Ивана Степановича Конева,',
      'д. 17, кв. 12',
      'г. Красногорск',
      'Московская обл.',
      '143400',
    ];
    // Each window line right below the one before (the sender's address above also starts with the town).
    const top = layout.findIndex((line) => line.trim().startsWith(windowLines[0] as string));
    expect(top).toBeGreaterThan(0);
    expect(windowLines.map((l, k) => layout[top + k]?.trim().startsWith(l))).toEqual(windowLines.map(() => true));
    expect(layout.some((line) => /кв\.\s*$/.test(line) || /д\.\s*$/.test(line))).toBe(false);
    const words = pageWords(b.file, first);
    const inWindow = (text: string) => {
      const w = words.find((x) => plain(x.text) === text) as { xMin: number; yMin: number; xMax: number; yMax: number };
      expect(w, text).toBeDefined();
      return mm(w.xMin) >= 20 - 0.5 && mm(w.xMax) <= 105 && mm(w.yMin) >= 45 && mm(w.yMax) <= 90;
    };
    for (const word of ['Иванову', 'Конева,', 'Красногорск', 'Московская', '143400'])
      expect(inWindow(word), word).toBe(true);
  });

  it('marks months past the limitation period and leaves them out of the demand', async () => {
    const b = await runBatch('from_10k');
    batches.set('from_10k', b);
    const sidorova = b.letters.find((l) => l.accountNumber === '2003');
    expect(sidorova?.totalKopecks).toBe(2_000_000);
    const pages = pagesOf(b);
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain(
      'Задолженность за месяцы, по которым истёк срок исковой давности (ст. 196, 200 ГК РФ), — 10 000 руб. 00 коп. — отмечена в выписке и в сумму требования не включена',
    );
    const statement = pages.find((p) => p.text.includes('Выписка задолженности по лицевому счёту № 2003'))?.text ?? '';
    expect(statement).toMatch(
      /октябрь 2021 Содержание жилого помещения 10\.11\.2021 10 000,00 0,00 10 000,00 давность истекла \d\d\.\d\d\.2024; не предъявляется/,
    );
    expect(statement).toContain(
      'в том числе за пределами срока исковой давности (не предъявляется) 10 000 руб. 00 коп.',
    );
    expect(statement).toContain('Предъявляется к оплате (основной долг) 20 000 руб. 00 коп.');
  }, 240_000);

  it('writes to a social tenant for the УК’s part only, naming the adult family member as jointly liable', () => {
    const b = batches.get('from_10k') as Batch;
    const tenant = b.letters.filter((l) => l.accountNumber === '2004');
    expect(tenant.map((l) => [l.recipientName, l.totalKopecks])).toEqual([['Козлов Олег Ильич', 1_600_000]]);
    const pages = pagesOf(b);
    const start = pages.findIndex((p) => p.text.includes(`Исх. № ${b.batchId}-${tenant[0]?.position} `));
    const letter = pages[start]?.text ?? '';
    expect(letter).toContain('Козлову Олегу Ильичу');
    expect(letter).toContain('Вы — наниматель жилого помещения');
    expect(letter).toContain(
      'Дееспособные члены Вашей семьи (Козлова Ольга Олеговна) несут солидарную с Вами ответственность',
    );
    expect(letter).not.toContain('Козлов Илья');
    expect(letter).toContain('наймодателю (плата за наём) — 4 000 руб. 00 коп.');
    const statement = pages.find((p) => p.text.includes('Выписка задолженности по лицевому счёту № 2004'))?.text ?? '';
    expect(statement).not.toMatch(/Социальный наём \d/);
  });
});
