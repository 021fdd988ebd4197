/**
 * The court documents' view builders, pure: the strings a clerk reads, with the sums written by hand from the
 * fixture's arithmetic (test/court/case-facts-fixture.ts explains every figure).
 */
import { describe, expect, it } from 'vitest';
import {
  ownerCourtOrderFacts,
  ownerLawsuitFacts,
  registerFacts,
  tenantCourtOrderFacts,
} from '../../../test/court/case-facts-fixture';
import type { PenaltyLine } from '../../rules/penalty/penalty-types';
import { buildCourtApplicationView } from './application-view';
import { buildAttachmentsView, buildCoverLetterView, buildDutyOffsetView } from './court-letters-view';
import { buildCourtPenaltyView, penaltyFormula } from './court-penalty-view';
import { caseFactsProblems, casePeriodText, courtTypeset, debtorLines } from './court-text';
import { buildDebtCalculationView } from './debt-calculation-view';
import { genitiveFullName, shortFullName } from './genitive-name';
import { buildCourtRegisterView } from './register-view';

/** No-break spaces as plain spaces, to compare with hand-written text. */
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');
const all = (parts: ReadonlyArray<string | readonly string[]>): string => plain(parts.flat().join('\n'));

describe('names and small texts', () => {
  it('declines debtors to the genitive, as «взыскать с …» needs', () => {
    expect(genitiveFullName('Иванова Мария Петровна')).toBe('Ивановой Марии Петровны');
    expect(genitiveFullName('Петров Сергей Викторович')).toBe('Петрова Сергея Викторовича');
    expect(genitiveFullName('Петрова Любовь Николаевна')).toBe('Петровой Любови Николаевны');
    expect(genitiveFullName('Цой Анна Игоревна')).toBe('Цой Анны Игоревны');
    expect(shortFullName('Соколов Дмитрий Андреевич')).toBe('Соколов Д.\u00a0А.');
  });

  it('states the claim period by its first and last days', () => {
    expect(casePeriodText({ periodFrom: '2023-11', periodTo: '2024-02' })).toBe('с 01.11.2023 по 29.02.2024');
  });

  it('keeps numbers with their labels and drops a doubled full stop', () => {
    expect(courtTypeset('всего 2 000 руб. 00 коп..')).toBe('всего 2 000\u00a0руб.\u00a000\u00a0коп.');
    expect(courtTypeset('ИНН 5024123456, ОГРН 1115024000123')).toBe('ИНН\u00a05024123456, ОГРН\u00a01115024000123');
    expect(courtTypeset('ст. 155 ЖК РФ')).toBe('ст.\u00a0155 ЖК\u00a0РФ');
    expect(courtTypeset('на 12 л.')).toBe('на 12\u00a0л.');
  });

  it('prints «сведения неизвестны взыскателю» only where the clerk confirmed it', () => {
    const son = tenantCourtOrderFacts().debtors[1];
    if (!son) throw new Error('fixture');
    const lines = debtorLines(son).join(' | ');
    expect(lines).toContain('дата рождения: сведения неизвестны взыскателю');
    expect(lines).toContain('место рождения: сведения неизвестны взыскателю');
    expect(lines).toMatch(/идентификаторы .*: сведения неизвестны взыскателю/);
    expect(debtorLines({ ...son, identifiersUnknownConfirmed: false }).join(' ')).not.toContain('неизвестны');
  });
});

describe('penalty formula', () => {
  const base: PenaltyLine = {
    period: '2024-01',
    kind: 'housing',
    from: '2024-03-12',
    to: '2024-05-10',
    days: 60,
    delayDayFrom: 31,
    delayDayTo: 90,
    baseKopecks: 1234567,
    rateBasisPoints: 950,
    rateDates: ['2024-05-10'],
    fraction: { num: 1, den: 300 },
    moratorium: false,
    moratoriumId: null,
    scaleId: 'ч.14',
    penaltyKopecks: 23457,
  };
  it('writes base × days × fraction × rate', () => {
    expect(plain(penaltyFormula(base))).toBe('12 345,67 × 60 × 1/300 × 9,5 %');
    expect(plain(penaltyFormula({ ...base, fraction: { num: 1, den: 130 }, rateBasisPoints: 2100 }))).toBe(
      '12 345,67 × 60 × 1/130 × 21 %',
    );
  });
  it('says why a grace or moratorium line bears nothing', () => {
    expect(penaltyFormula({ ...base, fraction: { num: 0, den: 1 } })).toBe('1–30-й дни просрочки: пени не начисляются');
    expect(penaltyFormula({ ...base, moratorium: true, moratoriumId: 'ПП-497' })).toBe(
      'мораторий (ПП-497): пени не начисляются',
    );
  });
});

describe('the court order application', () => {
  const v = buildCourtApplicationView(ownerCourtOrderFacts());
  const text = all([
    v.header.map((b) => [b.label ?? '', ...b.lines]).flat(),
    v.title,
    v.subtitle,
    v.paragraphs,
    v.amountsTitle,
    v.amounts.map((a) => `${a.label}: ${a.value}`),
    v.totalWords,
    v.closing,
    v.lead,
    v.prayer,
    v.attachments,
  ]);

  it('addresses the magistrate and names the parties as ГПК ст.124 and ст.127 ask', () => {
    expect(plain(v.header[0]?.lines[0] ?? '')).toBe(
      'Мировому судье судебного участка № 123 Красногорского судебного района Московской области',
    );
    expect(text).toContain('Взыскатель:');
    expect(text).toContain('ИНН 5024123456, КПП 502401001, ОГРН 1115024000123');
    expect(text).toContain('р/с 40702810938000012345 в ПАО Сбербанк');
    expect(text).toContain('БИК 044525225, к/с 30101810400000000225');
    expect(text).toContain('по доверенности от 10.01.2026 № 5');
    expect(text).toContain('дата рождения: 12.04.1975');
    expect(text).toContain('место рождения: г. Красногорск Московской обл.');
    expect(text).toContain('СНИЛС 123-456-789 01, паспорт 4510 123456');
  });

  it('states the debt, the share, the penalty and the total in figures and words', () => {
    expect(text).toContain('задолженность по лицевому счёту составляет 16 846 руб. 90 коп.');
    expect(text).toContain('приходящаяся на долю 1/3, — 5 615 руб. 63 коп.');
    expect(text).toContain('пени по состоянию на 06.12.2026 — 12 107 руб. 35 коп.');
    expect(text).toContain('Всего: 9 651 руб. 41 коп.');
    expect(v.totalWords).toBe('(Девять тысяч шестьсот пятьдесят один рубль 41\u00a0копейка)');
    expect(text).toContain('Сумма требований: 9 651 руб. 41 коп.');
    expect(text).toContain('Государственная пошлина: 2 000 руб. 00 коп.');
  });

  it('asks for the order in the genitive, with the duty, and cites the law', () => {
    expect(v.prayer).toHaveLength(1);
    expect(plain(v.prayer[0] ?? '')).toBe(
      'Вынести судебный приказ о взыскании с Ивановой Марии Петровны в пользу ООО «УК Красногорье» (ИНН 5024123456) задолженности по оплате жилого помещения и коммунальных услуг по лицевому счёту № 5001234 за период с 01.11.2023 по 29.02.2024 в сумме 5 615 руб. 63 коп., пени по состоянию на 06.12.2026 в сумме 4 035 руб. 78 коп., всего 9 651 руб. 41 коп., а также расходов по уплате государственной пошлины в сумме 2 000 руб. 00 коп.',
    );
    expect(text).toContain('ст. 153, 155, 158 ЖК РФ, ст. 121–124 ГПК РФ');
    expect(text).toContain('обязана своевременно');
    expect(text).not.toContain('коп..');
    expect(v.attachments[0]).toBe('1. Расчёт задолженности на 1\u00a0л.');
    expect(v.signature).toEqual({
      position: 'Юрисконсульт ООО\u00a0«УК\u00a0Красногорье»',
      name: 'Соколов Дмитрий Андреевич',
      authority: 'представитель по доверенности от\u00a010.01.2026 №\u00a05',
      date: '06.12.2026',
    });
  });

  it('notes time-barred months only when the clerk included them', () => {
    expect(text).not.toContain('исковой давности');
    const f = { ...ownerCourtOrderFacts(), timeBarredIncluded: true, timeBarredNote: null };
    expect(all(buildCourtApplicationView(f).closing)).toContain('п. 2 ст. 199 ГК РФ');
  });

  it('sues a social tenant jointly with the family (ЖК ст.67, 69)', () => {
    const t = buildCourtApplicationView(tenantCourtOrderFacts());
    const tt = all([t.header.map((b) => [b.label ?? '', ...b.lines]).flat(), t.paragraphs, t.lead, t.prayer]);
    expect(tt).toContain('Должник 2 (солидарно):');
    expect(tt).toContain('о взыскании солидарно с Петровой Любови Николаевны, Петрова Сергея Викторовича');
    expect(tt).toContain('ч. 2 ст. 69 ЖК РФ');
    expect(tt).toContain('ст. 67, 69, 153, 155 ЖК РФ, ст. 121–124 ГПК РФ');
    expect(tt).toContain('всего 28 954 руб. 25 коп.');
  });
});

describe('the lawsuit after a cancelled order', () => {
  const v = buildCourtApplicationView(ownerLawsuitFacts());
  const text = all([
    v.header.map((b) => [b.label ?? '', ...b.lines]).flat(),
    v.title,
    v.subtitle,
    v.paragraphs,
    v.amounts.map((a) => `${a.label}: ${a.value}`),
    v.closing,
    v.lead,
    v.prayer,
  ]);
  it('names the cancellation ruling and offsets the order’s duty', () => {
    expect(v.title).toBe('ИСКОВОЕ ЗАЯВЛЕНИЕ');
    expect(text).toContain('Истец:');
    expect(text).toContain('Ответчик:');
    expect(text).toContain('Цена иска: 9 651 руб. 41 коп.');
    expect(text).toContain('Судебный приказ № 2-415/2025 от 20.02.2025 определением от 17.03.2025 отменён');
    expect(text).toContain('Государственная пошлина по иску составляет 4 000 руб. 00 коп.');
    expect(text).toContain(
      'В сумме 2 000 руб. 00 коп. подлежит зачёту госпошлина, уплаченная при подаче заявления о вынесении судебного приказа (пп. 13 п. 1 ст. 333.20 НК РФ); остальные 2 000 руб. 00 коп. уплачены.',
    );
    expect(text).toContain(
      'Платёжные поручения № 812 от 03.02.2025 на 2 000 руб. 00 коп.; № 1187 от 03.12.2026 на 2 000 руб. 00 коп.',
    );
    expect(v.prayer).toHaveLength(3);
    expect(plain(v.prayer[0] ?? '')).toMatch(/^Взыскать с Ивановой Марии Петровны в пользу ООО «УК Красногорье»/);
    expect(plain(v.prayer[1] ?? '')).toBe(
      'Взыскать с ответчика в пользу истца расходы по уплате государственной пошлины в сумме 4 000 руб. 00 коп.',
    );
    expect(text).toContain('ст. 131, 132 ГПК РФ');
  });
});

describe('the calculations', () => {
  it('debt: the months, the barred ones apart, the total and the share', () => {
    const v = buildDebtCalculationView(ownerCourtOrderFacts());
    expect(v.table.rows.map((r) => r.cells.map(plain))).toEqual([
      ['11.2023', '10.12.2023', '4 800,00', '1 000,00', '3 800,00'],
      ['12.2023', '10.01.2024', '4 800,00', '0,00', '4 800,00'],
      ['01.2024', '10.02.2024', '5 123,45', '0,00', '5 123,45'],
      ['02.2024', '10.03.2024', '5 123,45', '2 000,00', '3 123,45'],
      ['Итого', '', '19 846,90', '3 000,00', '16 846,90'],
    ]);
    expect(v.barredTable?.rows.map((r) => r.cells[0])).toEqual(['09.2023', '10.2023', 'Итого']);
    expect(plain(v.barredTitle ?? '')).toContain('не включены в сумму требований (9 000 руб. 00 коп.)');
    expect(v.totals.map((t) => `${plain(t.label)} ${plain(t.value)}`)).toEqual([
      'Задолженность по лицевому счёту за период с 01.11.2023 по 29.02.2024 16 846 руб. 90 коп.',
      'Доля 1/3: 16 846,90 × 1/3 = 5 615 руб. 63 коп.',
    ]);
    expect(v.signer).toEqual({
      position: 'Начальник отдела по работе с задолженностью',
      name: 'Петрова Анна Сергеевна',
      date: '06.12.2026',
    });
  });

  it('debt: an included time-barred month is marked and explained', () => {
    const f = ownerCourtOrderFacts();
    f.months = f.months.map((m) => ({ ...m, included: true }));
    f.accountPrincipalKopecks = 2584690;
    const v = buildDebtCalculationView(f);
    expect(v.barredTable).toBeNull();
    expect(v.table.rows[0]?.cells[0]).toBe('09.2023*');
    expect(v.notes[0]).toMatch(/^\* Месяц, по которому истёк срок исковой давности, включён/);
  });

  it('penalty: the debtor at the top, due dates, formulas, payments, the barred month apart, the share', () => {
    const v = buildCourtPenaltyView(ownerCourtOrderFacts());
    expect(v.facts.map((x) => `${x.label}: ${plain(x.value)}`)).toEqual([
      'Взыскатель: ООО «УК Красногорье», ИНН 5024123456',
      'Должник: Иванова Мария Петровна — собственник 1/3 доли в праве собственности на помещение',
      'Лицевой счёт: № 5001234',
      'Адрес помещения: Московская обл., г. Красногорск, ул. Ленина, д. 7, кв. 12',
      'Период основного долга: с 01.11.2023 по 29.02.2024',
      'Расчёт на дату: 06.12.2026',
    ]);
    const rows = (v.table?.rows ?? []).map((r) => r.cells.map(plain));
    expect(rows).toHaveLength(13);
    expect(rows[2]).toEqual([
      '11.2023',
      '10.12.2023',
      '3 800,00',
      '10.03.2024',
      '06.12.2026',
      '1002',
      '3 800,00 × 1002 × 1/130 × 9,5 %',
      '2 782,48',
    ]);
    expect(rows[12]).toEqual(['Итого', '', '', '', '', '', '', '12 107,35']);
    expect(v.payments?.rows.map((r) => r.cells.map(plain))).toEqual([
      ['05.12.2023', '1 000,00', 'ноябрь 2023'],
      ['05.03.2024', '2 000,00', 'февраль 2024'],
    ]);
    expect(v.barredTable?.rows.map((r) => plain(r.cells[6] ?? ''))).toContain('4 500,00 × 60 × 1/300 × 9,5 %');
    expect(plain(v.barredNote ?? '')).toBe(
      'Не включены: сентябрь 2023 (срок оплаты 10.10.2023), октябрь 2023 (срок оплаты 10.11.2023).',
    );
    expect(v.totals.map((t) => `${plain(t.label)} ${plain(t.value)}`)).toEqual([
      'Пени по лицевому счёту на 06.12.2026 12 107 руб. 35 коп.',
      'Доля 1/3: 12 107,35 × 1/3 = 4 035 руб. 78 коп.',
    ]);
    expect(v.signer.position).toBe('Начальник отдела по работе с задолженностью');
  });

  it('penalty: a month paid late before the principal’s period still shows its due date', () => {
    const f = ownerCourtOrderFacts();
    // August 2023, due 11.09.2023 (10.09 a Sunday), paid late: its line starts on delay day 31 = 12.10.2023.
    const late = {
      ...f.penaltyLines[2]!,
      period: '2023-08',
      from: '2023-10-12',
      to: '2023-10-20',
      days: 9,
      delayDayFrom: 31,
      delayDayTo: 39,
    };
    f.penaltyLines = [late, ...f.penaltyLines];
    f.accountPenaltyKopecks += late.penaltyKopecks;
    const rows = (buildCourtPenaltyView(f).table?.rows ?? []).map((r) => r.cells.map(plain));
    expect(rows[0]?.slice(0, 2)).toEqual(['08.2023', '11.09.2023']);
  });
});

describe('letters and the register', () => {
  it('attachments, cover letter and the duty offset petition carry the facts’ sums', () => {
    const a = buildAttachmentsView(ownerCourtOrderFacts());
    expect(a.list).toHaveLength(7);
    expect(plain(a.list[4] ?? '')).toBe(
      '5. Платёжное поручение № 1123 от 01.12.2026 об уплате государственной пошлины на 1 л.',
    );
    const c = buildCoverLetterView(ownerCourtOrderFacts());
    expect(all(c.paragraphs)).toContain(
      'Сумма требований — 9 651 руб. 41 коп. (Девять тысяч шестьсот пятьдесят один рубль 41 копейка), в том числе основной долг 5 615 руб. 63 коп., пени 4 035 руб. 78 коп.; государственная пошлина — 2 000 руб. 00 коп.',
    );
    expect(plain(c.list[0] ?? '')).toBe(
      '1. Заявление о вынесении судебного приказа о взыскании с Ивановой Марии Петровны — 9 651 руб. 41 коп.',
    );
    const d = buildDutyOffsetView(ownerLawsuitFacts());
    const dt = all(d.paragraphs);
    expect(dt).toContain('Судебный приказ № 2-415/2025 от 20.02.2025 отменён определением от 17.03.2025.');
    expect(dt).toContain('пп. 13 п. 1 ст. 333.20 и п. 6 ст. 333.40 НК РФ');
    expect(dt).toContain(
      'государственную пошлину в сумме 2 000 руб. 00 коп. (Две тысячи рублей 00 копеек), уплаченную при подаче заявления о вынесении судебного приказа',
    );
    expect(d.list.map(plain)).toEqual([
      '1. Платёжное поручение № 812 от 03.02.2025 на 2 000 руб. 00 коп. (плательщик ООО «УК Красногорье»).',
      '2. Платёжное поручение № 1187 от 03.12.2026 на 2 000 руб. 00 коп. (плательщик ООО «УК Красногорье»).',
      '3. Копия определения от 17.03.2025 об отмене судебного приказа № 2-415/2025.',
    ]);
  });

  it('register: a row per application and the totals of the rows', () => {
    const v = buildCourtRegisterView(registerFacts());
    expect(v.table.rows.map((r) => r.cells.map(plain))).toEqual([
      [
        '1',
        'Иванова Мария Петровна',
        '5001234',
        'Московская обл., г. Красногорск, ул. Ленина, д. 7, кв. 12',
        '11.2023 – 02.2024',
        'судебный приказ',
        '5 615,63',
        '4 035,78',
        '9 651,41',
        '2 000,00',
        '9',
      ],
      [
        '2',
        'Петрова Любовь Николаевна, Петров Сергей Викторович',
        '5009876',
        'Московская обл., г. Красногорск, ул. Ленина, д. 9, кв. 3',
        '11.2023 – 02.2024',
        'судебный приказ',
        '16 846,90',
        '12 107,35',
        '28 954,25',
        '2 000,00',
        '10',
      ],
      ['', 'Итого', '', '', '', '', '22 462,53', '16 143,13', '38 605,66', '4 000,00', '19'],
    ]);
    expect(plain(v.summary)).toBe(
      'Всего 2 заявления на 19 л.; сумма требований 38 605,66 руб., государственная пошлина 4 000,00 руб.',
    );
  });
});

describe('facts that a clerk would send back', () => {
  it('the fixture agrees with itself', () => {
    expect(caseFactsProblems(ownerCourtOrderFacts())).toEqual([]);
    expect(caseFactsProblems(ownerLawsuitFacts())).toEqual([]);
    expect(caseFactsProblems(tenantCourtOrderFacts())).toEqual([]);
  });
  it('finds totals that do not add up and identifiers missing without confirmation', () => {
    const f = ownerCourtOrderFacts();
    f.accountPenaltyKopecks += 1;
    const d = f.debtors[0];
    if (d) d.identifiers = [];
    const p = caseFactsProblems(f);
    expect(p.map((x) => x.kind)).toEqual(['sums', 'identifiers']);
    expect(plain(p[0]?.text ?? '')).toBe(
      'сумма строк расчёта пени 12 107 руб. 35 коп. не равна пени по счёту 12 107 руб. 36 коп.',
    );
    expect(p[1]?.text).toMatch(/Иванова Мария Петровна/);
  });
});

describe('edge cases a clerk would notice', () => {
  it('names the court of the cancelled order in the right case', async () => {
    const { toCourtText } = await import('./court-text');
    expect(toCourtText('мировому судье судебного участка № 5')).toBe('к мировому судье судебного участка № 5');
    expect(toCourtText('Судебный участок № 5 Красногорского судебного района')).toBe(
      'в судебный участок № 5 Красногорского судебного района',
    );
    expect(toCourtText('Красногорский городской суд Московской области')).toBe(
      'в Красногорский городской суд Московской области',
    );
  });

  it('a calculation with no penalty says so instead of an empty table', () => {
    const f = ownerCourtOrderFacts();
    f.penaltyLines = f.penaltyLines.filter((l) => l.period === '2023-10');
    f.accountPenaltyKopecks = 0;
    f.penaltyKopecks = 0;
    f.claimKopecks = 561563;
    expect(caseFactsProblems(f)).toEqual([]);
    const v = buildCourtPenaltyView(f);
    expect(v.table).toBeNull();
    expect(v.emptyText).toBe('На 06.12.2026 пени по включённым месяцам не начислены.');
  });
});

describe('a joint tenancy in the calculations', () => {
  it('names the tenant and the family jointly liable apart', () => {
    const v = buildDebtCalculationView(tenantCourtOrderFacts());
    expect(plain(v.facts[1]?.value ?? '')).toBe(
      'Петрова Любовь Николаевна — наниматель по договору социального найма; солидарно с нанимателем: Петров Сергей Викторович (члены семьи нанимателя, ч. 2 ст. 69 ЖК РФ)',
    );
    expect(v.facts[1]?.label).toBe('Должники');
  });
});
