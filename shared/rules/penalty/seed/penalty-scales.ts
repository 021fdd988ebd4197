/**
 * @file Seed: how each day of delay is charged — ЖК ст.155 ч.14 before and after 307-ФЗ and ч.14.1 (capital
 * repair) — docs/legal-notes.md § Penalty — scales (status late 2026). Selected per *day of delay*, not per
 * obligation.
 *
 * ⚠️ Unconfirmed (no court position found): a debt overdue in 2015 whose delay runs into 2016. Documented
 * default: days up to 31.12.2015 under the old text (1/300 from day 1), days from 01.01.2016 under the new scale
 * with the day counter still running from the original due date (so such a debt is usually already past day 90).
 */
import type { PenaltyScaleRow } from '../legal-tables';

const ONE_300 = { num: 1, den: 300 };
const ONE_130 = { num: 1, den: 130 };

export const SEED_PENALTY_SCALES: readonly PenaltyScaleRow[] = [
  {
    id: 'ч.14 (до 2016)',
    validFrom: '2005-03-01',
    kind: 'housing',
    bands: [{ fromDelayDay: 1, fraction: ONE_300 }],
    source: 'ЖК РФ ст.155 ч.14 в ред. до Федерального закона от 03.11.2015 № 307-ФЗ',
    note: '1/300 ставки рефинансирования за каждый день просрочки со следующего дня после срока оплаты',
  },
  {
    id: 'ч.14',
    validFrom: '2016-01-01',
    kind: 'housing',
    bands: [
      { fromDelayDay: 1, fraction: { num: 0, den: 1 } },
      { fromDelayDay: 31, fraction: ONE_300 },
      { fromDelayDay: 91, fraction: ONE_130 },
    ],
    source: 'ЖК РФ ст.155 ч.14 в ред. Федерального закона от 03.11.2015 № 307-ФЗ (с 01.01.2016)',
    note: 'дни 1–30 без пени, 31–90 — 1/300, с 91-го — 1/130 ставки',
  },
  {
    id: 'ч.14.1',
    validFrom: '2005-03-01',
    kind: 'capital_repair',
    bands: [{ fromDelayDay: 1, fraction: ONE_300 }],
    source: 'ЖК РФ ст.155 ч.14.1 (взносы на капитальный ремонт; 307-ФЗ её не менял)',
    note: '1/300 ставки со следующего дня после срока оплаты, без льготных 30 дней и без 1/130',
  },
];
