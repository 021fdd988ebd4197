/**
 * The gate of measure 8 in the core: «Ограничено» only by a recorded act of restriction, and that act is refused
 * without a delivered warning (RESTRICTION.NO_DELIVERED_WARNING) and on or before the warning term's last day
 * (RESTRICTION.TIMER_RUNNING), accepted the day after; a file that is not a photo or a PDF refuses the act whole
 * (RESTRICTION.BAD_FILE) and nothing is saved. The world: test/restriction/orders-world.ts (delivered 23.11.2026,
 * the term's last day 13.12.2026).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCore, callCoreError } from '../support/api-calls';
import { pdfText } from '../claims/documents-district';
import type { ActRecorded, ActRow } from '../../shared/api/contract-restriction-orders';
import { sha256 } from '../../electron/core/documents/document-files';
import { closeOrdersWorld, FAKE_JPG, ordersWorld, PDF_BYTES, PNG_BYTES, type OrdersWorld } from './orders-world';

let w: OrdersWorld;
const status = (caseId: number) =>
  (w.core.ctx.sqlite.prepare('SELECT status FROM restriction_cases WHERE id = ?').get(caseId) as { status: string })
    .status;
const actsCount = () =>
  (w.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM restriction_acts').get() as { n: number }).n;
const act = (caseId: number, actDate: string, uploadIds: string[] = []) => ({
  caseId,
  kind: 'restriction',
  actDate,
  actTime: '10:30',
  method: 'заглушка на выпуске канализации',
  present: 'слесарь Петров И. И., представитель УК Сидорова А. А.',
  readings: 'ХВС 123,4 м³',
  uploadIds,
});

beforeAll(async () => {
  w = await ordersWorld();
});
afterAll(async () => {
  await closeOrdersWorld(w);
});

describe('act of restriction: the gate', () => {
  it('refuses an act without a delivered warning', async () => {
    const e = await callCoreError(w.core, 'restrictionOrders.recordAct', act(w.cases.a4, '2026-12-06'));
    expect(e.code).toBe('RESTRICTION.NO_DELIVERED_WARNING');
    expect(status(w.cases.a4)).toBe('warned');
  });

  it('refuses before the term ended: on 06.12 and on its last day 13.12.2026', async () => {
    const e1 = await callCoreError(w.core, 'restrictionOrders.recordAct', act(w.cases.a1, '2026-12-06'));
    expect(e1.code).toBe('RESTRICTION.TIMER_RUNNING');
    expect(e1.message).toContain('13.12.2026');
    w.setDay('2026-12-13');
    const e2 = await callCoreError(w.core, 'restrictionOrders.recordAct', act(w.cases.a1, '2026-12-13'));
    expect(e2.code).toBe('RESTRICTION.TIMER_RUNNING');
    // An act dated after the term but on a day still to come is refused too.
    const e3 = await callCoreError(w.core, 'restrictionOrders.recordAct', act(w.cases.a1, '2026-12-14'));
    expect(e3.code).toBe('VALIDATION');
    expect(actsCount()).toBe(0);
    expect(status(w.cases.a1)).toBe('delivered');
  });

  it('refuses a file that is not a photo or a PDF, whatever its name, and saves nothing', async () => {
    w.setDay('2026-12-14');
    const good = await w.upload('фото-1.png', PNG_BYTES);
    const bad = await w.upload('фото-2.jpg', FAKE_JPG);
    const e = await callCoreError(w.core, 'restrictionOrders.recordAct', act(w.cases.a1, '2026-12-14', [good, bad]));
    expect(e.code).toBe('RESTRICTION.BAD_FILE');
    expect(e.message).toContain('фото-2.jpg');
    expect(actsCount()).toBe(0);
    expect(status(w.cases.a1)).toBe('delivered');
    expect(fs.existsSync(path.join(w.core.ctx.dataDir, 'restriction-acts'))).toBe(false);
  });

  it('accepts the act the day after the term: restricted on the act day, cost from the dated rule, files kept', async () => {
    // The administrator set the restriction cost: 1 500,00 from 01.01.2026.
    w.core.ctx.sqlite
      .prepare(
        `INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms)
         VALUES ('restriction.cost_restriction_kopecks', '2026-01-01', 150000, 'договор с исполнителем', 'тест', 0)`,
      )
      .run();
    const photo = await w.upload('фото-1.png', PNG_BYTES);
    const scan = await w.upload('акт-скан.pdf', PDF_BYTES);
    const done = await callCore<ActRecorded>(
      w.core,
      'restrictionOrders.recordAct',
      act(w.cases.a1, '2026-12-14', [photo, scan]),
    );
    expect(done.status).toBe('restricted');
    expect(done.costKopecks).toBe(150000);
    expect(done.files.map((f) => [f.fileName, f.sizeBytes, f.sha256])).toEqual([
      ['фото-1.png', PNG_BYTES.length, sha256(PNG_BYTES)],
      ['акт-скан.pdf', PDF_BYTES.length, sha256(PDF_BYTES)],
    ]);
    const row = w.core.ctx.sqlite
      .prepare(
        'SELECT status, restricted_date AS d, restriction_cost_kopecks AS cost FROM restriction_cases WHERE id = ?',
      )
      .get(w.cases.a1);
    expect(row).toEqual({ status: 'restricted', d: '2026-12-14', cost: 150000 });
    const stored = path.join(w.core.ctx.dataDir, 'restriction-acts', String(w.cases.a1), `act-${done.actId}-1.png`);
    expect(fs.readFileSync(stored).equals(PNG_BYTES)).toBe(true);
    // The uploads were taken in: nothing left in incoming/.
    expect(fs.readdirSync(path.join(w.core.ctx.dataDir, 'incoming'))).not.toContain(photo);
    const journal = w.core.ctx.sqlite
      .prepare(`SELECT account_id AS a, measure, summary FROM actions WHERE kind = 'restriction.restricted'`)
      .all() as Array<{ a: number; measure: number; summary: string }>;
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ a: w.acc.a1, measure: 8 });
    expect(journal[0]?.summary).toContain('7200000001');
    // The act printed for signatures.
    const doc = w.core.ctx.sqlite
      .prepare('SELECT file_path AS f FROM generated_documents WHERE id = ?')
      .get(done.documentId) as { f: string };
    const text = pdfText(path.join(w.core.ctx.dataDir, doc.f)).replace(/\s+/g, ' ');
    expect(text).toContain('Акт об ограничении (приостановлении) предоставления коммунальной услуги');
    expect(text).toContain('г. Красногорск, ул. Лесная, д. 4, кв. 12');
    expect(text).toContain('14.12.2026, 10:30');
    expect(text).toContain('1 500,00 руб.');
    expect(text).toContain('Приложено файлов: 2');
    // The files and the download.
    const listed = await callCore<{ acts: ActRow[] }>(w.core, 'restrictionOrders.actFiles', { caseId: w.cases.a1 });
    expect(listed.acts).toHaveLength(1);
    const fileId = listed.acts[0]?.files[1]?.id as number;
    const file = await callCore<{ fileName: string; base64: string }>(w.core, 'restrictionOrders.actFile', { fileId });
    expect(Buffer.from(file.base64, 'base64').equals(PDF_BYTES)).toBe(true);
    if (process.env.ORDERS_PNG_DIR)
      fs.copyFileSync(path.join(w.core.ctx.dataDir, doc.f), path.join(process.env.ORDERS_PNG_DIR, 'act.pdf'));
  });

  it('has no other way to «restricted»: a second act of restriction and closing are refused', async () => {
    const again = await callCoreError(w.core, 'restrictionOrders.recordAct', act(w.cases.a1, '2026-12-14'));
    expect(again.code).toBe('RESTRICTION.BAD_STEP');
    const close = await callCoreError(w.core, 'restrictionOrders.closeCase', {
      caseId: w.cases.a1,
      reason: 'попробуем закрыть',
    });
    expect(close.code).toBe('RESTRICTION.BAD_STEP');
    // A restoration act for a case never restricted: no act of restriction.
    const none = await callCoreError(w.core, 'restrictionOrders.recordAct', {
      ...act(w.cases.a3, '2026-12-14'),
      kind: 'restoration',
    });
    expect(none.code).toBe('RESTRICTION.NO_ACT');
  });
});
