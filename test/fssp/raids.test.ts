/**
 * @file Joint raids (measure 11) through the API on a small world of hand-made proceedings (raids-fixture.ts):
 * the candidates largest first and grouped by building in route order, the raid with its route order and debt
 * snapshot, the route sheet PDF read back (addresses, flats, ИП numbers and sums — and no debtors' names, phones
 * or birth dates), the outcomes with their validation, the promise that becomes an open promise to pay, the journal
 * and the summary. Every expected number is the fixture's arithmetic by hand.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callCore, callCoreError } from '../support/api-calls';
import type {
  RaidCandidatesResult,
  RaidRouteSheetResult,
  RaidSummary,
  RaidView,
  RaidListResult,
} from '../../shared/api/contract-fssp-raids';
import { readAccountFacts } from '../../electron/core/rules/account-facts';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { factValues } from '../../shared/rules/eligibility/facts';
import { DEBTOR_NAMES, raidWorld, type RaidWorld } from './raids-fixture';

let w: RaidWorld;
beforeEach(() => {
  w = raidWorld();
});
afterEach(() => w.core.close());

const plain = (s: string): string => s.replace(/[\u00a0\u202f\s]+/g, ' ');
const rows = <T>(sql: string, ...args: unknown[]): T[] => w.core.ctx.sqlite.prepare(sql).all(...args) as T[];

async function plan(accountIds: number[], raidDate = '2026-12-10'): Promise<RaidView> {
  return callCore<RaidView>(w.core, 'raids.create', {
    raidDate,
    team: 'СПИ Петров А.А., специалист Белова О.В.',
    departmentId: w.dept1,
    accountIds,
  });
}

describe('raids.candidates', () => {
  it('lists debtors with open proceedings, largest first, grouped by building in route order', async () => {
    const c = await callCore<RaidCandidatesResult>(w.core, 'raids.candidates', {});
    // Мира 10 (85 000,00) first; Ленина 3 and Ленина 5 both have 40 000,00 at most: by street, then house 3 before 5.
    expect(c.buildings.map((b) => b.address)).toEqual([
      'г. Красногорск, ул. Мира, д. 10',
      'г. Красногорск, ул. Ленина, д. 3',
      'г. Красногорск, ул. Ленина, д. 5',
    ]);
    expect(c.buildings.map((b) => b.maxDebtKopecks)).toEqual([8_500_000, 4_000_000, 4_000_000]);
    // Within Ленина 5: entrance 1 (кв. 3, кв. 12), then entrance 2 (кв. 40); кв. 8 is paid off in the proceedings.
    expect(c.buildings[2]!.flats.map((f) => [f.apartment, f.entrance, f.debtKopecks])).toEqual([
      ['3', 1, 1_200_000],
      ['12', 1, 4_000_000],
      ['40', 2, 2_500_000],
    ]);
    const mira = c.buildings[0]!.flats;
    expect(mira.map((f) => f.apartment)).toEqual(['7']); // кв. 2: proceedings ended
    expect(mira[0]!.proceedings.map((p) => [p.number, p.balanceKopecks])).toEqual([
      ['1001/26/50001-ИП', 8_000_000],
      ['1002/26/50001-ИП', 500_000],
    ]);
    expect(c.count).toBe(5);
    // 85 000 + 40 000 + 12 000 + 40 000 + 25 000 = 202 000,00 ₽
    expect(c.totalKopecks).toBe(20_200_000);
    expect(c.debtBasis).toMatch(/остаток по открытым исполнительным производствам/);
  });

  it('filters by department (the building map first, else the proceedings), limits to the largest, leaves out the planned', async () => {
    const d1 = await callCore<RaidCandidatesResult>(w.core, 'raids.candidates', { departmentId: w.dept1 });
    expect(d1.buildings.map((b) => b.address)).toEqual([
      'г. Красногорск, ул. Мира, д. 10',
      'г. Красногорск, ул. Ленина, д. 5',
    ]);
    const d2 = await callCore<RaidCandidatesResult>(w.core, 'raids.candidates', { departmentId: w.dept2 });
    expect(d2.buildings.map((b) => b.address)).toEqual(['г. Красногорск, ул. Ленина, д. 3']);

    const top = await callCore<RaidCandidatesResult>(w.core, 'raids.candidates', { limit: 1 });
    expect(top.buildings.flatMap((b) => b.flats.map((f) => f.accountId))).toEqual([w.acc.mira7]);
    expect(top.leftOut).toBe(4);

    await plan([w.acc.mira7, w.acc.lenina5_3]);
    const same = await callCore<RaidCandidatesResult>(w.core, 'raids.candidates', { raidDate: '2026-12-10' });
    expect(same.buildings.flatMap((b) => b.flats.map((f) => f.accountId))).toEqual([
      w.acc.lenina3_1,
      w.acc.lenina5_12,
      w.acc.lenina5_40,
    ]);
    expect(same.alreadyPlanned).toBe(2);
    const other = await callCore<RaidCandidatesResult>(w.core, 'raids.candidates', { raidDate: '2026-12-11' });
    expect(other.count).toBe(5);
  });
});

describe('raids.create', () => {
  it('stores the route order and the debt snapshot, journals once', async () => {
    const raid = await plan([w.acc.lenina5_40, w.acc.lenina5_12, w.acc.mira7, w.acc.lenina5_3, w.acc.lenina3_1]);
    expect(raid.addresses.map((a) => [a.routeOrder, a.apartment, a.debtKopecks])).toEqual([
      [1, '7', 8_500_000],
      [2, '1', 4_000_000],
      [3, '3', 1_200_000],
      [4, '12', 4_000_000],
      [5, '40', 2_500_000],
    ]);
    expect(raid.addresses[0]!.proceedingNumbers).toEqual(['1001/26/50001-ИП', '1002/26/50001-ИП']);
    expect(raid.departmentName).toBe('Красногорский РОСП');
    const stored = rows<{ route_order: number; debt_kopecks: number; outcome: string | null }>(
      'SELECT route_order, debt_kopecks, outcome FROM raid_addresses WHERE raid_id = ? ORDER BY route_order',
      raid.id,
    );
    expect(stored.map((r) => r.debt_kopecks)).toEqual([8_500_000, 4_000_000, 1_200_000, 4_000_000, 2_500_000]);
    expect(stored.every((r) => r.outcome === null)).toBe(true);
    const journal = rows<{ measure: number; object_type: string; object_id: string; account_id: number | null }>(
      `SELECT measure, object_type, object_id, account_id FROM actions WHERE kind = 'fssp.raid_planned'`,
    );
    expect(journal).toEqual([{ measure: 11, object_type: 'raid', object_id: String(raid.id), account_id: null }]);

    const list = await callCore<RaidListResult>(w.core, 'raids.list', {});
    expect(list.raids.map((r) => [r.id, r.summary.addresses, r.summary.debtKopecks])).toEqual([
      [raid.id, 5, 20_200_000],
    ]);
    expect(list.departments.map((d) => d.name)).toEqual(['Красногорский РОСП', 'Нахабинский ОСП']);
  });

  it('refuses an account without open proceedings and one already in a raid that day', async () => {
    const none = await callCoreError(w.core, 'raids.create', {
      raidDate: '2026-12-10',
      team: 'СПИ Петров',
      accountIds: [w.acc.mira7, w.acc.sad1_5, w.acc.lenina5_8],
    });
    expect(none.code).toBe('VALIDATION');
    expect(none.message).toContain('770008'); // Садовая 1, кв. 5 — the 8th account
    expect(none.message).toContain('770007'); // Ленина 5, кв. 8 — collected in full
    expect(rows('SELECT id FROM raids')).toEqual([]);

    await plan([w.acc.mira7]);
    const twice = await callCoreError(w.core, 'raids.create', {
      raidDate: '2026-12-10',
      team: 'СПИ Петров',
      accountIds: [w.acc.mira7, w.acc.lenina5_3],
    });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toContain('770001');
  });
});

describe('raids.routeSheet', () => {
  it('prints addresses, flats, ИП numbers and sums — and no names, phones or birth dates', async () => {
    const raid = await plan([w.acc.mira7, w.acc.lenina3_1, w.acc.lenina5_12, w.acc.lenina5_3, w.acc.lenina5_40]);
    const sheet = await callCore<RaidRouteSheetResult>(w.core, 'raids.routeSheet', { raidId: raid.id });
    expect(sheet.pages).toBeGreaterThanOrEqual(1);
    const file = path.join(w.dataDir, sheet.filePath);
    const doc = rows<{ kind: string; id: number }>(
      'SELECT kind, id FROM generated_documents WHERE id = ?',
      sheet.documentId,
    );
    expect(doc).toEqual([{ kind: 'fssp_raid_route', id: sheet.documentId }]);
    expect(rows<{ d: number }>('SELECT route_document_id AS d FROM raids WHERE id = ?', raid.id)[0]!.d).toBe(
      sheet.documentId,
    );

    const text = plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Маршрутный лист совместного рейда');
    expect(text).toContain('10.12.2026');
    expect(text).toContain('СПИ Петров А.А., специалист Белова О.В.');
    expect(text).toContain('Красногорский РОСП');
    for (const a of ['ул. Мира, д. 10', 'ул. Ленина, д. 3', 'ул. Ленина, д. 5']) expect(text).toContain(a);
    for (const n of [
      '1001/26/50001-ИП',
      '1002/26/50001-ИП',
      '2001/26/50002-ИП',
      '1004/26/50001-ИП',
      '1005/26/50001-ИП',
      '1006/26/50001-ИП',
    ])
      expect(text).toContain(n);
    for (const sum of ['85 000,00', '40 000,00', '12 000,00', '25 000,00', '202 000,00']) expect(text).toContain(sum);
    // The buildings in route order.
    expect(text.indexOf('ул. Мира, д. 10')).toBeLessThan(text.indexOf('ул. Ленина, д. 3'));
    expect(text.indexOf('ул. Ленина, д. 3')).toBeLessThan(text.indexOf('ул. Ленина, д. 5'));
    expect(text).toContain('Персональные данные должников в маршрутном листе не указываются');
    for (const name of DEBTOR_NAMES) expect(text).not.toContain(name);
    expect(text).not.toMatch(/15\.01\.1970|12\.04\.1975|\+7916/);
    // The sheet is kept: asked again, the same document.
    const again = await callCore<RaidRouteSheetResult>(w.core, 'raids.routeSheet', { raidId: raid.id });
    expect(again.documentId).toBe(sheet.documentId);

    // One page as a picture, to look at (kept beside the PDF).
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', file, path.join(w.dataDir, 'route-page')]);
    const png = fs.readdirSync(w.dataDir).find((f) => f.startsWith('route-page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    if (process.env.RAID_PNG_OUT) fs.copyFileSync(path.join(w.dataDir, png!), process.env.RAID_PNG_OUT);
  });
});

describe('raids.recordOutcome', () => {
  it('refuses a paid outcome without a sum and a promise dated before the raid', async () => {
    const raid = await plan([w.acc.mira7, w.acc.lenina5_12]);
    const paid = await callCoreError(w.core, 'raids.recordOutcome', {
      raidId: raid.id,
      accountId: w.acc.mira7,
      outcome: 'paid',
    });
    expect(paid.code).toBe('VALIDATION');
    expect(paid.message).toContain('сумму, оплаченную на месте');
    const zero = await callCoreError(w.core, 'raids.recordOutcome', {
      raidId: raid.id,
      accountId: w.acc.mira7,
      outcome: 'paid',
      paidKopecks: 0,
    });
    expect(zero.code).toBe('VALIDATION');
    const noDate = await callCoreError(w.core, 'raids.recordOutcome', {
      raidId: raid.id,
      accountId: w.acc.mira7,
      outcome: 'promise',
    });
    expect(noDate.code).toBe('VALIDATION');
    const early = await callCoreError(w.core, 'raids.recordOutcome', {
      raidId: raid.id,
      accountId: w.acc.mira7,
      outcome: 'promise',
      promiseDate: '2026-12-09',
    });
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toContain('раньше дня рейда (10.12.2026)');
    const stranger = await callCoreError(w.core, 'raids.recordOutcome', {
      raidId: raid.id,
      accountId: w.acc.lenina5_3,
      outcome: 'refused',
    });
    expect(stranger.code).toBe('NOT_FOUND');
    expect(rows(`SELECT id FROM actions WHERE kind = 'fssp.raid_visit'`)).toEqual([]);
  });

  it('journals each visit with the account, makes a promise a real open promise, replaces on re-record, sums up', async () => {
    const raid = await plan([w.acc.mira7, w.acc.lenina3_1, w.acc.lenina5_12, w.acc.lenina5_3, w.acc.lenina5_40]);
    const record = (accountId: number, outcome: string, extra: object = {}) =>
      callCore<{ raid: RaidView; promiseId: number | null }>(w.core, 'raids.recordOutcome', {
        raidId: raid.id,
        accountId,
        outcome,
        ...extra,
      });
    await record(w.acc.mira7, 'paid', { paidKopecks: 1_500_000 });
    const promise = await record(w.acc.lenina5_12, 'promise', {
      promiseDate: '2026-12-25',
      note: 'обещал после зарплаты',
    });
    expect(promise.promiseId).not.toBeNull();
    await record(w.acc.lenina5_3, 'no_access');
    await record(w.acc.lenina5_40, 'promise', { promiseDate: '2026-12-20', promiseKopecks: 500_000 });

    // The promise is an open payment promise the rule book sees (promisePending until the promised date).
    const promises = rows<{
      account_id: number;
      promised_date: string;
      amount_kopecks: number;
      status: string;
      made_date: string;
    }>('SELECT account_id, promised_date, amount_kopecks, status, made_date FROM payment_promises ORDER BY id');
    expect(promises).toEqual([
      // No sum named: the address's debt, 40 000,00 ₽.
      {
        account_id: w.acc.lenina5_12,
        promised_date: '2026-12-25',
        amount_kopecks: 4_000_000,
        status: 'open',
        made_date: '2026-12-10',
      },
      {
        account_id: w.acc.lenina5_40,
        promised_date: '2026-12-20',
        amount_kopecks: 500_000,
        status: 'open',
        made_date: '2026-12-10',
      },
    ]);
    recomputeSummaries(w.core.ctx.sqlite, [w.acc.lenina5_12], w.core.ctx.clock());
    const facts = readAccountFacts(w.core.ctx.sqlite, w.acc.lenina5_12, '2026-12-06');
    expect(facts).not.toBeNull();
    expect(factValues(facts!, '2026-12-06').promisePending).toBe(true);

    // Re-recording replaces: the open promise goes, the journal keeps before and after.
    await record(w.acc.lenina5_40, 'arrested', { note: 'арестован телевизор' });
    expect(rows<{ account_id: number }>('SELECT account_id FROM payment_promises')).toEqual([
      { account_id: w.acc.lenina5_12 },
    ]);
    const visits = rows<{
      account_id: number;
      measure: number;
      object_id: string;
      before_json: string | null;
      after_json: string | null;
      action_date: string;
    }>(
      `SELECT account_id, measure, object_id, before_json, after_json, action_date FROM actions WHERE kind = 'fssp.raid_visit' ORDER BY id`,
    );
    expect(visits.map((v) => v.account_id)).toEqual([
      w.acc.mira7,
      w.acc.lenina5_12,
      w.acc.lenina5_3,
      w.acc.lenina5_40,
      w.acc.lenina5_40,
    ]);
    expect(visits.every((v) => v.measure === 11 && v.object_id === String(raid.id))).toBe(true);
    // The raid is ahead of today (06.12.2026): the visits count for the day they were recorded.
    expect(visits[0]!.action_date).toBe('2026-12-06');
    expect(visits[3]!.before_json).toBeNull();
    expect(JSON.parse(visits[4]!.before_json!)).toMatchObject({ outcome: 'promise', promiseDate: '2026-12-20' });
    expect(JSON.parse(visits[4]!.after_json!)).toMatchObject({
      outcome: 'arrested',
      promiseDate: null,
      note: 'арестован телевизор',
    });

    const summary = await callCore<RaidSummary>(w.core, 'raids.summary', { raidId: raid.id });
    expect(summary).toEqual({
      raidId: raid.id,
      addresses: 5,
      recorded: 4,
      pending: 1,
      counts: { no_access: 1, arrested: 1, paid: 1, promise: 1, refused: 0 },
      paidKopecks: 1_500_000,
      promisedKopecks: 4_000_000,
      debtKopecks: 20_200_000,
    });
    // A paid outcome does not touch the debt: the snapshot stays as planned.
    const got = await callCore<RaidView>(w.core, 'raids.get', { raidId: raid.id });
    expect(got.addresses[0]).toMatchObject({ outcome: 'paid', paidKopecks: 1_500_000, debtKopecks: 8_500_000 });
  });
});
