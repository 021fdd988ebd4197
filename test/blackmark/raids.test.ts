/**
 * @file «Чёрная метка» raids and demonstrative disconnections (measure 7) through the API as a claims clerk, on the
 * hand-made district of blackmark-world.ts (its figures are worked there by hand): the candidates and why the others
 * are left out, the plan with its route order, the outcomes and their refusals, the promise that becomes an open
 * promise to pay, the journal (measure 7), the route sheet and visit cards read back (no names, no phones), the files
 * (a bad type refused), closing with the totals, cancelling.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import { pdfText } from '../claims/documents-district';
import type {
  BlackmarkCandidatesResult,
  BlackmarkDocumentResult,
  BlackmarkListResult,
  BlackmarkRaidView,
} from '../../shared/api/contract-blackmark';
import { at, openBlackmarkWorld, PERSONAL, type BlackmarkWorld } from './blackmark-world';

let w: BlackmarkWorld;
beforeEach(async () => {
  w = await openBlackmarkWorld();
});
afterEach(async () => {
  await w.close();
});

const clerk = <T>(method: string, input: unknown) => callCoreAs<T>(w.core, 'lapina', method, input, 'claims_clerk');
const refused = (method: string, input: unknown) => callCoreAsError(w.core, 'lapina', method, input, 'claims_clerk');
const plain = (s: string): string => s.replace(/[\u00a0\u202f\s]+/g, ' ');
const TEAM = 'специалист Белова О. В., представитель УК Петров А. А., корреспондент газеты';

async function plan(
  accountNumbers: string[],
  kind = 'black_mark',
  raidDate = '2026-12-08',
): Promise<BlackmarkRaidView> {
  return clerk<BlackmarkRaidView>('blackmark.create', {
    kind,
    raidDate,
    team: TEAM,
    accountIds: accountNumbers.map((n) => w.id(n)),
  });
}

describe('blackmark.candidates', () => {
  it('takes open debtors over 50 000 ₽ through the rule facts, in route order, and counts why the others are out', async () => {
    const c = await clerk<BlackmarkCandidatesResult>('blackmark.candidates', {
      kind: 'black_mark',
      raidDate: '2026-12-08',
    });
    // Кирова 5 before Кирова 12 (house numbers, not text), then Мира 10; Ленина 3 has nobody left.
    expect(c.buildings.map((b) => b.address)).toEqual([
      'г. Красногорск, ул. Кирова, д. 5',
      'г. Красногорск, ул. Кирова, д. 12',
      'г. Красногорск, ул. Мира, д. 10',
    ]);
    // Within Кирова 12: entrance 1 (кв. 3, кв. 12), then entrance 2 (кв. 40).
    expect(c.buildings[1]!.flats.map((f) => [f.apartment, f.entrance, f.debtKopecks])).toEqual([
      ['3', 1, 5_400_000],
      ['12', 1, 6_000_000],
      ['40', 2, 9_000_000],
    ]);
    expect(c.count).toBe(5);
    // 66 000 + 54 000 + 60 000 + 90 000 + 60 000 = 330 000,00 ₽
    expect(c.totalKopecks).toBe(33_000_000);
    // Paused (Ленина 3 кв. 7), visited 03.12 (кв. 1), agreement kept (кв. 2), blocked (Мира 10 кв. 9); кв. 5 is
    // below the minimum and never considered.
    expect(c.leftOut).toMatchObject({
      paused: 1,
      visited: 1,
      agreement: 1,
      blocked: 1,
      inPlannedRaid: 0,
      overLimit: 0,
    });
    const flat = c.buildings[0]!.flats[0]!;
    expect(flat.accountNumber).toBe('8200000010');
    expect(plain(flat.reasons[0]!)).toBe('долг 66 000,00 ₽ — не меньше 50 000,00 ₽; просрочка 6 мес.');
    expect(JSON.stringify(c)).not.toMatch(/Ковалёва|\+7916/);
  });

  it('narrows by building and by minimum; the visit of 03.12 no longer blocks a raid on 10.12', async () => {
    const kirova12 = w.sql<{ id: number }>(`SELECT id FROM buildings WHERE address LIKE '%Кирова, д. 12'`)[0]!.id;
    const c = await clerk<BlackmarkCandidatesResult>('blackmark.candidates', {
      kind: 'black_mark',
      raidDate: '2026-12-08',
      buildingIds: [kirova12],
      minDebtKopecks: 6_000_000,
    });
    expect(c.buildings.flatMap((b) => b.flats.map((f) => f.accountNumber))).toEqual(['8200000001', '8200000003']);
    // 03.12 + 7 days: a raid on 10.12 is in another week (10.12 − 6 = 04.12).
    const later = await clerk<BlackmarkCandidatesResult>('blackmark.candidates', {
      kind: 'black_mark',
      raidDate: '2026-12-10',
    });
    expect(later.leftOut.visited).toBe(0);
    expect(later.count).toBe(6);
  });

  it('a demonstrative disconnection takes only the account whose restriction warning term has ended', async () => {
    const c = await clerk<BlackmarkCandidatesResult>('blackmark.candidates', {
      kind: 'demonstrative',
      raidDate: '2026-12-08',
    });
    expect(c.buildings.flatMap((b) => b.flats.map((f) => f.accountNumber))).toEqual(['8200000009']);
    expect(c.leftOut.noRestriction).toBe(4);
    const reasons = plain(c.buildings[0]!.flats[0]!.reasons.join(' | '));
    expect(reasons).toContain('«Водоотведение»');
    expect(reasons).toContain('доставлено 02.11.2026, срок истёк 22.11.2026');
  });
});

describe('blackmark.create', () => {
  it('puts the chosen accounts on the route by building, journals once as measure 7', async () => {
    const raid = await plan(['8200000009', '8200000003', '8200000001', '8200000010', '8200000002']);
    expect(raid.status).toBe('planned');
    expect(
      raid.addresses.map((a) => [
        a.routeOrder,
        a.buildingAddress.split(', ').slice(1).join(' '),
        a.apartment,
        a.debtKopecks,
      ]),
    ).toEqual([
      [1, 'ул. Кирова д. 5', '7', 6_600_000],
      [2, 'ул. Кирова д. 12', '3', 5_400_000],
      [3, 'ул. Кирова д. 12', '12', 6_000_000],
      [4, 'ул. Кирова д. 12', '40', 9_000_000],
      [5, 'ул. Мира д. 10', '15', 6_000_000],
    ]);
    expect(raid.summary.debtKopecks).toBe(33_000_000);
    const journal = w.sql<{ measure: number; account_id: number | null; object_type: string; summary: string }>(
      `SELECT measure, account_id, object_type, summary FROM actions WHERE kind = 'blackmark.raid_planned'`,
    );
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ measure: 7, account_id: null, object_type: 'blackmark_raid' });
    expect(plain(journal[0]!.summary)).toBe('Акция «Чёрная метка» на 08.12.2026: 5 адр. в 3 дом., долг 330 000,00 ₽.');

    // The same accounts are not offered again while the raid is planned.
    const again = await clerk<BlackmarkCandidatesResult>('blackmark.candidates', {
      kind: 'black_mark',
      raidDate: '2026-12-09',
    });
    expect(again.count).toBe(0);
    expect(again.leftOut.inPlannedRaid).toBe(5);
    const list = await clerk<BlackmarkListResult>('blackmark.list', {});
    expect(list.raids.map((r) => [r.id, r.kind, r.status, r.summary.addresses])).toEqual([
      [raid.id, 'black_mark', 'planned', 5],
    ]);
  });

  it('refuses a paused, visited or blocked account with its reason and saves nothing', async () => {
    const e = await refused('blackmark.create', {
      kind: 'black_mark',
      raidDate: '2026-12-08',
      team: TEAM,
      accountIds: [w.id('8200000001'), w.id('8200000004'), w.id('8200000005'), w.id('8200000007')],
    });
    expect(e.code).toBe('BLACKMARK.NOT_ELIGIBLE');
    const m = plain(e.message);
    expect(m).toContain('л/с 8200000004 — работа по счёту приостановлена до 31.12.2026');
    expect(m).toContain('л/с 8200000005 — личная встреча уже была 03.12.2026');
    expect(m).toContain('л/с 8200000007 — долг меньше 50 000,00 ₽');
    expect(m).toContain('ничего не изменено');
    expect(w.sql('SELECT id FROM blackmark_raids')).toHaveLength(0);
    expect(w.sql(`SELECT id FROM actions WHERE kind LIKE 'blackmark.%'`)).toHaveLength(0);
    // A demonstrative disconnection refuses an account without a restriction case past its term.
    const d = await refused('blackmark.create', {
      kind: 'demonstrative',
      raidDate: '2026-12-08',
      team: TEAM,
      accountIds: [w.id('8200000001')],
    });
    expect(d.code).toBe('BLACKMARK.NOT_ELIGIBLE');
    expect(plain(d.message)).toContain('показательное отключение невозможно');
  });
});

describe('outcomes, promise, journal, close', () => {
  it('records outcomes on the raid day, refuses the wrong ones, journals each visit and closes with the totals', async () => {
    const raid = await plan(['8200000010', '8200000001', '8200000002', '8200000003']);
    const [k5, k3, k12, k40] = raid.addresses.map((a) => a.accountId) as [number, number, number, number];
    const outcome = (accountId: number, rest: Record<string, unknown>) =>
      clerk<{ raid: BlackmarkRaidView; summary: string; promiseId: number | null }>('blackmark.recordOutcome', {
        raidId: raid.id,
        accountId,
        ...rest,
      });

    // Before the raid's day nothing is recorded.
    const early = await refused('blackmark.recordOutcome', { raidId: raid.id, accountId: k5, outcome: 'no_access' });
    expect(early.code).toBe('BLACKMARK.BAD_STEP');
    w.clock.now = at('2026-12-08');

    // A restriction on a «Чёрная метка» raid, and paid 0, are refused.
    const restricted = await refused('blackmark.recordOutcome', {
      raidId: raid.id,
      accountId: k5,
      outcome: 'restricted',
    });
    expect(restricted.code).toBe('BLACKMARK.NOT_ELIGIBLE');
    const zero = await refused('blackmark.recordOutcome', {
      raidId: raid.id,
      accountId: k5,
      outcome: 'paid_on_spot',
      paidKopecks: 0,
    });
    expect(zero.code).toBe('VALIDATION');
    const noSum = await refused('blackmark.recordOutcome', {
      raidId: raid.id,
      accountId: k5,
      outcome: 'promise',
      promiseDate: '2026-12-20',
    });
    expect(noSum.code).toBe('VALIDATION');
    const before = await refused('blackmark.recordOutcome', {
      raidId: raid.id,
      accountId: k5,
      outcome: 'promise',
      promiseDate: '2026-12-07',
      promiseKopecks: 100_000,
    });
    expect(before.code).toBe('VALIDATION');

    await outcome(k5, { outcome: 'paid_on_spot', paidKopecks: 1_500_000, note: 'оплатил по QR-коду' });
    await outcome(k3, { outcome: 'no_access' });
    // A promise, then replaced by a larger one: one open promise stays.
    const p1 = await outcome(k12, { outcome: 'promise', promiseDate: '2026-12-20', promiseKopecks: 2_000_000 });
    w.clock.now = at('2026-12-08') + 60_000;
    const p2 = await outcome(k12, { outcome: 'promise', promiseDate: '2026-12-25', promiseKopecks: 3_000_000 });
    expect(p2.promiseId).not.toBe(p1.promiseId);
    const promises = w.sql<{
      account_id: number;
      made_date: string;
      promised_date: string;
      amount_kopecks: number;
      status: string;
    }>('SELECT account_id, made_date, promised_date, amount_kopecks, status FROM payment_promises');
    expect(promises).toEqual([
      {
        account_id: k12,
        made_date: '2026-12-08',
        promised_date: '2026-12-25',
        amount_kopecks: 3_000_000,
        status: 'open',
      },
    ]);
    expect(plain(p2.summary)).toBe(
      'Рейд «Чёрная метка» 08.12.2026: обещание оплатить 30 000,00 ₽ до 25.12.2026 (было: обещание оплатить 20 000,00 ₽ до 20.12.2026).',
    );

    // Not closed while an address has no outcome.
    const open = await refused('blackmark.close', { raidId: raid.id });
    expect(open.code).toBe('BLACKMARK.BAD_STEP');
    expect(plain(open.message)).toContain('не записан итог по 1 адр. (№ 4 по маршруту)');
    await outcome(k40, { outcome: 'notice_handed' });

    const visits = w.sql<{ account_id: number; measure: number; action_date: string; details_json: string }>(
      `SELECT account_id, measure, action_date, details_json FROM actions WHERE kind = 'blackmark.visit' ORDER BY id`,
    );
    expect(visits.map((v) => [v.account_id, v.measure, v.action_date])).toEqual([
      [k5, 7, '2026-12-08'],
      [k3, 7, '2026-12-08'],
      [k12, 7, '2026-12-08'],
      [k12, 7, '2026-12-08'],
      [k40, 7, '2026-12-08'],
    ]);
    expect(JSON.parse(visits[0]!.details_json)).toMatchObject({
      raidId: raid.id,
      outcome: 'paid_on_spot',
      paidKopecks: 1_500_000,
      promiseKopecks: null,
      promiseDate: null,
    });
    expect(JSON.parse(visits[3]!.details_json)).toMatchObject({
      outcome: 'promise',
      promiseKopecks: 3_000_000,
      promiseDate: '2026-12-25',
    });

    const closed = await clerk<{ raid: BlackmarkRaidView; summary: string }>('blackmark.close', { raidId: raid.id });
    expect(closed.raid.status).toBe('done');
    // 4 addresses; no access 1 → visited 3; paid 15 000,00 at one; one promise of 30 000,00; one notice.
    const closing = w.sql<{ measure: number; details_json: string; summary: string }>(
      `SELECT measure, details_json, summary FROM actions WHERE kind = 'blackmark.raid_closed'`,
    );
    expect(closing).toHaveLength(1);
    expect(closing[0]!.measure).toBe(7);
    expect(JSON.parse(closing[0]!.details_json)).toMatchObject({
      addresses: 4,
      visited: 3,
      noAccess: 1,
      noticeHanded: 1,
      paidOnSpot: 1,
      paidKopecks: 1_500_000,
      promises: 1,
      promisedKopecks: 3_000_000,
      restricted: 0,
    });
    expect(plain(closed.summary)).toContain(
      'адресов 4, посещено 3, нет доступа 1, уведомлений вручено 1, оплачено на месте 1 на 15 000,00 ₽, обещаний 1 на 30 000,00 ₽',
    );
    // Closed: no more outcomes, no cancel.
    expect(
      (await refused('blackmark.recordOutcome', { raidId: raid.id, accountId: k3, outcome: 'notice_handed' })).code,
    ).toBe('BLACKMARK.BAD_STEP');
    expect((await refused('blackmark.cancel', { raidId: raid.id, reason: 'ошибка' })).code).toBe('BLACKMARK.BAD_STEP');
  });

  it('a demonstrative disconnection records «restricted» where measure 8 allows it', async () => {
    const raid = await plan(['8200000009'], 'demonstrative');
    w.clock.now = at('2026-12-08');
    const r = await clerk<{ raid: BlackmarkRaidView; summary: string }>('blackmark.recordOutcome', {
      raidId: raid.id,
      accountId: w.id('8200000009'),
      outcome: 'restricted',
      note: 'заглушка на выпуске канализации, акт в разделе «Ограничение»',
    });
    expect(r.raid.addresses[0]!.outcome).toBe('restricted');
    const caseId = w.sql<{ id: number }>('SELECT id FROM restriction_cases')[0]!.id;
    const details = JSON.parse(
      w.sql<{ details_json: string }>(`SELECT details_json FROM actions WHERE kind = 'blackmark.visit'`)[0]!
        .details_json,
    ) as { restrictionCaseId: number };
    expect(details.restrictionCaseId).toBe(caseId);
  });

  it('cancels a planned raid with its reason and frees the accounts', async () => {
    const raid = await plan(['8200000001']);
    const c = await clerk<{ raid: BlackmarkRaidView; summary: string }>('blackmark.cancel', {
      raidId: raid.id,
      reason: 'нет корреспондента',
    });
    expect(c.raid.status).toBe('cancelled');
    const j = w.sql<{ measure: number | null }>(`SELECT measure FROM actions WHERE kind = 'blackmark.raid_cancelled'`);
    expect(j).toEqual([{ measure: null }]);
    const again = await clerk<BlackmarkCandidatesResult>('blackmark.candidates', {
      kind: 'black_mark',
      raidDate: '2026-12-08',
    });
    expect(again.count).toBe(5);
  });
});

describe('papers and files', () => {
  it('the route sheet and the visit cards carry addresses, flats, accounts and debts — no names, no phones', async () => {
    const raid = await plan(['8200000010', '8200000001', '8200000002', '8200000003', '8200000009']);
    const sheet = await clerk<BlackmarkDocumentResult>('blackmark.routeSheet', { raidId: raid.id });
    const sheetText = plain(pdfText(path.join(w.core.ctx.dataDir, sheet.filePath)));
    for (const s of [
      'ул. Кирова, д. 5',
      'ул. Кирова, д. 12',
      'ул. Мира, д. 10',
      '8200000010',
      '8200000003',
      '90 000,00',
      '330 000,00',
    ])
      expect(sheetText).toContain(s);
    // The same sheet is returned until asked to make it again.
    const same = await clerk<BlackmarkDocumentResult>('blackmark.routeSheet', { raidId: raid.id });
    expect(same.documentId).toBe(sheet.documentId);

    const cards = await clerk<BlackmarkDocumentResult>('blackmark.visitCards', { raidId: raid.id });
    expect(cards.pages).toBe(2); // 5 cards, 4 to a page
    const cardText = plain(pdfText(path.join(w.core.ctx.dataDir, cards.filePath)));
    for (const s of [
      'кв. 40, подъезд 2',
      '8200000009',
      '60 000,00 руб.',
      '6 месяцев: май 2026 — октябрь 2026',
      'Вручить',
    ])
      expect(cardText).toContain(s);
    for (const p of PERSONAL) {
      expect(sheetText).not.toContain(p);
      expect(cardText).not.toContain(p);
    }
    const docs = w.sql<{ kind: string }>('SELECT kind FROM generated_documents ORDER BY id');
    expect(docs.map((d) => d.kind)).toEqual(['blackmark_route', 'blackmark_visit_cards']);
    const view = await clerk<BlackmarkRaidView>('blackmark.get', { raidId: raid.id });
    expect(view.routeDocumentId).toBe(sheet.documentId);
    expect(view.visitCardsDocumentId).toBe(cards.documentId);
  });

  it('attaches photos to the raid and to an address; a file that is not JPEG, PNG or PDF is refused', async () => {
    const raid = await plan(['8200000001']);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const bad = await refused('blackmark.attachFiles', {
      raidId: raid.id,
      uploadIds: [
        await w.upload('foto.png', png),
        await w.upload('spisok.jpg', Buffer.from('MZ\x90\x00 not a picture')),
      ],
    });
    expect(bad.code).toBe('MEDIA.BAD_FILE');
    expect(plain(bad.message)).toContain('«spisok.jpg» не принят');
    expect(w.sql('SELECT id FROM report_files')).toHaveLength(0);

    const ok = await clerk<{ raid: BlackmarkRaidView }>('blackmark.attachFiles', {
      raidId: raid.id,
      uploadIds: [await w.upload('foto.png', png)],
    });
    expect(ok.raid.files.map((f) => f.fileName)).toEqual(['foto.png']);
    const pdf = Buffer.from('%PDF-1.4\n% signed list\n');
    const addr = await clerk<{ raid: BlackmarkRaidView }>('blackmark.attachFiles', {
      raidId: raid.id,
      accountId: w.id('8200000001'),
      uploadIds: [await w.upload('podpisi.pdf', pdf)],
    });
    expect(addr.raid.addresses[0]!.files.map((f) => f.fileName)).toEqual(['podpisi.pdf']);
    const rows = w.sql<{ owner_type: string; stored_path: string; size_bytes: number }>(
      'SELECT owner_type, stored_path, size_bytes FROM report_files ORDER BY id',
    );
    expect(rows.map((r) => r.owner_type)).toEqual(['blackmark_raid', 'blackmark_address']);
    expect(fs.readFileSync(path.join(w.core.ctx.dataDir, rows[1]!.stored_path))).toEqual(pdf);
    const back = await clerk<{ fileName: string; base64: string }>('blackmark.file', { fileId: ok.raid.files[0]!.id });
    expect(Buffer.from(back.base64, 'base64')).toEqual(png);
  });
});
