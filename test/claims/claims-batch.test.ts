/**
 * A claim batch of one bracket of the demo district, end to end through the API and the job worker: the print
 * file read back as text (Cyrillic, names in the dative, the debt statement, the engine's penalty, the total in
 * figures and words, the deadline, the payee), the QR code decoded from the rendered page image and compared
 * with the standard's field order and the sum in kopecks, print order, per-account copies with their hashes in
 * the registry, the journal (measure 5), the cooldown, and cancel between chunks.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { createClaimBatch, runClaimBatch } from '../../electron/core/claims/claim-batch';
import { penaltyInputForAccount } from '../../electron/core/penalty/account-penalty-input';
import { loadPenaltyTables } from '../../electron/core/penalty/penalty-tables-repo';
import type { ClaimPreview, DocumentBatchView, DocumentFile } from '../../shared/api/contract-documents';
import { dativeFullName } from '../../shared/documents/claim/dative-name';
import { rublesInWords } from '../../shared/documents/claim/money-words';
import { rublesKopecksText } from '../../shared/documents/money-text';
import { calculatePenalty } from '../../shared/rules/penalty/calculate-penalty';
import { call, closeDocumentsCore, NOW, openDocumentsCore, pageImage, pdfPages, pdfText, TODAY } from './documents-district';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

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
  // The bracket with the most debtors that still has co-owned flats, so several letters per account are tested.
  bracket = (
    core.ctx.sqlite
      .prepare(`SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`)
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

describe('claim batch of one bracket', () => {
  it('prints one page per addressee in delivery order: building → entrance → apartment', () => {
    const all = letters();
    expect(all.length).toBeGreaterThan(0);
    expect(pdfPages(printPath)).toBe(all.length);
    const key = (l: Letter) => [(l.buildingAddress ?? '').toLowerCase(), l.entrance ?? 0, Number.parseInt(l.apartment ?? '0', 10)] as const;
    for (let i = 1; i < all.length; i++) {
      const [ab, ae, aa] = key(all[i - 1] as Letter);
      const [bb, be, ba] = key(all[i] as Letter);
      const ordered = ab < bb || (ab === bb && (ae < be || (ae === be && aa <= ba)));
      expect(ordered, `${(all[i - 1] as Letter).address} перед ${(all[i] as Letter).address}`).toBe(true);
    }
  });

  it('reads back as a claim: dative name, address, statement, engine penalty, total in figures and words, deadline, payee', () => {
    const first = letters()[0] as Letter;
    const text = pdfText(printPath, { first: 1, last: 1 });
    const oneLine = text.replace(/\s+/g, ' ');
    expect(oneLine).toContain('ПРЕТЕНЗИЯ');
    expect(oneLine).toContain(dativeFullName(first.recipientName));
    expect(oneLine).not.toContain(first.recipientName); // the nominative form is on the envelope list, not in the letter
    expect(oneLine).toContain(first.address);

    const sqlite = core.ctx.sqlite;
    const penalty = calculatePenalty(penaltyInputForAccount(sqlite, first.accountId, TODAY), loadPenaltyTables(sqlite), { rateDateRule: 'payment-day' });
    const debt = (sqlite.prepare('SELECT debt_kopecks AS d FROM account_summaries WHERE account_id = ?').get(first.accountId) as { d: number }).d;
    expect(first.totalKopecks).toBe(debt + penalty.totalKopecks);
    // Label and figure stand on one line of the page (layout mode keeps lines as printed).
    const layout = pdfText(printPath, { first: 1, last: 1, layout: true });
    const onOneLine = (label: string, kopecks: number) =>
      expect(layout.split('\n').some((line) => line.includes(label) && line.trimEnd().endsWith(plain(rublesKopecksText(kopecks))))).toBe(true);
    onOneLine('Основной долг', debt);
    onOneLine('Пени (ч. 14, 14.1 ст. 155 ЖК РФ) на 26.11.2026', penalty.totalKopecks);
    onOneLine('Всего к оплате', first.totalKopecks);
    expect(oneLine).toContain(`(${rublesInWords(first.totalKopecks)})`);
    expect(oneLine).toContain(`в сумме ${plain(rublesKopecksText(first.totalKopecks))}`);
    expect(oneLine).toMatch(/в срок до 06\.12\.2026/); // 10 days (document rule claim_payment_days)
    expect(oneLine).toContain('Итого за период');
    expect(oneLine).toMatch(/судебном порядке/);
    const company = sqlite
      .prepare('SELECT c.name, c.settlement_account AS acc, c.bik FROM accounts a JOIN management_companies c ON c.id = a.management_company_id WHERE a.id = ?')
      .get(first.accountId) as { name: string; acc: string; bik: string };
    expect(oneLine).toContain(company.acc);
    expect(oneLine).toContain(company.bik);
  });

  it('has a payment QR code that decodes from the rendered page to the ГОСТ Р 56042 string', () => {
    const all = letters();
    const first = all[0] as Letter;
    const image = pageImage(printPath, 1);
    const found = jsQR(image.data, image.width, image.height);
    expect(found, `QR не найден на ${image.pngPath}`).not.toBeNull();
    const payload = Buffer.from(found?.binaryData ?? []).toString('utf8');
    const fields = payload.split('|');
    expect(fields[0]).toBe('ST00012');
    expect(fields.slice(1).map((f) => f.split('=')[0])).toEqual(['Name', 'PersonalAcc', 'BankName', 'BIC', 'CorrespAcc', 'PayeeINN', 'Sum', 'Purpose', 'PersAcc']);
    const value = (k: string) => fields.find((f) => f.startsWith(`${k}=`))?.slice(k.length + 1);
    const c = core.ctx.sqlite
      .prepare(
        `SELECT c.name, c.inn, c.bik, c.settlement_account AS acc, c.correspondent_account AS corr, c.bank_name AS bank, a.number
           FROM accounts a JOIN management_companies c ON c.id = a.management_company_id WHERE a.id = ?`,
      )
      .get(first.accountId) as { name: string; inn: string; bik: string; acc: string; corr: string; bank: string; number: string };
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
      .prepare(`SELECT account_id AS accountId, file_path AS filePath, sha256, template_version AS tv, user_name AS userName, created_at_ms AS at FROM generated_documents WHERE batch_id = ? AND kind = 'claim'`)
      .all(batchId) as Array<{ accountId: number; filePath: string; sha256: string; tv: string; userName: string; at: number }>;
    const accounts = new Set(letters().map((l) => l.accountId));
    expect(docs.length).toBe(accounts.size);
    for (const d of docs) {
      const bytes = fs.readFileSync(path.join(core.ctx.dataDir, d.filePath));
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(d.sha256);
      expect(d.tv).toBe('claim-1');
      expect(d.userName).toBe('Тестовый сотрудник');
      expect(d.at).toBe(NOW);
    }
    const one = docs[0] as (typeof docs)[number];
    const copyLetters = letters().filter((l) => l.accountId === one.accountId).length;
    expect(pdfPages(path.join(core.ctx.dataDir, one.filePath))).toBe(copyLetters);
  });

  it('journals each account’s claim as measure 5 and keeps the cooldown', async () => {
    const journaled = core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM actions WHERE measure = 5 AND kind = 'claim.issued'`).get() as { n: number };
    expect(journaled.n).toBe(new Set(letters().map((l) => l.accountId)).size);
    const again = await call<ClaimPreview>(core, 'claims.preview', { bracket });
    expect(again.accounts).toBe(0);
    expect(again.inCooldown).toBe(journaled.n);
    const refused = await core.dispatch('claims.start', { bracket });
    expect(refused.ok).toBe(false);
  });

  it('stops between chunks when cancelled and still joins what was made', async () => {
    const sqlite = core.ctx.sqlite;
    const other = (
      sqlite
        .prepare(`SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND bracket NOT IN ('none', ?) GROUP BY bracket HAVING count(*) >= 4 ORDER BY count(*) DESC LIMIT 1`)
        .get(bracket) as { bracket: string }
    ).bracket;
    const created = createClaimBatch(sqlite, { bracket: other, companyId: null, asOfDate: TODAY, issuedDate: TODAY, limit: 4 }, 'тест', NOW);
    const progress: string[] = [];
    const summary = await runClaimBatch(
      {
        sqlite,
        dataDir: core.ctx.dataDir,
        userName: 'тест',
        nowMs: NOW,
        onProgress: (stage) => {
          progress.push(stage);
          // The clerk presses «Отменить» while the first chunk is being written.
          if (progress.length === 1) sqlite.prepare('UPDATE document_batches SET cancel_requested = 1 WHERE id = ?').run(created.batchId);
        },
      },
      created.batchId,
      { chunkAccounts: 2, threads: 1 },
    );
    const batch = sqlite.prepare('SELECT status, done_items AS done, total_items AS total FROM document_batches WHERE id = ?').get(created.batchId) as { status: string; done: number; total: number };
    expect(batch).toEqual({ status: 'cancelled', done: 2, total: 4 });
    expect(summary).toMatch(/^Отменено: подготовлены претензии по 2 из 4 л\/с/);
  });

  it('renders chunks on two threads, each replaced after one chunk, and still writes letters, pages and numbers in print order', async () => {
    const sqlite = core.ctx.sqlite;
    sqlite.exec(`DELETE FROM document_rules WHERE key = 'claim_cooldown_days' AND valid_from_date = '2026-11-01';
      INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES ('claim_cooldown_days', '2026-11-01', 0, 'тест: без перерыва');`);
    const created = createClaimBatch(sqlite, { bracket, companyId: null, asOfDate: TODAY, issuedDate: TODAY, limit: 9 }, 'тест', NOW + 1);
    await runClaimBatch({ sqlite, dataDir: core.ctx.dataDir, userName: 'тест', nowMs: NOW + 1, onProgress: () => {} }, created.batchId, { chunkAccounts: 2, threads: 2, rendersPerThread: 1 });
    sqlite.exec(`DELETE FROM document_rules WHERE key = 'claim_cooldown_days' AND valid_from_date = '2026-11-01'`);
    const items = sqlite
      .prepare('SELECT m.position, m.recipient_name AS name, a.number FROM mail_items m JOIN accounts a ON a.id = m.account_id WHERE m.batch_id = ? ORDER BY m.position')
      .all(created.batchId) as Array<{ position: number; name: string; number: string }>;
    const file = path.join(core.ctx.dataDir, sqlite.prepare(`SELECT file_path FROM generated_documents WHERE batch_id = ? AND kind = 'claims_print'`).pluck().get(created.batchId) as string);
    expect(pdfPages(file)).toBe(items.length);
    expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n + 1));
    // The batch took the same accounts in the same order as the first one (its first 9).
    const firstBatch = [...new Set(letters().map((l) => l.accountId))].slice(0, 9);
    expect([...new Set(sqlite.prepare('SELECT account_id FROM mail_items WHERE batch_id = ? ORDER BY position').pluck().all(created.batchId) as number[])]).toEqual(firstBatch);
    items.forEach((item, n) => {
      const page = pdfText(file, { first: n + 1, last: n + 1 }).replace(/\s+/g, ' ');
      expect(page).toContain(`№ ${created.batchId}-${item.position} от 26.11.2026`);
      expect(page).toContain(`л/с ${item.number}`);
      expect(page).toContain(dativeFullName(item.name));
    });
  });
});
