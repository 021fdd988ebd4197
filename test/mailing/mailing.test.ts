/**
 * Mailing files of a claim batch: form 103 (PDF read back) and the batch-mail upload CSV (windows-1251) hold the
 * same letters in the same order as the batch, with the same addressees and postal codes; the courier route
 * sheets list every letter of a building with a signature column; tracking numbers are imported with their
 * check digit verified (all or nothing); delivery outcomes are journaled on the account as measure 5.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import type { MailingExportResult, MailLetterView } from '../../shared/api/contract-documents';
import { trackingCheckDigit } from '../../shared/documents/mailing/tracking-number';
import { call, closeDocumentsCore, openDocumentsCore, pdfText, TODAY } from '../claims/documents-district';

let core: Core;
let batchId: number;
let exported: MailingExportResult;
let letters: MailLetterView[];

const fileOf = (kind: string) => path.join(core.ctx.dataDir, exported.files.find((f) => f.kind === kind)?.filePath ?? 'missing');

/** A valid ШПИ from a post office index and a serial (check digit by formats.md §2.3). */
function shpi(serial: number): string {
  const first13 = `14340085${String(serial).padStart(5, '0')}`;
  return `${first13}${trackingCheckDigit(first13)}`;
}

beforeAll(async () => {
  core = await openDocumentsCore(120);
  const bracket = (
    core.ctx.sqlite
      .prepare(`SELECT bracket FROM account_summaries WHERE debt_kopecks > 0 AND bracket NOT IN ('none', 'below_5k') GROUP BY bracket ORDER BY count(*) DESC LIMIT 1`)
      .get() as { bracket: string }
  ).bracket;
  const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket, limit: 12 });
  batchId = started.batchId;
  expect((await core.ctx.jobs.wait(started.jobId)).state).toBe('done');
  exported = await call<MailingExportResult>(core, 'mailing.export', { batchId });
  letters = await call<MailLetterView[]>(core, 'mailing.letters', { batchId });
}, 240_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('mailing files of a claim batch', () => {
  it('writes the upload CSV in windows-1251 with one row per letter, in the batch order', () => {
    const text = iconv.decode(fs.readFileSync(fileOf('form103_csv')), 'win1251');
    const rows = text.trim().split('\r\n').map((l) => l.split(';'));
    expect(rows[0]).toEqual(['order-num', 'recipient-name', 'index-to', 'address', 'mail-type', 'mail-category', 'mass', 'insr-value', 'payment', 'with-simple-notice', 'comment']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual(letters.map((l) => [l.orderNumber, l.recipientName, l.postalCode ?? '', l.address]));
    expect(rows.slice(1).every((r) => r[4] === 'LETTER' && r[5] === 'ORDERED' && r[6] === '20')).toBe(true);
    expect(exported.letters).toBe(letters.length);
    expect(exported.withoutPostalCode).toBe(letters.filter((l) => !l.postalCode).length);
  });

  it('prints form 103 with the same letters, numbered in the same order', () => {
    const text = pdfText(fileOf('form103_pdf')).replace(/\s+/g, ' ');
    expect(text).toContain(`СПИСОК № ${batchId} внутренних почтовых отправлений (ф. 103)`);
    let at = 0;
    for (const l of letters) {
      const i = text.indexOf(l.recipientName, at);
      expect(i, `${l.orderNumber} ${l.recipientName}`).toBeGreaterThanOrEqual(0);
      at = i;
      expect(text).toContain(`заказ ${l.orderNumber}`);
    }
    expect(text).toContain(`Всего отправлений: ${letters.length}; общая масса: ${letters.length * 20} г.`);
  });

  it('gives the courier a sheet per building with every letter and a signature column', () => {
    const text = pdfText(fileOf('route_sheet')).replace(/\s+/g, ' ');
    expect(text).toContain('Маршрутный лист курьера');
    expect(text).toContain('Подпись получателя');
    for (const l of letters) expect(text).toContain(l.recipientName);
  });

  it('imports tracking numbers with a valid check digit, and refuses a file with a bad one as a whole', async () => {
    const good = letters.map((l, i) => `${l.orderNumber};${shpi(i + 1)}`).join('\n');
    const bad = `заказ;ШПИ\n${letters[0]?.orderNumber};${shpi(1).slice(0, 13)}${(Number(shpi(1)[13]) + 1) % 10}\n${letters[1]?.orderNumber};${shpi(2)}`;
    const refused = await core.dispatch('mailing.importTracking', { batchId, text: bad });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Строка 2: .* не ШПИ/);
    expect((await call<MailLetterView[]>(core, 'mailing.letters', { batchId })).every((l) => l.trackingNumber === null)).toBe(true);
    expect(await call(core, 'mailing.importTracking', { batchId, text: `заказ;ШПИ\n${good}` })).toEqual({ updated: letters.length });
    const after = await call<MailLetterView[]>(core, 'mailing.letters', { batchId });
    expect(after.map((l) => l.trackingNumber)).toEqual(letters.map((_, i) => shpi(i + 1)));
  });

  it('journals delivery outcomes on the account as measure 5', async () => {
    const [a, b, c] = letters as [MailLetterView, MailLetterView, MailLetterView];
    await call(core, 'mailing.setOutcome', { mailItemId: a.id, outcome: 'delivered', date: TODAY });
    await call(core, 'mailing.setOutcome', { mailItemId: b.id, outcome: 'returned', date: TODAY });
    await call(core, 'mailing.setOutcome', { mailItemId: c.id, outcome: 'refused', date: TODAY });
    const after = await call<MailLetterView[]>(core, 'mailing.letters', { batchId });
    expect(after.slice(0, 3).map((l) => l.outcome)).toEqual(['delivered', 'returned', 'refused']);
    const journal = core.ctx.sqlite
      .prepare(`SELECT summary FROM actions WHERE measure = 5 AND kind = 'claim.delivery' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(journal).toHaveLength(3);
    expect(journal[0]).toMatch(/вручена 26\.11\.2026, ШПИ \d{14}/);
    expect(journal[2]).toMatch(/отказался/);
  });
});
