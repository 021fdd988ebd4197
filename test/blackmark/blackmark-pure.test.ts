/**
 * @file The pure pieces of measure 7's raids: the personal-visit limit (ФЗ-230 ст.7 ч.3, rolling windows around the
 * raid's day), the walking route (buildings by street and house number, flats by entrance and number), the words
 * of the page agreeing with the schema's lists, and the visit card's months in words. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { visitLimitReason } from '../../shared/blackmark/visit-limits';
import { blackmarkRouteOrder } from '../../shared/blackmark/route-order';
import {
  BLACKMARK_KINDS,
  BLACKMARK_OUTCOMES,
  BLACKMARK_STATUSES,
  outcomesOf,
} from '../../shared/blackmark/blackmark-terms';
import * as schema from '../../shared/db/schema-reports';
import { monthsText } from '../../shared/documents/blackmark/visit-cards-view';

describe('visitLimitReason', () => {
  it('one visit a week: 6 days before or after the raid blocks it, 7 days does not', () => {
    expect(visitLimitReason([], '2026-12-08')).toBeNull();
    expect(visitLimitReason(['2026-12-02'], '2026-12-08')).toMatch(/уже была 02\.12\.2026/);
    expect(visitLimitReason(['2026-12-01'], '2026-12-08')).toBeNull();
    expect(visitLimitReason(['2026-12-14'], '2026-12-08')).toMatch(/уже была 14\.12\.2026/);
    expect(visitLimitReason(['2026-12-15'], '2026-12-08')).toBeNull();
  });
  it('four a month: the month 09.11–08.12 with four visits a week apart blocks a fifth', () => {
    // 09.11, 16.11, 23.11, 30.11 — each a week apart; 08.12 is a week after 30.11 (01.12 is 7 days before 08.12).
    expect(visitLimitReason(['2026-11-16', '2026-11-23', '2026-11-30', '2026-11-09'], '2026-12-08')).toMatch(
      /уже 4 личных встречи/,
    );
    expect(visitLimitReason(['2026-11-16', '2026-11-23', '2026-11-30', '2026-11-08'], '2026-12-08')).toBeNull();
    // The same day twice (an outcome recorded again) is one visit.
    expect(visitLimitReason(['2026-11-16', '2026-11-16', '2026-11-23', '2026-11-30'], '2026-12-08')).toBeNull();
  });
});

describe('blackmarkRouteOrder', () => {
  it('walks streets and house numbers, then entrances and flats', () => {
    const f = (accountId: number, address: string, apartment: string, entrance: number | null, debt: number) => ({
      accountId,
      buildingId: accountId < 10 ? 1 : accountId < 20 ? 2 : 3,
      buildingAddress: address,
      apartment,
      entrance,
      debtKopecks: debt,
    });
    const route = blackmarkRouteOrder([
      f(1, 'г. Красногорск, ул. Мира, д. 12', '100', 2, 100),
      f(2, 'г. Красногорск, ул. Мира, д. 12', '12А', 1, 500),
      f(3, 'г. Красногорск, ул. Мира, д. 12', '12', 1, 900),
      f(11, 'г. Красногорск, ул. Мира, д. 5', '9', null, 50),
      f(21, 'г. Красногорск, ул. Кирова, д. 40', '1', null, 10),
    ]);
    expect(route.map((b) => b.address)).toEqual([
      'г. Красногорск, ул. Кирова, д. 40',
      'г. Красногорск, ул. Мира, д. 5',
      'г. Красногорск, ул. Мира, д. 12',
    ]);
    expect(route[2]!.flats.map((x) => x.apartment)).toEqual(['12', '12А', '100']);
    expect(route[2]!.totalDebtKopecks).toBe(1_500);
  });
});

describe('terms', () => {
  it('agree with the schema; a restriction is an outcome of a demonstrative disconnection only', () => {
    expect(BLACKMARK_KINDS).toEqual(schema.BLACKMARK_KINDS);
    expect(BLACKMARK_STATUSES).toEqual(schema.BLACKMARK_STATUSES);
    expect(BLACKMARK_OUTCOMES).toEqual(schema.BLACKMARK_OUTCOMES);
    expect(outcomesOf('black_mark')).not.toContain('restricted');
    expect(outcomesOf('demonstrative')).toContain('restricted');
  });
  it('names the overdue months', () => {
    expect(monthsText(['2026-10', '2026-05', '2026-06'])).toBe('3 месяца: май 2026 — октябрь 2026');
    expect(monthsText(['2026-01'])).toBe('1 месяц: январь 2026');
    expect(monthsText([])).toBe('нет данных по месяцам');
  });
});
