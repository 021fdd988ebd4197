/**
 * @file The press summary's pure parts: small groups merged (УК into «Прочие УК», brackets into their neighbour),
 * the view's figures by hand, and the personal-data guard refusing forged views and passing the real one.
 */
import { describe, expect, it } from 'vitest';
import { groupBrackets, groupCompanies, type PressCompanyInput } from '../../shared/media/press-groups';
import { buildPressSummaryView, type PressSummaryFacts } from '../../shared/documents/press/press-summary-view';
import {
  assertNoPersonalData,
  findPersonalData,
  knownLookup,
  PersonalDataError,
} from '../../shared/media/personal-data-guard';
import {
  defaultPressPeriod,
  pressMonthPoints,
  pressPeriodProblem,
  pressStartDate,
} from '../../shared/media/press-period';
import { changeText, moneyShortText } from '../../shared/media/press-money';

const uk = (
  id: number,
  name: string,
  start: [number, number],
  end: [number, number],
  collected: number,
): PressCompanyInput => ({
  id,
  name,
  start: { accounts: start[0], debtKopecks: start[1] },
  end: { accounts: end[0], debtKopecks: end[1] },
  collectedKopecks: collected,
});

describe('small groups are merged', () => {
  it('two УК, one with 3 debtors: showing the other alone would reveal it, so both go into «Прочие УК»', () => {
    const g = groupCompanies([
      uk(1, 'УК Альфа', [12, 100_000_00], [12, 90_000_00], 5_000_00),
      uk(2, 'УК Бета', [3, 30_000_00], [3, 31_000_00], 1_000_00),
    ]);
    expect(g).toEqual([
      {
        label: 'Прочие УК',
        companies: 2,
        merged: true,
        start: { accounts: 15, debtKopecks: 130_000_00 },
        end: { accounts: 15, debtKopecks: 121_000_00 },
        collectedKopecks: 6_000_00,
      },
    ]);
  });

  it('four УК: 3 + 2 debtors make «Прочие УК» of 5; the big ones stay, largest debt first', () => {
    const g = groupCompanies([
      uk(1, 'УК Альфа', [12, 500_000_00], [12, 480_000_00], 20_000_00),
      uk(2, 'УК Бета', [3, 30_000_00], [3, 30_000_00], 0),
      uk(3, 'УК Гамма', [9, 600_000_00], [10, 650_000_00], 10_000_00),
      uk(4, 'УК Дельта', [2, 10_000_00], [2, 12_000_00], 500_00),
      uk(5, 'УК Пустая', [0, 0], [0, 0], 0),
    ]);
    expect(g.map((x) => [x.label, x.end.accounts, x.end.debtKopecks, x.collectedKopecks])).toEqual([
      ['УК Гамма', 10, 650_000_00, 10_000_00],
      ['УК Альфа', 12, 480_000_00, 20_000_00],
      ['Прочие УК', 5, 42_000_00, 500_00],
    ]);
  });

  it('a УК with 5 debtors at the end but 4 at the start is small too (its start figure would be published)', () => {
    // «Прочие» of В alone (4 at the start) is still small: it takes in the smaller of А (20) and Б (30).
    const g = groupCompanies([
      uk(1, 'А', [20, 1], [20, 1], 0),
      uk(2, 'Б', [30, 1], [30, 1], 0),
      uk(3, 'В', [4, 1], [5, 1], 0),
    ]);
    expect(g.map((x) => x.label)).toEqual(['Б', 'Прочие УК']);
    expect(g[1]!.companies).toBe(2);
  });

  it('a bracket of fewer than 5 debtors joins its neighbour; the last one joins the previous', () => {
    const g = groupBrackets([
      { code: 'over_100k', label: 'свыше 100 000 ₽', rank: 1, accounts: 2, debtKopecks: 300_000_00 },
      { code: 'from_50k', label: '50 000 – 100 000 ₽', rank: 2, accounts: 6, debtKopecks: 400_000_00 },
      { code: 'from_10k', label: '10 000 – 50 000 ₽', rank: 3, accounts: 10, debtKopecks: 200_000_00 },
      { code: 'below_5k', label: 'до 5 000 ₽', rank: 5, accounts: 1, debtKopecks: 3_000_00 },
    ]);
    expect(g.map((x) => [x.label, x.accounts, x.debtKopecks])).toEqual([
      ['свыше 100 000 ₽ и 50 000 – 100 000 ₽', 8, 700_000_00],
      ['10 000 – 50 000 ₽ и до 5 000 ₽', 11, 203_000_00],
    ]);
  });
});

describe('the period', () => {
  it('by default the last full month; the start is the day before; six month ends', () => {
    expect(defaultPressPeriod('2026-12-06')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(pressStartDate('2026-11-01')).toBe('2026-10-31');
    expect(pressMonthPoints('2026-11-30')).toEqual([
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
    ]);
    expect(pressMonthPoints('2026-12-06')[0]).toBe('2026-07-31');
    expect(pressPeriodProblem({ from: '2026-11-30', to: '2026-11-01' }, '2026-12-06')?.code).toBe('REPORT.BAD_PERIOD');
    expect(pressPeriodProblem({ from: '2026-11-01', to: '2026-12-07' }, '2026-12-06')?.code).toBe('REPORT.BAD_PERIOD');
    expect(pressPeriodProblem({ from: '2025-11-01', to: '2026-11-30' }, '2026-12-06')?.code).toBe('REPORT.TOO_LONG');
    expect(pressPeriodProblem({ from: '2025-12-01', to: '2026-11-30' }, '2026-12-06')).toBeNull();
  });

  it('money in short and changes', () => {
    expect(moneyShortText(4_530_000_000)).toBe('45,3\u00a0млн руб.');
    expect(moneyShortText(1_250_000)).toBe('12,5\u00a0тыс. руб.');
    // 1 000 000 → 900 000 rubles: −100 000 = −10 %.
    expect(changeText(100_000_000, 90_000_000)).toBe('−100,0\u00a0тыс. руб. (−10,0\u00a0%)');
    expect(changeText(40, 44, true)).toBe('+4 (+10,0\u00a0%)');
  });
});

const FACTS: PressSummaryFacts = {
  districtName: 'Тестовый округ',
  organisationName: 'Отдел по работе с задолженностью',
  from: '2026-11-01',
  to: '2026-11-30',
  startDate: '2026-10-31',
  companies: [
    uk(1, 'ООО «УК Альфа»', [12, 500_000_00], [12, 480_000_00], 20_000_00),
    uk(2, 'ООО «УК Бета»', [3, 30_000_00], [3, 30_000_00], 0),
    uk(3, 'ООО «УК Гамма»', [9, 600_000_00], [10, 650_000_00], 10_000_00),
    uk(4, 'ООО «УК Дельта»', [2, 10_000_00], [2, 12_000_00], 500_00),
  ],
  brackets: [
    { code: 'over_100k', label: 'свыше 100 000 ₽', rank: 1, accounts: 7, debtKopecks: 1_000_000_00 },
    { code: 'from_10k', label: '10 000 – 50 000 ₽', rank: 3, accounts: 20, debtKopecks: 170_000_00 },
    { code: 'below_5k', label: 'до 5 000 ₽', rank: 5, accounts: 0, debtKopecks: 0 },
  ],
  months: ['2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30'].map((date, i) => ({
    date,
    accounts: 20 + i,
    debtKopecks: 1_000_000_00 + i * 10_000_00,
  })),
  measures: [{ number: 1, title: 'SMS-информирование', text: '3 л/с', detail: null }],
  madeDate: '2026-12-06',
};

describe('the view', () => {
  const view = buildPressSummaryView(FACTS);

  it('figures by hand: debt 1 140 000 → 1 172 000 ₽ (+32 000 ₽, +2,8 %), 26 → 27 debtors, 30 500 ₽ collected', () => {
    // Start 500 000 + 30 000 + 600 000 + 10 000 = 1 140 000 ₽; end 480 000 + 30 000 + 650 000 + 12 000 = 1 172 000 ₽;
    // +32 000 / 1 140 000 = +2,807 % → +2,8 %. Debtors 12+3+9+2 = 26 → 12+3+10+2 = 27. Paid 20 000 + 500 + 10 000.
    expect(view.title).toBe(
      'Задолженность за жилищно-коммунальные услуги в муниципальном образовании «Тестовый округ» на 30.11.2026',
    );
    expect(view.keyFigures.map((f) => [f.value, f.note])).toEqual([
      ['1,2\u00a0млн руб.', '+32,0\u00a0тыс. руб. (+2,8\u00a0%) к 31.10.2026'],
      ['27', '+1 (+3,8\u00a0%) к 31.10.2026'],
      ['30,5\u00a0тыс. руб.', 'с 01.11.2026 по 30.11.2026'],
    ]);
    expect(view.companies.map((c) => [c.label, c.endDebt, c.accounts, c.collected])).toEqual([
      ['ООО «УК Гамма»', '650\u00a0000', '10', '10\u00a0000'],
      ['ООО «УК Альфа»', '480\u00a0000', '12', '20\u00a0000'],
      ['Прочие УК (2)', '42\u00a0000', '5', '500'],
    ]);
    expect(view.companiesTotal.endDebt).toBe('1\u00a0172\u00a0000');
    expect(view.companyChart.debtKopecks).toEqual([650_000_00, 480_000_00, 42_000_00]);
    expect(view.brackets.map((b) => [b.label, b.accounts, b.share])).toEqual([
      ['свыше 100 000 ₽', '7', '85,5\u00a0%'],
      ['10 000 – 50 000 ₽', '20', '14,5\u00a0%'],
    ]);
    expect(view.monthChart.categories).toEqual(['30.06', '31.07', '31.08', '30.09', '31.10', '30.11']);
    expect(view.measures).toEqual(['1. SMS-информирование: 3 л/с']);
    expect(view.footnotes[0]).toContain('«Прочие УК» — 2 управляющие компании');
    expect(view.pressText[1]).toContain('выросла на 32,0\u00a0тыс. руб. (на 2,8\u00a0%)');
    expect(JSON.stringify(view)).not.toContain('Бета');
    expect(JSON.stringify(view)).not.toContain('Дельта');
  });

  it('passes the personal-data guard, also against the names and account numbers of a database', () => {
    const known = knownLookup({
      accountNumbers: ['5001000012', '77-001'],
      fullNames: ['Иванов Пётр Сергеевич', 'Смирнова Анна'],
    });
    expect(findPersonalData(view, known)).toEqual([]);
  });
});

describe('the guard refuses a forged view', () => {
  const view = buildPressSummaryView(FACTS);
  const forged = (patch: (v: typeof view) => void) => {
    const v = structuredClone(view);
    patch(v);
    return v;
  };
  it.each([
    [
      'a full name',
      (v: typeof view) => (v.pressText[0] = 'Больше всех должен Сидоров Иван Петрович.'),
      'фамилия, имя и отчество',
    ],
    ['a surname with initials', (v: typeof view) => (v.companies[0]!.label = 'Петрова А. С.'), 'фамилия с инициалами'],
    [
      'initials before the surname',
      (v: typeof view) => (v.footnotes[0] = 'Подготовил И.И. Кузнецов'),
      'фамилия с инициалами',
    ],
    [
      'an account number',
      (v: typeof view) => (v.measures[0] = 'Должник л/с 5001000012 оплатил'),
      'номер лицевого счёта',
    ],
    ['a flat', (v: typeof view) => (v.brackets[0]!.label = 'кв. 15'), 'номер квартиры'],
    [
      'a street address',
      (v: typeof view) => (v.pressText[2] = 'Рейд прошёл по адресу ул. Ленина, д. 5.'),
      'адрес дома',
    ],
    ['a phone', (v: typeof view) => (v.source = 'Звоните +7 (495) 563-12-34'), 'номер телефона'],
    [
      'a long number',
      (v: typeof view) => (v.companies[1]!.label = '5001000012'),
      'длинный номер (лицевой счёт, документ)',
    ],
  ])('%s', (_name, patch, what) => {
    const v = forged(patch);
    expect(findPersonalData(v).map((f) => f.what)).toContain(what);
    expect(() => assertNoPersonalData(v)).toThrow(PersonalDataError);
  });

  it('a person and an account of the database, in whatever words', () => {
    const known = knownLookup({ accountNumbers: ['AB-1234'], fullNames: ['Ёлкина Мария Ивановна'] });
    const v = forged((x) => {
      x.pressText[0] = 'Мария Елкина погасила долг';
      x.measures[0] = 'Счёт AB-1234 закрыт';
    });
    expect(
      findPersonalData(v, known)
        .map((f) => f.what)
        .sort(),
    ).toEqual(['имя человека из базы', 'номер лицевого счёта из базы']);
  });
});

describe('a period without change', () => {
  it('says «без изменений» and that no payment came', () => {
    const flat = buildPressSummaryView({
      ...FACTS,
      companies: [uk(1, 'ООО «УК Альфа»', [12, 500_000_00], [12, 500_000_00], 0)],
    });
    expect(flat.keyFigures.map((f) => f.note)).toEqual([
      'без изменений с 31.10.2026',
      'без изменений с 31.10.2026',
      'с 01.11.2026 по 30.11.2026',
    ]);
    expect(flat.keyFigures[2]!.value).toBe('0\u00a0руб.');
    expect(flat.pressText[1]).toBe(
      'По сравнению с 31.10.2026 задолженность не изменилась. За период с 01.11.2026 по 30.11.2026 оплат от населения не поступало.',
    );
  });
});
