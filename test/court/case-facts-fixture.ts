/**
 * @file Hand-made case facts for the court documents' tests (and for the package's tests, which may reuse them):
 * an owner of a 1/3 share sued for her part, the lawsuit after her court order was cancelled, and a social tenant
 * sued jointly with an adult family member whose identifiers are confirmed unknown.
 *
 * The figures are a lawyer's arithmetic, not the program's:
 * - months in the claim (balance): 11.2023 3 800,00 + 12.2023 4 800,00 + 01.2024 5 123,45 + 02.2024 3 123,45
 *   = 16 846,90; months 09.2023 and 10.2023 (4 500,00 each) are past the limitation on 06.12.2026 and left out;
 * - penalty lines at 9,5 %: 3 800,00 × 60 × 1/300 = 72,20; 3 800,00 × 1002 × 1/130 = 2 782,48;
 *   4 800,00 × 60 × 1/300 = 91,20; 4 800,00 × 971 × 1/130 = 3 405,97; 5 123,45 × 60 × 1/300 = 97,35;
 *   5 123,45 × 940 × 1/130 = 3 519,42; 3 123,45 × 60 × 1/300 = 59,35; 3 123,45 × 911 × 1/130 = 2 079,38;
 *   total 12 107,35 (the barred 10.2023 line 4 500,00 × 60 × 1/300 = 85,50 is not in it);
 * - the 1/3 share: 16 846,90 / 3 = 5 615,63; 12 107,35 / 3 = 4 035,78; claim 5 615,63 + 4 035,78 = 9 651,41;
 * - duty (filed after 09.09.2024, claim ≤ 100 000): lawsuit 4 000,00, court order 50 % = 2 000,00.
 */
import type { CaseFacts, CaseMonth, CourtRegisterFacts } from '../../shared/court/court-case-facts';
import type { PenaltyLine } from '../../shared/rules/penalty/penalty-types';

function month(
  period: string,
  dueDate: string,
  charged: number,
  paid: number,
  open: number,
  timeBarred: boolean,
): CaseMonth {
  return {
    period,
    dueDate,
    chargedKopecks: charged,
    paidKopecks: paid,
    openKopecks: open,
    timeBarred,
    included: !timeBarred,
  };
}

function line(
  period: string,
  from: string,
  to: string,
  days: number,
  delayDayFrom: number,
  baseKopecks: number,
  den: number,
  penaltyKopecks: number,
): PenaltyLine {
  const grace = den === 1;
  return {
    period,
    kind: 'housing',
    from,
    to,
    days,
    delayDayFrom,
    delayDayTo: delayDayFrom + days - 1,
    baseKopecks,
    rateBasisPoints: 950,
    rateDates: ['2026-12-06'],
    fraction: grace ? { num: 0, den: 1 } : { num: 1, den },
    moratorium: false,
    moratoriumId: null,
    scaleId: 'ч.14',
    penaltyKopecks,
  };
}

export const FIXTURE_MONTHS: CaseMonth[] = [
  month('2023-09', '2023-10-10', 450000, 0, 450000, true),
  month('2023-10', '2023-11-10', 450000, 0, 450000, true),
  month('2023-11', '2023-12-10', 480000, 100000, 380000, false),
  month('2023-12', '2024-01-10', 480000, 0, 480000, false),
  month('2024-01', '2024-02-10', 512345, 0, 512345, false),
  month('2024-02', '2024-03-10', 512345, 200000, 312345, false),
];

export const FIXTURE_PENALTY_LINES: PenaltyLine[] = [
  line('2023-10', '2023-11-11', '2023-12-10', 30, 1, 450000, 1, 0),
  line('2023-10', '2023-12-11', '2024-02-08', 60, 31, 450000, 300, 8550),
  line('2023-11', '2023-12-11', '2024-01-09', 30, 1, 380000, 1, 0),
  line('2023-11', '2024-01-10', '2024-03-09', 60, 31, 380000, 300, 7220),
  line('2023-11', '2024-03-10', '2026-12-06', 1002, 91, 380000, 130, 278248),
  line('2023-12', '2024-01-11', '2024-02-09', 30, 1, 480000, 1, 0),
  line('2023-12', '2024-02-10', '2024-04-09', 60, 31, 480000, 300, 9120),
  line('2023-12', '2024-04-10', '2026-12-06', 971, 91, 480000, 130, 340597),
  line('2024-01', '2024-02-11', '2024-03-11', 30, 1, 512345, 1, 0),
  line('2024-01', '2024-03-12', '2024-05-10', 60, 31, 512345, 300, 9735),
  line('2024-01', '2024-05-11', '2026-12-06', 940, 91, 512345, 130, 351942),
  line('2024-02', '2024-03-11', '2024-04-09', 30, 1, 312345, 1, 0),
  line('2024-02', '2024-04-10', '2024-06-08', 60, 31, 312345, 300, 5935),
  line('2024-02', '2024-06-09', '2026-12-06', 911, 91, 312345, 130, 207938),
];

const COURT: CaseFacts['court'] = {
  id: 7,
  kind: 'magistrate',
  name: 'Судебный участок № 123 Красногорского судебного района Московской области',
  addressee: 'мировому судье судебного участка № 123 Красногорского судебного района Московской области',
  address: '143400, Московская обл., г. Красногорск, ул. Ленина, д. 2',
  code: null,
};

const CLAIMANT: CaseFacts['claimant'] = {
  name: 'ООО «УК Красногорье»',
  inn: '5024123456',
  kpp: '502401001',
  ogrn: '1115024000123',
  address: '143401, Московская обл., г. Красногорск, ул. Советская, д. 10, пом. 3',
  phone: '+7 (495) 563-00-11',
  bankName: 'ПАО Сбербанк',
  bik: '044525225',
  correspondentAccount: '30101810400000000225',
  settlementAccount: '40702810938000012345',
  representative: {
    fullName: 'Соколов Дмитрий Андреевич',
    position: 'Юрисконсульт',
    powerOfAttorney: 'от 10.01.2026 № 5',
    phone: '+7 (495) 563-12-35',
  },
};

const PREMISES = 'Московская обл., г. Красногорск, ул. Ленина, д. 7, кв. 12';

/** The owner of a 1/3 share, a court order application. */
export function ownerCourtOrderFacts(): CaseFacts {
  return {
    caseId: 41,
    kind: 'court_order',
    documentDate: '2026-12-06',
    asOfDate: '2026-12-06',
    court: { ...COURT },
    claimant: { ...CLAIMANT, representative: { ...CLAIMANT.representative } },
    debtors: [
      {
        personId: 501,
        fullName: 'Иванова Мария Петровна',
        birthDate: '1975-04-12',
        birthPlace: 'г. Красногорск Московской обл.',
        residence: PREMISES,
        identifiers: ['СНИЛС 123-456-789 01', 'паспорт 4510 123456'],
        identifiersUnknownConfirmed: false,
        missingText: null,
      },
    ],
    jointly: false,
    accountNumber: '5001234',
    premisesAddress: PREMISES,
    debtorBasis: 'собственник 1/3 доли в праве собственности на помещение',
    shareText: '1/3',
    periodFrom: '2023-11',
    periodTo: '2024-02',
    months: FIXTURE_MONTHS.map((m) => ({ ...m })),
    payments: [
      { date: '2023-12-05', kopecks: 100000, period: '2023-11' },
      { date: '2024-03-05', kopecks: 200000, period: '2024-02' },
    ],
    accountPrincipalKopecks: 1684690,
    principalKopecks: 561563,
    accountPenaltyKopecks: 1210735,
    penaltyKopecks: 403578,
    penaltyLines: FIXTURE_PENALTY_LINES.map((l) => ({ ...l })),
    claimKopecks: 965141,
    dutyKopecks: 200000,
    dutyOffsetKopecks: 0,
    dutyPayments: [{ number: '1123', date: '2026-12-01', kopecks: 200000, payer: 'ООО «УК Красногорье»' }],
    dutyExemptReason: null,
    timeBarredIncluded: false,
    timeBarredNote: null,
    cancelledOrder: null,
    attachments: [
      'Расчёт задолженности на 1 л.',
      'Расчёт пени на 2 л.',
      'Выписка из лицевого счёта № 5001234 на 1 л.',
      'Выписка из ЕГРН на помещение на 2 л.',
      'Платёжное поручение № 1123 от 01.12.2026 об уплате государственной пошлины на 1 л.',
      'Копия договора управления многоквартирным домом на 12 л.',
      'Копия доверенности представителя на 1 л.',
    ],
    calculationSigner: { fullName: 'Петрова Анна Сергеевна', position: 'Начальник отдела по работе с задолженностью' },
  };
}

/** The same owner's lawsuit after the order was cancelled: the court order's duty offset, the rest paid. */
export function ownerLawsuitFacts(): CaseFacts {
  const f = ownerCourtOrderFacts();
  return {
    ...f,
    caseId: 42,
    kind: 'lawsuit',
    dutyKopecks: 400000,
    dutyOffsetKopecks: 200000,
    dutyPayments: [
      { number: '812', date: '2025-02-03', kopecks: 200000, payer: 'ООО «УК Красногорье»' },
      { number: '1187', date: '2026-12-03', kopecks: 200000, payer: 'ООО «УК Красногорье»' },
    ],
    cancelledOrder: {
      number: '2-415/2025',
      issuedDate: '2025-02-20',
      cancelledDate: '2025-03-17',
      court: 'мировому судье судебного участка № 123 Красногорского судебного района Московской области',
    },
    attachments: [
      'Расчёт задолженности на 1 л.',
      'Расчёт пени на 2 л.',
      'Выписка из ЕГРН на помещение на 2 л.',
      'Копия определения от 17.03.2025 об отмене судебного приказа № 2-415/2025 на 1 л.',
      'Заявление о зачёте государственной пошлины на 1 л.',
      'Платёжные поручения № 812 от 03.02.2025 и № 1187 от 03.12.2026 об уплате государственной пошлины на 2 л.',
      'Документ о направлении ответчику копии искового заявления с приложениями на 1 л.',
      'Копия доверенности представителя на 1 л.',
    ],
  };
}

/** A social tenant sued jointly with her adult son, whose birth data and identifiers are confirmed unknown. */
export function tenantCourtOrderFacts(): CaseFacts {
  const f = ownerCourtOrderFacts();
  return {
    ...f,
    caseId: 43,
    debtors: [
      {
        personId: 601,
        fullName: 'Петрова Любовь Николаевна',
        birthDate: '1960-01-30',
        birthPlace: 'с. Ильинское Красногорского р-на Московской обл.',
        residence: 'Московская обл., г. Красногорск, ул. Ленина, д. 9, кв. 3',
        identifiers: ['ИНН 502400112233'],
        identifiersUnknownConfirmed: false,
        missingText: null,
      },
      {
        personId: 602,
        fullName: 'Петров Сергей Викторович',
        birthDate: null,
        birthPlace: null,
        residence: 'Московская обл., г. Красногорск, ул. Ленина, д. 9, кв. 3',
        identifiers: [],
        identifiersUnknownConfirmed: true,
        missingText: 'дата и место рождения, идентификаторы',
      },
    ],
    jointly: true,
    accountNumber: '5009876',
    premisesAddress: 'Московская обл., г. Красногорск, ул. Ленина, д. 9, кв. 3',
    debtorBasis: 'наниматель по договору социального найма',
    shareText: null,
    principalKopecks: 1684690,
    penaltyKopecks: 1210735,
    claimKopecks: 2895425,
    dutyPayments: [{ number: '1124', date: '2026-12-01', kopecks: 200000, payer: 'ООО «УК Красногорье»' }],
    attachments: [
      'Расчёт задолженности на 1 л.',
      'Расчёт пени на 2 л.',
      'Выписка из лицевого счёта № 5009876 на 1 л.',
      'Копия договора социального найма на 4 л.',
      'Справка о зарегистрированных лицах на 1 л.',
      'Платёжное поручение № 1124 от 01.12.2026 об уплате государственной пошлины на 1 л.',
      'Копия договора управления многоквартирным домом на 12 л.',
      'Копия доверенности представителя на 1 л.',
    ],
  };
}

export function registerFacts(): CourtRegisterFacts {
  const a = ownerCourtOrderFacts();
  const b = tenantCourtOrderFacts();
  const row = (f: CaseFacts, pages: number) => ({
    caseId: f.caseId,
    kind: f.kind,
    debtorName: f.debtors.map((d) => d.fullName).join(', '),
    accountNumber: f.accountNumber,
    premisesAddress: f.premisesAddress,
    claimantName: f.claimant.name,
    periodFrom: f.periodFrom,
    periodTo: f.periodTo,
    principalKopecks: f.principalKopecks,
    penaltyKopecks: f.penaltyKopecks,
    claimKopecks: f.claimKopecks,
    dutyKopecks: f.dutyKopecks,
    pages,
  });
  return {
    court: { ...COURT },
    documentDate: '2026-12-06',
    sender: 'МКУ «Расчётный центр городского округа Красногорск»',
    signer: { fullName: 'Морозова Елена Викторовна', position: 'начальник отдела по работе с задолженностью' },
    rows: [row(a, 9), row(b, 10)],
  };
}
