import { describe, expect, it } from 'vitest';
import { restrictionThreshold } from './restriction-threshold';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('restrictionThreshold (Правила № 354 п.118)', () => {
  it('counts two months at the norm and the tariff in force for the residents', () => {
    // Sewage: 6,935 м³ per person × 45,37 ₽ × 3 persons = 943,9228… → 943,92 ₽ a month; × 2 = 1 887,84 ₽.
    const t = restrictionThreshold({
      service: 'Водоотведение',
      date: '2026-12-07',
      months: 2,
      residents: 3,
      recentMonthlyCharges: [100_000],
      norms: [
        { service: 'Водоотведение', validFromDate: '2025-07-01', normMilli: 6935, unit: 'м³', tariffKopecks: 4100 },
        { service: 'Водоотведение', validFromDate: '2026-01-01', normMilli: 6935, unit: 'м³', tariffKopecks: 4537 },
        { service: 'Водоотведение', validFromDate: '2027-01-01', normMilli: 6935, unit: 'м³', tariffKopecks: 9999 },
      ],
    });
    expect(t).toMatchObject({ basis: 'norm', monthlyKopecks: 94_392, thresholdKopecks: 188_784 });
    expect(nbsp(t?.detail ?? '')).toContain('2 × (6,935 м³ × 45,37 ₽ × 3 чел.) = 1 887,84 ₽');
  });
  it('falls back to twice the average month of the last 12 and says so', () => {
    // (800,00 + 900,00 + 1 000,01) / 3 = 900,0033… → 900,00 ₽; × 2 = 1 800,00 ₽.
    const t = restrictionThreshold({
      service: 'Водоотведение',
      date: '2026-12-07',
      months: 2,
      residents: 2,
      recentMonthlyCharges: [80_000, 90_000, 100_001],
      norms: [],
    });
    expect(t).toMatchObject({ basis: 'average', monthlyKopecks: 90_000, thresholdKopecks: 180_000 });
    expect(t?.detail).toContain('норматив и тариф по услуге не загружены');
  });
  it('knows no threshold without a norm and without charges', () => {
    expect(
      restrictionThreshold({
        service: 'Газоснабжение',
        date: '2026-12-07',
        months: 2,
        residents: 1,
        recentMonthlyCharges: [],
        norms: [],
      }),
    ).toBeNull();
  });
});
