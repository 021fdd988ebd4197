/**
 * The building kit stays one A4 page in a busy building: five brackets, all thirteen measures applied, four
 * entrances listed flat by flat with more flats than the page holds (the rest counted, not printed) and one small
 * entrance with its total only. Rendered from a hand-made view (no database), read back with poppler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../electron/core/documents/render-documents';
import { BuildingKitDocument } from '../../shared/documents/meeting-kit/BuildingKitDocument';
import { buildKitView, KIT_MAX_LISTED_FLATS, type KitInput } from '../../shared/documents/meeting-kit/kit-view';
import { PLAN_MEASURES } from '../../shared/plan/plan-measures';
import { pdfPages, pdfText } from '../claims/documents-district';

const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ apartment: String(from + i), debtKopecks: 45_678_90 + i }));

const BUSY: KitInput = {
  buildingAddress: 'г. Красногорск, ул. Длинная-Предлинная, д. 125, корп. 3',
  asOfDate: '2026-12-06',
  flats: 320,
  debtorFlats: 140,
  debtorAccounts: 150,
  totalDebtKopecks: 98_765_432_10,
  brackets: ['свыше 100 000 ₽', '50 000 – 100 000 ₽', '10 000 – 50 000 ₽', '5 000 – 10 000 ₽', 'до 5 000 ₽'].map(
    (label, i) => ({
      code: `b${i}`,
      label,
      accounts: 30,
      debtKopecks: 1_000_000_00 * (5 - i),
    }),
  ),
  trend: Array.from({ length: 12 }, (_, i) => ({
    asOfDate: `2026-${String(i + 1).padStart(2, '0')}-28`,
    debtKopecks: 90_000_000_00 + i * 1_000_000_00,
  })),
  measures: PLAN_MEASURES.filter((m) => m.number !== 13).map((m) => ({
    measure: m.number,
    title: m.title,
    actions: 1234,
    accounts: 120,
  })),
  meetings: 3,
  flatList: {
    kind: 'plan',
    conditions: ['долг ≥ 10 000 ₽', 'месяцев просрочки ≥ 3'],
    fewFlatsLimit: 12,
    entrances: [
      { entrance: 1, flats: 80, mode: 'list', rows: rows(1, 20), debtorFlats: 20, totalKopecks: 1 },
      { entrance: 2, flats: 80, mode: 'list', rows: rows(81, 20), debtorFlats: 20, totalKopecks: 1 },
      { entrance: 3, flats: 80, mode: 'list', rows: rows(161, 20), debtorFlats: 20, totalKopecks: 1 },
      { entrance: 4, flats: 72, mode: 'list', rows: rows(241, 20), debtorFlats: 20, totalKopecks: 1 },
      { entrance: 5, flats: 8, mode: 'totals', rows: [], debtorFlats: 3, totalKopecks: 45_000_00 },
    ],
  },
  companyName: 'ООО «Управляющая компания Длинное Название Жилищного Хозяйства»',
  companyPhone: '+7 495 000-00-00',
  companyAddress: 'г. Красногорск, ул. Ленина, д. 1, офис 101',
  organisationName: 'Отдел по работе с задолженностью за ЖКУ',
};

describe('the building kit on one page', () => {
  it('fits a busy building on one A4 page and counts the flats left off', async () => {
    const view = buildKitView(BUSY);
    expect(view.flatsNote).toContain(`Ещё ${80 - KIT_MAX_LISTED_FLATS} кв.`);
    expect(view.flatLines.some((l) => l.startsWith('Подъезд 5') && l.includes('только итог'))).toBe(true);
    const bytes = await renderTemplate(BuildingKitDocument, { view, author: 'тест' });
    const file = path.resolve('test-results', 'meeting-kit-busy.pdf');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    expect(pdfPages(file)).toBe(1);
    expect(pdfText(file)).toContain('Как оплатить');
  }, 60_000);
});
