/**
 * @file The warning's view (shared/documents/restriction-warning/warning-view.ts), pure: the strings a clerk and a
 * court would read, for sewage and another service, with restriction possible or not, costs given or not.
 */
import { describe, expect, it } from 'vitest';
import { buildWarningView, type WarningInput } from '../../shared/documents/restriction-warning/warning-view';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const all = (v: ReturnType<typeof buildWarningView>) =>
  plain([...v.toLines, v.subtitle, ...v.paragraphs, ...v.paymentLines, v.legalBasis].join(' | '));

function input(over: Partial<WarningInput> = {}): WarningInput {
  return {
    documentDate: '2026-12-06',
    accountNumber: '8100000003',
    address: 'г. Красногорск, ул. Кирова, д. 5, кв. 3',
    letterAddress: null,
    addressees: [{ fullName: 'Петров Пётр Петрович', role: 'owner' }],
    service: 'Водоотведение',
    debtKopecks: 360000,
    months: ['05', '06', '07', '08', '09', '10'].map((m) => ({ period: `2026-${m}`, openKopecks: 60000 })),
    thresholdKopecks: 120000,
    thresholdBasis: 'norm',
    thresholdDetail: '2 × (4,745 м³ × 45,37 ₽ × 3 чел.) = 1 291,68 ₽',
    warningDays: 20,
    restorationDays: 2,
    restrictionPossible: true,
    restrictionCostKopecks: 0,
    restorationCostKopecks: 0,
    payee: {
      name: 'ООО «УК Тестовая»',
      inn: '5024000033',
      kpp: null,
      address: null,
      phone: null,
      bankName: 'ПАО Сбербанк',
      bik: '044525225',
      correspondentAccount: '30101810400000000225',
      settlementAccount: '40702810938000012345',
    },
    organisationName: 'ООО «УК Тестовая»',
    signer: null,
    ...over,
  };
}

describe('the warning view', () => {
  it('names the exact sewage debt, its months, the term from delivery and restriction before suspension', () => {
    const v = buildWarningView(input());
    const text = all(v);
    expect(v.toLines[0]).toBe('Петрову Петру Петровичу');
    expect(text).toContain('«Водоотведение» в размере 3 600 руб. 00 коп. за май 2026 — октябрь 2026');
    expect(text).toContain('Сумма указана только по услуге «Водоотведение»');
    expect(text).toContain('2 месячных размеров платы');
    expect(text).toContain('исходя из норматива потребления');
    expect(text).toContain('в течение 20 дней со дня доставки настоящего предупреждения');
    expect(text).toContain('будет сначала ограничено, а затем');
    expect(text).toContain('п. 122 Правил № 354');
    expect(text).not.toContain('Расходы исполнителя');
    expect(v.months).toHaveLength(6);
    expect(plain(v.monthsTotal)).toBe('3 600 руб. 00 коп.');
    // No signer set: a line to sign by hand, not an invented name.
    expect(v.signer.fullName).toBe('________________');
  });

  it('announces suspension at once where restriction is impossible, and states costs the rules give', () => {
    const v = buildWarningView(
      input({
        service: 'Горячее водоснабжение',
        restrictionPossible: false,
        restrictionCostKopecks: 150000,
        restorationCostKopecks: 100000,
        thresholdBasis: 'average',
        addressees: [{ fullName: null, role: 'tenant' }],
        warningDays: 21,
      }),
    );
    const text = all(v);
    expect(v.subtitle).toBe('о приостановлении предоставления коммунальной услуги «Горячее водоснабжение»');
    expect(text).toContain(
      'приостановлено без предварительного ограничения, так как ограничение предоставления этой услуги технически невозможно',
    );
    expect(text).not.toContain('сначала ограничено');
    expect(text).not.toContain('Сумма указана только по услуге «Водоотведение»');
    expect(text).toContain(
      'введение ограничения — 1 500 руб. 00 коп.; возобновление предоставления услуги — 1 000 руб. 00 коп.',
    );
    expect(text).toContain('среднемесячного начисления');
    expect(text).toContain('в течение 21 дня со дня доставки');
    expect(v.toLines[0]).toBe('Нанимателю помещения');
  });
});
