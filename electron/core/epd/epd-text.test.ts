/**
 * The ЕПД «Пояснение» of one row from the month's penalty lines, with every expected text written by hand:
 * the default template on the hand-worked September 2026 account (SAMPLE_CHARGED, see epd-preview.ts for the
 * arithmetic), the three cases without penalty, the shortening steps under lower limits (never a cut word, both
 * sums always there), the template's rules, and the full calculation.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EPD_TEMPLATE, mandatoryMaxLength, templateProblems } from './epd-template';
import { epdExplanation, epdFullCalculation, type EpdRowFigures } from './epd-text';
import { SAMPLE_CHARGED } from './epd-preview';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';

/** Thousands separated by a no-break space, as the text writes them. */
const nb = (s: string) => s.replace(/(\d) (\d)/g, '$1\u00a0$2');

const line = (p: Partial<MonthPenaltyLine>): MonthPenaltyLine => ({
  period: '2026-05',
  kind: 'housing',
  from: '2026-09-01',
  to: '2026-09-30',
  days: 30,
  baseKopecks: 100000,
  rateBasisPoints: 950,
  fraction: '1/130',
  moratoriumId: null,
  penaltyKopecks: 0,
  ...p,
});

describe('ЕПД explanation', () => {
  it('states base, days, fractions, rate, the split by fraction and both sums for the hand-worked account', () => {
    const e = epdExplanation(DEFAULT_EPD_TEMPLATE, 255, SAMPLE_CHARGED);
    expect(e.text).toBe(
      nb(
        'Пени за сентябрь 2026: 57,22 руб. — на долг до 4 500,00 руб. за 30 дн. по 1/300 и 1/130 ставки 9,5 % ' +
          '(1/300: 3 000,00 за 13 дн. + 1 500,00 за 16 дн. = 19,95; 1/130: 3 000,00 за 17 дн. = 37,27). ' +
          'Долг по пени на 30.09.2026: 101,87 руб.',
      ),
    );
    expect(e.level).toBe(0);
    expect(e.facts.case).toBe('charged');
    // Every character exists in windows-1251 (no «₽», no «×»), so the billing centre reads it as written.
    expect(iconv.decode(iconv.encode(e.text, 'win1251'), 'win1251')).toBe(e.text);
  });

  it('shortens step by step under lower limits: split by fraction, then no split, then only the sums', () => {
    const at = (limit: number) => epdExplanation(DEFAULT_EPD_TEMPLATE, limit, SAMPLE_CHARGED);
    expect(at(180).text).toBe(
      nb(
        'Пени за сентябрь 2026: 57,22 руб. — на долг до 4 500,00 руб. за 30 дн. по 1/300 и 1/130 ставки 9,5 % ' +
          '(1/300 — 19,95; 1/130 — 37,27). Долг по пени на 30.09.2026: 101,87 руб.',
      ),
    );
    expect(at(180).level).toBe(1);
    expect(at(150).text).toBe(
      nb(
        'Пени за сентябрь 2026: 57,22 руб. — на долг до 4 500,00 руб. за 30 дн. по 1/300 и 1/130 ставки 9,5 %. ' +
          'Долг по пени на 30.09.2026: 101,87 руб.',
      ),
    );
    expect(at(100).text).toBe('Пени за сентябрь 2026: 57,22 руб. Долг по пени на 30.09.2026: 101,87 руб.');
    for (const limit of [100, 120, 150, 180, 200, 255]) {
      const text = at(limit).text;
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text).toContain('57,22');
      expect(text).toContain('101,87');
    }
  });

  it('says why there is no penalty: free days, moratorium, nothing overdue', () => {
    const month = { period: '2026-09', calculationDate: '2026-09-30', accruedKopecks: 0 };
    const grace: EpdRowFigures = {
      ...month,
      totalKopecks: 0,
      lines: [line({ period: '2026-08', from: '2026-09-16', days: 15, baseKopecks: 200000, fraction: '0' })],
    };
    expect(epdExplanation(DEFAULT_EPD_TEMPLATE, 255, grace).text).toBe(
      nb(
        'Пени за сентябрь 2026: 0,00 руб. — просрочка долга 2 000,00 руб. не более 30 дней, пени не начисляются ' +
          '(ЖК РФ ст. 155 ч. 14). Долг по пени на 30.09.2026: 0,00 руб.',
      ),
    );
    const moratorium: EpdRowFigures = {
      period: '2022-06',
      calculationDate: '2022-06-30',
      accruedKopecks: 0,
      totalKopecks: 123456,
      lines: [
        line({ period: '2022-01', from: '2022-06-01', to: '2022-06-30', baseKopecks: 250000, moratoriumId: 'ПП-497' }),
      ],
    };
    expect(epdExplanation(DEFAULT_EPD_TEMPLATE, 255, moratorium).text).toBe(
      nb(
        'Пени за июнь 2022: 0,00 руб. — на долг 2 500,00 руб. действует мораторий на пени ПП-497 (30 дн.). ' +
          'Долг по пени на 30.06.2022: 1 234,56 руб.',
      ),
    );
    expect(epdExplanation(DEFAULT_EPD_TEMPLATE, 255, { ...month, totalKopecks: 4410, lines: [] }).text).toBe(
      'Пени за сентябрь 2026: 0,00 руб. — просроченной задолженности нет. Долг по пени на 30.09.2026: 44,10 руб.',
    );
  });

  it('names the rate of each fraction when parts bear different rates, and a moratorium beside the penalty', () => {
    const figures: EpdRowFigures = {
      period: '2022-10',
      calculationDate: '2022-10-31',
      // 400 × 10 × 7,5 % / 130 = 2,31; 600 × 31 × 9,5 % / 130 = 13,59; 500 × 30 × 9,5 % / 130 = 10,96.
      accruedKopecks: 2686,
      totalKopecks: 99999,
      lines: [
        // 1 000,00 at 1/130: paid on 10.10 (rate 7,5 % of that day), the rest at 9,5 % to the month end.
        line({
          period: '2022-04',
          from: '2022-10-01',
          to: '2022-10-10',
          days: 10,
          baseKopecks: 40000,
          rateBasisPoints: 750,
          penaltyKopecks: 231,
        }),
        line({
          period: '2022-04',
          from: '2022-10-01',
          to: '2022-10-31',
          days: 31,
          baseKopecks: 60000,
          penaltyKopecks: 1359,
        }),
        line({
          period: '2022-02',
          from: '2022-10-01',
          to: '2022-10-01',
          days: 1,
          baseKopecks: 50000,
          moratoriumId: 'ПП-497',
        }),
        line({
          period: '2022-02',
          from: '2022-10-02',
          to: '2022-10-31',
          days: 30,
          baseKopecks: 50000,
          penaltyKopecks: 1096,
        }),
      ],
    };
    expect(epdExplanation(DEFAULT_EPD_TEMPLATE, 400, figures).text).toBe(
      nb(
        'Пени за октябрь 2022: 26,86 руб. — на долг до 1 500,00 руб. за 31 дн. по 1/130 ставки 7,5 и 9,5 % ' +
          '(1/130 ставки 7,5 %: 400,00 за 10 дн. = 2,31; 1/130 ставки 9,5 %: 600,00 за 31 дн. + 500,00 за 30 дн. = 24,55), ' +
          'мораторий ПП-497 (1 дн.). Долг по пени на 31.10.2022: 999,99 руб.',
      ),
    );
  });

  it('keeps a long debtor within the limit and marks the text as shortened', () => {
    // Sixty months of debt, each its own piece of days: the split alone would run to thousands of characters.
    const lines = Array.from({ length: 60 }, (_, i) =>
      line({
        period: `20${21 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        from: `2026-09-${String((i % 28) + 1).padStart(2, '0')}`,
        days: 30 - (i % 28),
        baseKopecks: 123456 + i,
        penaltyKopecks: 900 + i,
      }),
    );
    const e = epdExplanation(DEFAULT_EPD_TEMPLATE, 255, {
      period: '2026-09',
      calculationDate: '2026-09-30',
      accruedKopecks: 1234567,
      totalKopecks: 98765432,
      lines,
    });
    expect(e.text.length).toBeLessThanOrEqual(255);
    expect(e.level).toBeGreaterThan(0);
    expect(e.text).toBe(
      nb(
        // 60 × 1 234,56 + 0,00 + 0,01 + … + 0,59 = 74 073,60 + 17,70: all sixty are overdue from the 28th.
        'Пени за сентябрь 2026: 12 345,67 руб. — на долг до 74 091,30 руб. за 30 дн. по 1/130 ставки 9,5 %. ' +
          'Долг по пени на 30.09.2026: 987 654,32 руб.',
      ),
    );
  });

  it('refuses templates that would lose a sum, cut the split loose or not fit the limit', () => {
    expect(templateProblems(DEFAULT_EPD_TEMPLATE, 255)).toEqual([]);
    expect(templateProblems(DEFAULT_EPD_TEMPLATE, 135)).toEqual([]);
    const bad = {
      ...DEFAULT_EPD_TEMPLATE,
      charged: 'Пени [{пени}] руб., {расчёт}. Всего {итого}.',
      grace: 'Пени {пени} [за {месяц}. Всего {итого}',
      none: 'Пени {пени}, {итогo}',
    };
    expect(templateProblems(bad, 255)).toEqual([
      '«пени начислены»: {расчёт} может стоять только в необязательной части [ … ]',
      '«пени начислены»: нужна подстановка {пени} вне скобок [ ]',
      '«первые 30 дней просрочки»: «[» без «]»',
      '«нет просроченной задолженности»: неизвестная подстановка {итогo} (можно: {месяц}, {пени}, {итого}, {дата}, {долг}, {дни}, {ставка}, {доли}, {мораторий}, {расчёт})',
      '«нет просроченной задолженности»: нужна подстановка {итого} вне скобок [ ]',
    ]);
    // «Пени за сентябрь 2026: 999 999,99 руб. — просроченной задолженности нет. Долг по пени на 30.09.2026: 9 999 999,99 руб.»
    expect(mandatoryMaxLength(DEFAULT_EPD_TEMPLATE.none)).toBe(118);
    // «… — просрочка не более 30 дней, пени не начисляются. Долг по пени …» with the same values: 135.
    expect(templateProblems(DEFAULT_EPD_TEMPLATE, 120)).toEqual([
      '«первые 30 дней просрочки»: без частей в [ ] текст занимает до 135 знаков — больше предела 120; сократите его',
    ]);
  });

  it('gives the full calculation line by line on request', () => {
    expect(epdFullCalculation(SAMPLE_CHARGED)).toBe(
      nb(
        'Пени за сентябрь 2026: 57,22 руб. (ЖК РФ ст. 155 ч. 14 и 14.1). Расчёт: ' +
          'на долг 3 000,00 руб. за 05.2026 — 13 дн. (01.09.2026–13.09.2026) по 1/300 ставки 9,5 % = 12,35 руб.; ' +
          'на долг 3 000,00 руб. за 05.2026 — 17 дн. (14.09.2026–30.09.2026) по 1/130 ставки 9,5 % = 37,27 руб.; ' +
          'на долг 1 500,00 руб. за 07.2026 — 14 дн. (01.09.2026–14.09.2026) без пени (первые 30 дней просрочки); ' +
          'на долг 1 500,00 руб. за 07.2026 — 16 дн. (15.09.2026–30.09.2026) по 1/300 ставки 9,5 % = 7,60 руб.; ' +
          'на долг 2 000,00 руб. за 08.2026 — 15 дн. (16.09.2026–30.09.2026) без пени (первые 30 дней просрочки). ' +
          'Задолженность по пени на 30.09.2026: 101,87 руб.',
      ),
    );
  });
});
