/**
 * A claim batch of one bracket of the demo district, end to end through the API and the job worker: the print
 * file read back as text (Cyrillic, names in the dative, the amounts of each letter adding up, the total in
 * figures and words, the term from receipt, the payee), the QR code decoded from the rendered page image and
 * compared with the standard's field order and the letter's sum in kopecks, print order, per-account copies with
 * their hashes in the registry, the journal (measure 5), the cooldown, and cancel between chunks. The exact
 * kopecks of owners' shares, the rule book, limitation and creditors are in claim-letters.test.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { createClaimBatch, runClaimBatch } from '../../electron/core/claims/claim-batch';
import type { ClaimPreview, DocumentBatchView, DocumentFile } from '../../shared/api/contract-documents';
import {
  call,
  closeDocumentsCore,
  NOW,
  openDocumentsCore,
  pageImage,
  pdfPages,
  pdfText,
  TODAY,
} from './documents-district';
import { sessionFor } from '../support/api-calls';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

/**
 * Every resident of the district is renamed, before the batch, to one of four people whose dative a lawyer wrote
 * out by hand (the demo's own names would need the declension code under test to know what to expect).
 */
const DATIVE: Record<string, string> = {
  'Иванов Пётр Сергеевич': 'Иванову Петру Сергеевичу',
  'Смирнова Анна Ивановна': 'Смирновой Анне Ивановне',
  'Кузьмин Илья Львович': 'Кузьмину Илье Львовичу',
  'Соколова Мария Дмитриевна': 'Соколовой Марии Дмитриевне',
};
const NAMES = Object.keys(DATIVE);
const dative = (nominative: string): string => {
  const d = DATIVE[nominative];
  expect(d, `«${nominative}» не из переименованных`).toBeDefined();
  return d as string;
};

/** An amount in words as a Russian payment order writes it, built here digit group by digit group. */
function wordsReference(kopecks: number): string {
  const ones = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
  const teens = [
    'десять',
    'одиннадцать',
    'двенадцать',
    'тринадцать',
    'четырнадцать',
    'пятнадцать',
    'шестнадцать',
    'семнадцать',
    'восемнадцать',
    'девятнадцать',
  ];
  const tens = [
    '',
    '',
    'двадцать',
    'тридцать',
    'сорок',
    'пятьдесят',
    'шестьдесят',
    'семьдесят',
    'восемьдесят',
    'девяносто',
  ];
  const hundreds = [
    '',
    'сто',
    'двести',
    'триста',
    'четыреста',
    'пятьсот',
    'шестьсот',
    'семьсот',
    'восемьсот',
    'девятьсот',
  ];
  // 1 рубль, 2–4 рубля, 5–20 рублей; 11–14 always the third form.
  const form = (n: number, [one, few, many]: [string, string, string]) =>
    n % 100 >= 11 && n % 100 <= 14 ? many : n % 10 === 1 ? one : n % 10 >= 2 && n % 10 <= 4 ? few : many;
  const triple = (n: number, feminine: boolean): string[] => {
    const w = [hundreds[Math.floor(n / 100)] as string];
    const t = n % 100;
    if (t >= 10 && t < 20) w.push(teens[t - 10] as string);
    else {
      w.push(tens[Math.floor(t / 10)] as string);
      const u = t % 10;
      w.push(feminine && u === 1 ? 'одна' : feminine && u === 2 ? 'две' : (ones[u] as string));
    }
    return w.filter(Boolean);
  };
  const rub = Math.floor(kopecks / 100);
  const kop = kopecks % 100;
  const millions = Math.floor(rub / 1_000_000);
  const thousands = Math.floor(rub / 1000) % 1000;
  const units = rub % 1000;
  const words: string[] = [];
  if (millions) words.push(...triple(millions, false), form(millions, ['миллион', 'миллиона', 'миллионов']));
  if (thousands) words.push(...triple(thousands, true), form(thousands, ['тысяча', 'тысячи', 'тысяч']));
  words.push(...(rub === 0 ? ['ноль'] : triple(units, false)), form(rub, ['рубль', 'рубля', 'рублей']));
  words.push(String(kop).padStart(2, '0'), form(kop, ['копейка', 'копейки', 'копеек']));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
/** «12 345 руб. 67 коп.», groups of three parted by a space (the figures of a claim). */
const figuresReference = (kopecks: number): string =>
  `${String(Math.floor(kopecks / 100)).replace(/\B(?=(\d{3})+$)/g, ' ')} руб. ${String(kopecks % 100).padStart(2, '0')} коп.`;

let core: Core;
let bracket: string;
let batchId: number;
let printPath: string;

interface Letter {
  id: number;
  position: number;
  accountId: number;
  recipientName: string;
  address: string;
  totalKopecks: number;
  buildingAddress: string | null;
  entrance: number | null;
  apartment: string | null;
}

const letters = (): Letter[] =>
  core.ctx.sqlite
    .prepare(
      `SELECT m.id, m.position, m.account_id AS accountId, m.recipient_name AS recipientName, m.address, m.total_kopecks AS totalKopecks,
              b.address AS buildingAddress, m.entrance, m.apartment
         FROM mail_items m LEFT JOIN buildings b ON b.id = m.building_id WHERE m.batch_id = ? ORDER BY m.position`,
    )
    .all(batchId) as Letter[];

beforeAll(async () => {
  core = await openDocumentsCore(200);
  const rename = core.ctx.sqlite.prepare('UPDATE persons SET full_name = ? WHERE id = ?');
  const ids = core.ctx.sqlite.prepare('SELECT id FROM persons ORDER BY id').pluck().all() as number[];
  for (const id of ids) rename.run(NAMES[id % NAMES.length], id);
  // The bracket with the most debtors that still has co-owned flats, so several letters per account are tested.
  bracket = (
    core.ctx.sqlite
      .prepare(
        `SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { bracket: string }
  ).bracket;
  const preview = await call<ClaimPreview>(core, 'claims.preview', { bracket });
  expect(preview.accounts).toBeGreaterThan(3);
  const started = await call<{ batchId: number; jobId: string; accounts: number }>(core, 'claims.start', { bracket });
  batchId = started.batchId;
  const status = await core.ctx.jobs.wait(started.jobId);
  expect(status.error?.message ?? null).toBeNull();
  expect(status.state).toBe('done');
  const batches = await call<DocumentBatchView[]>(core, 'documents.batches', { kind: 'claims' });
  const printId = batches.find((b) => b.id === batchId)?.printDocumentId;
  expect(printId).toBeTruthy();
  const file = await call<DocumentFile>(core, 'documents.file', { documentId: printId });
  printPath = file.savedPath;
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

/** Where each letter starts in a print file: its number «Исх. № b-n» is on its first page. */
function letterStarts(file: string, batch: number): Map<number, number> {
  const starts = new Map<number, number>();
  for (let page = 1; page <= pdfPages(file); page++) {
    const m = new RegExp(`Исх\\. № ${batch}-(\\d+) от`).exec(plain(pdfText(file, { first: page, last: page })));
    if (m) starts.set(Number(m[1]), page);
  }
  return starts;
}

describe('claim batch of one bracket', () => {
  it('prints each letter with its attachments in delivery order: building → entrance → apartment', () => {
    const all = letters();
    expect(all.length).toBeGreaterThan(0);
    const copies = core.ctx.sqlite
      .prepare(`SELECT sum(pages) FROM generated_documents WHERE batch_id = ? AND kind = 'claim'`)
      .pluck()
      .get(batchId) as number;
    expect(pdfPages(printPath)).toBe(copies);
    const starts = letterStarts(printPath, batchId);
    expect([...starts.keys()]).toEqual(all.map((l) => l.position));
    const key = (l: Letter) =>
      [(l.buildingAddress ?? '').toLowerCase(), l.entrance ?? 0, Number.parseInt(l.apartment ?? '0', 10)] as const;
    for (let i = 1; i < all.length; i++) {
      const [ab, ae, aa] = key(all[i - 1] as Letter);
      const [bb, be, ba] = key(all[i] as Letter);
      const ordered = ab < bb || (ab === bb && (ae < be || (ae === be && aa <= ba)));
      expect(ordered, `${(all[i - 1] as Letter).address} перед ${(all[i] as Letter).address}`).toBe(true);
    }
  });

  it('reads back as a claim: dative name, address, the letter’s amounts adding up, total in figures and words, term, payee', () => {
    const first = letters()[0] as Letter;
    const starts = letterStarts(printPath, batchId);
    const from = starts.get(first.position) as number;
    const text = pdfText(printPath, { first: from, last: from + 1 });
    const oneLine = text.replace(/\s+/g, ' ');
    expect(oneLine).toContain('ПРЕТЕНЗИЯ');
    expect(oneLine).toContain(dative(first.recipientName));
    expect(oneLine).not.toContain(first.recipientName); // the nominative form is on the envelope list, not in the letter

    // Label and figure stand on one line of the page (layout mode keeps lines as printed).
    const layout = plain(pdfText(printPath, { first: from, last: from, layout: true })).split('\n');
    const figure = (label: RegExp): number => {
      const line = layout.find((l) => label.test(l)) as string;
      expect(line, String(label)).toBeDefined();
      const m = /(\d{1,3}(?: \d{3})*) руб\. (\d\d) коп\.\s*$/.exec(line) as RegExpExecArray;
      return Number((m[1] as string).replace(/ /g, '')) * 100 + Number(m[2]);
    };
    const debt = figure(/^(Основной долг|Ваша часть основного долга)/);
    const penalty = figure(/^(Пени \(ч\. 14|Ваша часть пени)/);
    expect(figure(/^Всего к оплате/)).toBe(first.totalKopecks);
    expect(debt + penalty).toBe(first.totalKopecks);
    // The reference itself, against sums a lawyer spelled out.
    expect(wordsReference(123_456)).toBe('Одна тысяча двести тридцать четыре рубля 56 копеек');
    expect(wordsReference(2_101_101)).toBe('Двадцать одна тысяча одиннадцать рублей 01 копейка');
    expect(wordsReference(200_000_002)).toBe('Два миллиона рублей 02 копейки');
    expect(figuresReference(123_456_789)).toBe('1 234 567 руб. 89 коп.');
    expect(oneLine).toContain(`(${wordsReference(first.totalKopecks)})`);
    expect(oneLine).toContain(`оплатить ${figuresReference(first.totalKopecks)}`);
    // Every letter of the print file carries its own total in words.
    const whole = plain(pdfText(printPath)).replace(/\s+/g, ' ');
    for (const l of letters()) expect(whole).toContain(`(${wordsReference(l.totalKopecks)})`);
    expect(oneLine).toContain('в течение 10 дней со дня получения настоящей претензии'); // document rule claim_payment_days
    expect(oneLine).toContain('вправе обратиться в суд');
    const company = core.ctx.sqlite
      .prepare(
        'SELECT c.name, c.settlement_account AS acc, c.bik FROM accounts a JOIN management_companies c ON c.id = a.management_company_id WHERE a.id = ?',
      )
      .get(first.accountId) as { name: string; acc: string; bik: string };
    expect(oneLine).toContain(company.acc);
    expect(oneLine).toContain(company.bik);
  }, 180_000);

  it('has a payment QR code that decodes from the rendered page to the ГОСТ Р 56042 string', () => {
    const all = letters();
    const first = all[0] as Letter;
    const from = letterStarts(printPath, batchId).get(first.position) as number;
    const payPage = [from, from + 1].find((p) =>
      plain(pdfText(printPath, { first: p, last: p })).includes(
        `Реквизиты для оплаты по претензии № ${batchId}-${first.position}`,
      ),
    ) as number;
    const image = pageImage(printPath, payPage);
    const found = jsQR(image.data, image.width, image.height);
    expect(found, `QR не найден на ${image.pngPath}`).not.toBeNull();
    const payload = Buffer.from(found?.binaryData ?? []).toString('utf8');
    const fields = payload.split('|');
    expect(fields[0]).toBe('ST00012');
    expect(fields.slice(1).map((f) => f.split('=')[0])).toEqual([
      'Name',
      'PersonalAcc',
      'BankName',
      'BIC',
      'CorrespAcc',
      'PayeeINN',
      'Sum',
      'Purpose',
      'PersAcc',
    ]);
    const value = (k: string) => fields.find((f) => f.startsWith(`${k}=`))?.slice(k.length + 1);
    const c = core.ctx.sqlite
      .prepare(
        `SELECT c.name, c.inn, c.bik, c.settlement_account AS acc, c.correspondent_account AS corr, c.bank_name AS bank, a.number
           FROM accounts a JOIN management_companies c ON c.id = a.management_company_id WHERE a.id = ?`,
      )
      .get(first.accountId) as {
      name: string;
      inn: string;
      bik: string;
      acc: string;
      corr: string;
      bank: string;
      number: string;
    };
    expect(value('Name')).toBe(c.name);
    expect(value('PersonalAcc')).toBe(c.acc);
    expect(value('BankName')).toBe(c.bank);
    expect(value('BIC')).toBe(c.bik);
    expect(value('CorrespAcc')).toBe(c.corr);
    expect(value('PayeeINN')).toBe(c.inn);
    expect(value('Sum')).toBe(String(first.totalKopecks));
    expect(value('PersAcc')).toBe(c.number);
    expect(value('Purpose')).toContain(c.number);
    fs.rmSync(image.pngPath, { force: true });
  });

  it('keeps a copy per account, registered with kind, template version, hash, who and when', () => {
    const docs = core.ctx.sqlite
      .prepare(
        `SELECT account_id AS accountId, file_path AS filePath, sha256, template_version AS tv, user_name AS userName, created_at_ms AS at, pages FROM generated_documents WHERE batch_id = ? AND kind = 'claim'`,
      )
      .all(batchId) as Array<{
      accountId: number;
      filePath: string;
      sha256: string;
      tv: string;
      userName: string;
      at: number;
      pages: number;
    }>;
    const accounts = new Set(letters().map((l) => l.accountId));
    expect(docs.length).toBe(accounts.size);
    for (const d of docs) {
      const bytes = fs.readFileSync(path.join(core.ctx.dataDir, d.filePath));
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(d.sha256);
      expect(d.tv).toBe('claim-2');
      expect(pdfPages(path.join(core.ctx.dataDir, d.filePath))).toBe(d.pages);
      expect(d.userName).toBe('Проверка (начальник отдела)');
      expect(d.at).toBe(NOW);
    }
    // Each letter of the copy is there, once.
    const one = docs[0] as (typeof docs)[number];
    const copyLetters = letters().filter((l) => l.accountId === one.accountId);
    const copyText = plain(pdfText(path.join(core.ctx.dataDir, one.filePath)));
    for (const l of copyLetters) expect(copyText.split(`Исх. № ${batchId}-${l.position} от`).length - 1).toBe(1);
  });

  it('journals each account’s claim as measure 5 and keeps the cooldown', async () => {
    const journaled = core.ctx.sqlite
      .prepare(
        `SELECT count(*) AS n FROM actions WHERE measure = 5 AND kind = 'claim.issued' AND json_extract(details_json, '$.batchId') = ?`,
      )
      .get(batchId) as { n: number };
    expect(journaled.n).toBe(new Set(letters().map((l) => l.accountId)).size);
    const again = await call<ClaimPreview>(core, 'claims.preview', { bracket });
    expect(again.accounts).toBe(0);
    expect(again.excluded.filter((e) => e.kind === 'cooldown')).toHaveLength(journaled.n);
    expect(plain(again.excluded.find((e) => e.kind === 'cooldown')?.reason ?? '')).toBe(
      'претензия уже направлена 26.11.2026; повторная — не ранее 26.12.2026',
    );
    const refused = await core.dispatch('claims.start', { bracket }, sessionFor(core, 'claims.start'));
    expect(refused.ok).toBe(false);
  });

  it('stops between chunks when cancelled and still joins what was made', async () => {
    const sqlite = core.ctx.sqlite;
    // The same group again, the cooldown set to 0 for this test (a document rule an administrator may change).
    sqlite.exec(
      `INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES ('claim_cooldown_days', '2026-11-01', 0, 'тест: без перерыва');`,
    );
    let created: ReturnType<typeof createClaimBatch>;
    try {
      created = createClaimBatch(
        sqlite,
        { bracket, companyId: null, asOfDate: TODAY, issuedDate: TODAY, limit: 4 },
        { userId: null, name: 'тест' },
        NOW,
      );
    } finally {
      sqlite.exec(`DELETE FROM document_rules WHERE key = 'claim_cooldown_days' AND valid_from_date = '2026-11-01'`);
    }
    const progress: string[] = [];
    const summary = await runClaimBatch(
      {
        sqlite,
        dataDir: core.ctx.dataDir,
        by: { userId: null, name: 'тест' },
        nowMs: NOW,
        onProgress: (stage) => {
          progress.push(stage);
          // The clerk presses «Отменить» while the first chunk is being written.
          if (progress.length === 1)
            sqlite.prepare('UPDATE document_batches SET cancel_requested = 1 WHERE id = ?').run(created.batchId);
        },
      },
      created.batchId,
      { chunkAccounts: 2, threads: 1 },
    );
    const batch = sqlite
      .prepare('SELECT status, done_items AS done, total_items AS total FROM document_batches WHERE id = ?')
      .get(created.batchId) as { status: string; done: number; total: number };
    expect(batch).toEqual({ status: 'cancelled', done: 2, total: 4 });
    expect(summary).toMatch(/^Отменено: подготовлены претензии по 2 из 4 л\/с/);
  });

  it('renders chunks on two threads, each replaced after one chunk, and still writes letters, pages and numbers in print order', async () => {
    const sqlite = core.ctx.sqlite;
    sqlite.exec(
      `INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES ('claim_cooldown_days', '2026-11-01', 0, 'тест: без перерыва');`,
    );
    let created: ReturnType<typeof createClaimBatch>;
    try {
      created = createClaimBatch(
        sqlite,
        { bracket, companyId: null, asOfDate: TODAY, issuedDate: TODAY, limit: 9 },
        { userId: null, name: 'тест' },
        NOW + 1,
      );
      await runClaimBatch(
        { sqlite, dataDir: core.ctx.dataDir, by: { userId: null, name: 'тест' }, nowMs: NOW + 1, onProgress: () => {} },
        created.batchId,
        { chunkAccounts: 2, threads: 2, rendersPerThread: 1 },
      );
    } finally {
      sqlite.exec(`DELETE FROM document_rules WHERE key = 'claim_cooldown_days' AND valid_from_date = '2026-11-01'`);
    }
    const items = sqlite
      .prepare(
        'SELECT m.position, m.recipient_name AS name, a.number FROM mail_items m JOIN accounts a ON a.id = m.account_id WHERE m.batch_id = ? ORDER BY m.position',
      )
      .all(created.batchId) as Array<{ position: number; name: string; number: string }>;
    const file = path.join(
      core.ctx.dataDir,
      sqlite
        .prepare(`SELECT file_path FROM generated_documents WHERE batch_id = ? AND kind = 'claims_print'`)
        .pluck()
        .get(created.batchId) as string,
    );
    const starts = letterStarts(file, created.batchId);
    expect([...starts.keys()]).toEqual(items.map((i) => i.position));
    expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n + 1));
    // The batch took the same accounts in the same order as the first one (its first 9).
    const firstBatch = [...new Set(letters().map((l) => l.accountId))].slice(0, 9);
    expect([
      ...new Set(
        sqlite
          .prepare('SELECT account_id FROM mail_items WHERE batch_id = ? ORDER BY position')
          .pluck()
          .all(created.batchId) as number[],
      ),
    ]).toEqual(firstBatch);
    items.forEach((item) => {
      const from = starts.get(item.position) as number;
      const page = plain(pdfText(file, { first: from, last: from + 1 })).replace(/\s+/g, ' ');
      expect(page).toContain(`№ ${created.batchId}-${item.position} от 26.11.2026`);
      expect(page).toContain(`л/с ${item.number}`);
      expect(page).toContain(dative(item.name));
    });
  }, 240_000);
});
