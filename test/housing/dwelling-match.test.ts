/**
 * The housing match and the reservation of a dwelling for an eviction case, through the API on a fresh database
 * with the example register loaded.
 *
 * A lawyer's arithmetic: the dormitory norm on 06.12.2026 is 6 m² per person (ЖК РФ ст.105, the seeded rule), so a
 * household of 3 needs 6 × 3 = 18,00 m² of living area. In г. Красногорск the register has free flats of 17,99
 * (too small by 0,01), 18,00 (exactly enough), 24,50 and 12,00 (too small) m², and an occupied one of 30,00 m²;
 * р.п. Нахабино has a free 40,00 m² — big enough, but another settlement (ЖК РФ ст.90), so never offered to a
 * Красногорск tenant. The candidates: 18,00 then 24,50 (smallest sufficient first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DwellingMatch,
  DwellingReserveResult,
  DwellingView,
  HousingList,
} from '../../shared/api/contract-housing-stock';
import { settleCaseDwelling } from '../../electron/core/housing/dwelling-reserve';
import { callCore, callCoreAs, callCoreAsError } from '../support/api-calls';
import { NOW, openHousingCore, plain, type HousingCore } from './housing-core';

let h: HousingCore;
let caseId: number;
let otherCaseId: number;
const id = new Map<string, number>();

beforeAll(async () => {
  h = openHousingCore();
  const uploadId = await h.upload('реестр.csv', fs.readFileSync(path.join(__dirname, 'files', 'housing-register.csv')));
  await callCore(h.core, 'housing.apply', { uploadId });
  for (const d of (await callCore<HousingList>(h.core, 'housing.list', {})).rows)
    id.set(`${d.address} кв. ${d.apartment}`, d.id);
  caseId = h.openCase('г. Красногорск, ул. Ленина, д. 5', 3);
  otherCaseId = h.openCase('г. Красногорск, ул. Ленина, д. 5', 1);
});
afterAll(async () => {
  await h?.close();
});

const D17_99 = () => id.get('ул. Речная, д. 21 кв. 27')!;
const D18 = () => id.get('ул. Пионерская, д. 44 кв. 5')!;
const D24_50 = () => id.get('ул. Лесная, д. 17 кв. 22')!;
const D12 = () => id.get('ул. Кирова, д. 9 кв. 4')!;
const OCCUPIED = () => id.get('ул. Кирова, д. 9 кв. 12')!;
const NAKHABINO = () => id.get('ул. Школьная, д. 14 кв. 16')!;

const lawyer = <T>(method: string, input: unknown) => callCoreAs<T>(h.core, 'sokolov', method, input, 'lawyer');
const refused = (method: string, input: unknown) => callCoreAsError(h.core, 'sokolov', method, input, 'lawyer');
const dwelling = (dwellingId: number) =>
  h.sql<{ status: string; reserved_case_id: number | null }>(
    'SELECT status, reserved_case_id FROM housing_stock WHERE id = ?',
    dwellingId,
  )[0]!;
const caseDwelling = (c: number) =>
  h.sql<{ dwelling_id: number | null }>('SELECT dwelling_id FROM eviction_cases WHERE id = ?', c)[0]!.dwelling_id;

describe('the housing match for an eviction case', () => {
  it('offers free dwellings of the same settlement with 6 m² × 3 = 18,00 m², the smallest first', async () => {
    const m = await lawyer<DwellingMatch>('housing.candidates', { caseId });
    expect(m.settlement).toBe('г. Красногорск');
    expect(m.householdSize).toBe(3);
    expect(m.normCentiM2).toBe(600);
    expect(m.needCentiM2).toBe(1800);
    expect(plain(m.needText)).toBe('6 м² × 3 = 18,00 м² (ЖК РФ ст.105)');
    expect(m.candidates.map((c) => c.dwelling.id)).toEqual([D18(), D24_50()]);
    expect(m.candidates.map((c) => plain(c.arithmetic))).toEqual([
      '18,00 м² ≥ 6 м² × 3 = 18,00 м²',
      '24,50 м² ≥ 6 м² × 3 = 18,00 м²',
    ]);
    expect(m.candidates.map((c) => c.spareCentiM2)).toEqual([0, 650]);
    // 17,99 and 12,00 are too small; Нахабино is another settlement; the occupied flat is not counted at all.
    expect(m.tooSmall).toBe(2);
    expect(m.otherSettlements).toBe(1);
    expect(m.reserved).toBeNull();
    expect(m.candidates.map((c) => c.dwelling.id)).not.toContain(NAKHABINO());
    expect(m.candidates.map((c) => c.dwelling.id)).not.toContain(D17_99());
  });

  it('a household of one is offered every free flat of its settlement, 12,00 m² first', async () => {
    const m = await lawyer<DwellingMatch>('housing.candidates', { caseId: otherCaseId });
    expect(m.candidates.map((c) => c.dwelling.id)).toEqual([D12(), D17_99(), D18(), D24_50()]);
    expect(plain(m.candidates[0]!.arithmetic)).toBe('12,00 м² ≥ 6 м² × 1 = 6,00 м²');
  });

  it('refuses 17,99 m² for three, and a dwelling in another settlement; nothing changes', async () => {
    const small = await refused('housing.reserve', { caseId, dwellingId: D17_99() });
    expect(small.code).toBe('HOUSING.TOO_SMALL');
    expect(plain(small.message)).toBe(
      'г. Красногорск, ул. Речная, д. 21, кв. 27: жилая площадь меньше нормы на семью — 17,99 м² < 6 м² × 3 = 18,00 м² (ЖК РФ ст.105). Ничего не изменено.',
    );
    const far = await refused('housing.reserve', { caseId, dwellingId: NAKHABINO() });
    expect(far.code).toBe('VALIDATION');
    expect(far.message).toContain('переселяют в черте того же населённого пункта (ЖК РФ ст.90)');
    expect(dwelling(D17_99()).status).toBe('free');
    expect(dwelling(NAKHABINO()).status).toBe('free');
    expect(caseDwelling(caseId)).toBeNull();
  });

  it('reserves 18,00 m² for three, journaled on the account as measure 12', async () => {
    const r = await lawyer<DwellingReserveResult>('housing.reserve', { caseId, dwellingId: D18() });
    expect(plain(r.summary)).toBe(
      `Для дела о выселении № ${caseId} зарезервировано жильё: г. Красногорск, ул. Пионерская, д. 44, кв. 5, 18,00 м² ≥ 6 м² × 3 = 18,00 м².`,
    );
    expect(dwelling(D18())).toEqual({ status: 'reserved', reserved_case_id: caseId });
    expect(caseDwelling(caseId)).toBe(D18());
    expect(r.match.reserved?.id).toBe(D18());
    expect(r.match.candidates.map((c) => c.dwelling.id)).toEqual([D24_50()]);
    const entry = h.sql<{
      measure: number;
      account_id: number;
      summary: string;
      object_type: string;
      object_id: string;
    }>(
      `SELECT measure, account_id, summary, object_type, object_id FROM actions WHERE kind = 'eviction.dwelling_reserved'`,
    );
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ measure: 12, object_type: 'eviction', object_id: String(caseId) });
    expect(plain(entry[0]!.summary)).toBe(`Л/с 700001: ${plain(r.summary)}`);
  });

  it('refuses a dwelling reserved for another case, and an occupied one (HOUSING.NOT_FREE)', async () => {
    const taken = await refused('housing.reserve', { caseId: otherCaseId, dwellingId: D18() });
    expect(taken).toEqual({
      code: 'HOUSING.NOT_FREE',
      message: `г. Красногорск, ул. Пионерская, д. 44, кв. 5 уже зарезервировано для дела о выселении № ${caseId}. Ничего не изменено.`,
    });
    const occupied = await refused('housing.reserve', { caseId: otherCaseId, dwellingId: OCCUPIED() });
    expect(occupied).toEqual({
      code: 'HOUSING.NOT_FREE',
      message: 'г. Красногорск, ул. Кирова, д. 9, кв. 12 занято. Выберите свободное жильё; ничего не изменено.',
    });
    expect(caseDwelling(otherCaseId)).toBeNull();
  });

  it('one dwelling per case: reserving another releases the previous one', async () => {
    const r = await lawyer<DwellingReserveResult>('housing.reserve', { caseId, dwellingId: D24_50() });
    expect(plain(r.summary)).toContain('резерв с прежнего жилья снят (г. Красногорск, ул. Пионерская, д. 44, кв. 5)');
    expect(dwelling(D18())).toEqual({ status: 'free', reserved_case_id: null });
    expect(dwelling(D24_50())).toEqual({ status: 'reserved', reserved_case_id: caseId });
    expect(caseDwelling(caseId)).toBe(D24_50());
    const list = await callCore<HousingList>(h.core, 'housing.list', { status: 'reserved' });
    expect(list.rows.map((d: DwellingView) => [d.id, d.reservedCase])).toEqual([
      [D24_50(), { caseId, accountNumber: '700001' }],
    ]);
  });

  it('releases the reservation: the dwelling is free again, the case has none', async () => {
    const r = await lawyer<DwellingReserveResult>('housing.release', { caseId });
    expect(r.summary).toBe(
      `Резерв жилья для дела о выселении № ${caseId} снят: г. Красногорск, ул. Лесная, д. 17, кв. 22 снова свободно.`,
    );
    expect(dwelling(D24_50())).toEqual({ status: 'free', reserved_case_id: null });
    expect(caseDwelling(caseId)).toBeNull();
    expect(r.match.reserved).toBeNull();
    const again = await lawyer<DwellingReserveResult>('housing.release', { caseId });
    expect(again.summary).toBe(`Для дела о выселении № ${caseId} жильё не было зарезервировано; ничего не изменено.`);
  });

  it('freeing a reserved dwelling by hand in the register releases the case too', async () => {
    await lawyer('housing.reserve', { caseId, dwellingId: D18() });
    const v = await lawyer<DwellingView>('housing.setStatus', {
      id: D18(),
      status: 'free',
      note: 'освобождено решением комиссии',
    });
    expect(v).toMatchObject({ status: 'free', reservedCase: null, note: 'освобождено решением комиссии' });
    expect(caseDwelling(caseId)).toBeNull();
    const changed = h.sql<{ summary: string; account_id: number | null }>(
      `SELECT summary, account_id FROM actions WHERE kind = 'housing.changed' ORDER BY id DESC LIMIT 1`,
    )[0]!;
    expect(changed.summary).toBe(
      `Л/с 700001: г. Красногорск, ул. Пионерская, д. 44, кв. 5: статус «зарезервировано» → «свободно»; резерв для дела о выселении № ${caseId} снят.`,
    );
  });

  it('the operator and the claims clerk cannot reserve (eviction is the lawyer’s and the head’s)', async () => {
    const op = await callCoreAsError(h.core, 'ivanova', 'housing.reserve', { caseId, dwellingId: D18() }, 'operator');
    expect(op.code).toBe('AUTH.PERMISSION_DENIED');
    const clerk = await callCoreAsError(h.core, 'petrova', 'housing.candidates', { caseId }, 'claims_clerk');
    expect(clerk.code).toBe('AUTH.PERMISSION_DENIED');
  });

  it('the eviction steps settle the dwelling: relocated → occupied for the case, closed → free again', async () => {
    const by = { userId: null, name: 'тест' };
    await lawyer('housing.reserve', { caseId: otherCaseId, dwellingId: D12() });
    expect(settleCaseDwelling(h.core.ctx.sqlite, otherCaseId, 'relocated', by, NOW)).toBe(
      `г. Красногорск, ул. Кирова, д. 9, кв. 4: семья по делу о выселении № ${otherCaseId} переселена, жильё занято.`,
    );
    expect(dwelling(D12())).toEqual({ status: 'occupied', reserved_case_id: otherCaseId });
    const shown = await lawyer<DwellingMatch>('housing.candidates', { caseId: otherCaseId });
    expect(shown.reserved).toMatchObject({ id: D12(), status: 'occupied' });

    await lawyer('housing.reserve', { caseId, dwellingId: D18() });
    settleCaseDwelling(h.core.ctx.sqlite, caseId, 'closed', by, NOW);
    expect(dwelling(D18())).toEqual({ status: 'free', reserved_case_id: null });
    expect(caseDwelling(caseId)).toBeNull();
  });
});
