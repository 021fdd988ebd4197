/**
 * @file The pure parts of measure 12: the checklist's verdict, the stage machine's refusals and proposals, and the
 * lawsuit's and warning's strings (no rendering). Figures by hand: a household of 3 at 6 m² needs 18 m²; the dwelling
 * offered has 28,5 m²; a decision of 31.08.2026 is in force not before 30.09.2026 (no 31st in September).
 */
import { describe, expect, it } from 'vitest';
import { checklistVerdict, GOOD_REASON_CODES, GOOD_REASONS } from '../../shared/eviction/good-reasons';
import { checkStep, inForceEarliest, proposeNext, type EvictionCaseState } from '../../shared/eviction/eviction-steps';
import { buildLawsuitView, lawsuitAttachments, type LawsuitInput } from '../../shared/documents/eviction/lawsuit-view';
import { buildWarningView } from '../../shared/documents/eviction/warning-view';

const allNo = GOOD_REASON_CODES.map((code) => ({ code, answer: 'no' as const, note: '' }));
const base: EvictionCaseState = {
  status: 'checklist',
  warningDate: null,
  warningDeadlineDate: null,
  lawsuitDate: null,
  decisionDate: null,
  decisionResult: null,
  inForceDate: null,
  enforcementDate: null,
  dwellingId: null,
};

describe('the good-reasons checklist', () => {
  it('has the eight items of Пленум ВС № 14 п.38 with codes and Russian texts', () => {
    expect(GOOD_REASONS.map((g) => g.code)).toEqual([
      'wage_arrears',
      'unemployment',
      'illness',
      'disability',
      'large_family',
      'pensioner_low_income',
      'military_service',
      'other',
    ]);
    expect(GOOD_REASONS.every((g) => /[а-я]/.test(g.text))).toBe(true);
  });

  it('nothing answered is 8 unknown; one «yes» is a good reason; all «no» is clear', () => {
    expect(checklistVerdict(null)).toMatchObject({ clear: false, text: 'Не проверено пунктов: 8 из 8.' });
    const yes = checklistVerdict([
      { code: 'disability', answer: 'yes', note: 'инвалид II группы' },
      ...allNo.slice(0, 3),
    ]);
    expect(yes.goodReasons.map((g) => g.code)).toEqual(['disability']);
    expect(yes.text).toContain('инвалид II группы');
    expect(checklistVerdict(allNo).clear).toBe(true);
  });
});

describe('the stage machine', () => {
  const clear = checklistVerdict(allNo);
  it('refuses a date to come, a lawsuit before the term, a good reason, in force within the month', () => {
    expect(checkStep(base, { step: 'warning', date: '2026-12-07' }, clear, '2026-12-06')).toContain('ещё не наступила');
    const warned = {
      ...base,
      status: 'warning' as const,
      warningDate: '2026-11-01',
      warningDeadlineDate: '2026-12-01',
    };
    expect(checkStep(warned, { step: 'lawsuit', date: '2026-12-01', courtName: 'суд' }, clear, '2026-12-06')).toContain(
      '02.12.2026',
    );
    expect(
      checkStep(warned, { step: 'lawsuit', date: '2026-12-02', courtName: 'суд' }, clear, '2026-12-06'),
    ).toBeNull();
    const good = checklistVerdict([{ code: 'illness', answer: 'yes', note: '' }]);
    expect(checkStep(base, { step: 'warning', date: '2026-12-01' }, good, '2026-12-06')).toContain(
      'уважительная причина',
    );
    expect(inForceEarliest('2026-08-31')).toBe('2026-09-30');
    const decided = {
      ...base,
      status: 'decision' as const,
      decisionDate: '2026-08-31',
      decisionResult: 'granted' as const,
    };
    expect(checkStep(decided, { step: 'in_force', date: '2026-09-29' }, clear, '2026-12-06')).toContain('ГПК ст.321');
    expect(proposeNext(decided, clear, '2026-12-06')).toMatchObject({ step: 'in_force', from: '2026-09-30' });
  });
});

const input: LawsuitInput = {
  caseId: 4,
  lawsuitDate: '2026-12-06',
  courtName: 'Красногорский городской суд Московской области',
  landlordName: 'Муниципальное образование «Городской округ Красногорск Московской области» в лице администрации',
  organisationName: 'Отдел по работе с задолженностью',
  responsiblePerson: 'Петрова А. С.',
  tenantName: 'Кузнецов Иван Петрович',
  familyAdults: ['Кузнецова Мария Ивановна'],
  address: 'г. Красногорск, ул. Ленина, д. 1, кв. 5',
  accountNumber: '5000000001',
  householdSize: 3,
  monthsWithoutPayment: 8,
  debtMonths: [
    { period: '2026-03', chargedKopecks: 200_000, paidKopecks: 50_000, openKopecks: 150_000 },
    { period: '2026-04', chargedKopecks: 200_000, paidKopecks: 0, openKopecks: 200_000 },
  ],
  warningDate: '2026-10-01',
  warningDeadlineDate: '2026-10-31',
  checklistDate: '2026-09-30',
  dwelling: {
    settlement: 'г. Красногорск',
    address: 'ул. Школьная, д. 5',
    apartment: '12',
    rooms: 2,
    livingAreaCentiM2: 2850,
  },
  dormitoryNormCentiM2: 600,
  dutyKopecks: 0,
  dutyExempt: true,
  dutyExemptGround: 'подп. 19 п. 1 ст. 333.36 Налогового кодекса РФ',
};

describe('the lawsuit and the warning', () => {
  const view = buildLawsuitView(input);
  const text = [
    ...view.headerLines,
    ...view.blocks.flatMap((b) =>
      'text' in b ? [b.text] : 'items' in b ? b.items : 'rows' in b ? [...b.rows.flat(), ...b.total] : b.lines,
    ),
  ].join(' ');
  it('names the court, both adult defendants, the debt by month and its total (1 500 + 2 000 = 3 500 ₽)', () => {
    expect(view.headerLines[0]).toBe('В Красногорский городской суд Московской области');
    expect(view.headerLines).toContain('Ответчики: 1) Кузнецов Иван Петрович; 2) Кузнецова Мария Ивановна');
    expect(text).toContain('март 2026');
    expect(text).toContain('3 500,00'.replace(' ', '\u00a0'));
  });
  it('offers the reserved dwelling against the norm: 28,5 m² ≥ 6 × 3 = 18 m²', () => {
    expect(text).toContain('ул. Школьная, д. 5, кв. 12');
    expect(text).toContain('жилая площадь 28,5 кв. м');
    expect(text).toContain('6 кв. м × 3 чел. = 18 кв. м');
  });
  it('states the exemption instead of a duty, and lists the attachments', () => {
    expect(text).toContain('Истец освобождён от уплаты государственной пошлины (подп. 19 п. 1 ст. 333.36');
    expect(lawsuitAttachments(input)).toHaveLength(9);
    expect(lawsuitAttachments(input)[4]).toContain('освобождения');
  });
  it('the warning gives the term and the dormitory norm', () => {
    const w = buildWarningView({
      caseId: 4,
      landlordName: input.landlordName,
      organisationName: input.organisationName,
      responsiblePerson: '',
      tenantName: input.tenantName,
      address: input.address,
      accountNumber: input.accountNumber,
      debtKopecks: 350_000,
      monthsWithoutPayment: 8,
      warningDate: '2026-10-01',
      deadlineDate: '2026-10-31',
      dormitoryNormCentiM2: 600,
    });
    const t = w.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(t).toContain('до 31 октября 2026 г. включительно');
    expect(t).toContain('8 месяцев подряд');
    expect(t).toContain('не менее 6 кв. м жилой площади на одного человека');
  });
});
