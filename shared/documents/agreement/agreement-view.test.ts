/**
 * The agreement's document as strings: a social tenant with his adult son jointly liable (ЖК ст.69), one instalment,
 * eviction named among the paused measures; balances after each instalment by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildAgreementView, type AgreementViewInput } from './agreement-view';

const base: AgreementViewInput = {
  number: 'С-2026-0005',
  issuedDate: '2026-12-06',
  place: 'г. Красногорск',
  creditor: { name: 'ООО «УК Дом»', inn: '5024000011', address: null, signerName: null, signerPosition: null },
  organisationName: 'Отдел по работе с задолженностью',
  accountNumber: '7300000001',
  address: 'г. Красногорск, ул. Ленина, д. 1, кв. 2',
  debtors: [
    {
      fullName: 'Нанимателев Иван Петрович',
      role: 'tenant',
      shareText: null,
      partKopecks: 1_234_56,
      jointly: ['Нанимателев Олег Иванович'],
    },
  ],
  totalKopecks: 1_234_56,
  periodFrom: '2026-01',
  periodTo: '2026-09',
  instalments: [
    { seq: 1, dueDate: '2026-12-20', amountKopecks: 1_000_00 },
    { seq: 2, dueDate: '2027-01-20', amountKopecks: 234_56 },
  ],
  toleranceKopecks: 10_000,
  graceDays: 5,
  restorationDays: 2,
  socialTenancy: true,
};
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('agreement view', () => {
  it('names a social tenant and the adult family jointly liable, and pauses eviction too', () => {
    const v = buildAgreementView(base);
    expect(nb(v.preamble)).toBe(
      'ООО «УК Дом» (ИНН 5024000011), именуемое в дальнейшем «Кредитор», с одной стороны, и Нанимателев Иван Петрович ' +
        '(наниматель жилого помещения по договору социального найма), и Нанимателев Олег Иванович (совместно проживающие ' +
        'дееспособные члены семьи нанимателя, отвечающие солидарно — ЖК РФ ст. 69 ч. 2), именуемый(ая) в дальнейшем ' +
        '«Должник», с другой стороны, заключили настоящее соглашение о нижеследующем.',
    );
    const subject = nb(v.sections[0]!.paragraphs[0]!);
    expect(subject).toContain('за период с января 2026 г. по сентябрь 2026 г.');
    expect(subject).toContain('в размере 1 234 руб. 56 коп.');
    expect(subject).toContain('2 платежа с 20.12.2026 по 20.01.2027');
    expect(v.sections[3]!.paragraphs[0]).toContain('не предъявляет требование о выселении (ЖК РФ ст. 90)');
    // 1 234,56 − 1 000,00 = 234,56; − 234,56 = 0,00.
    expect(v.schedule.rows.map((r) => [r.seq, r.dueDate, nb(r.amount), nb(r.balance)])).toEqual([
      ['1', '20.12.2026', '1 000,00', '234,56'],
      ['2', '20.01.2027', '234,56', '0,00'],
    ]);
    expect(v.signatures.map((s) => s.role)).toEqual(['Кредитор', 'Должник', 'Член семьи нанимателя']);
    expect(v.sections[5]!.paragraphs[1]).toContain('в 3 экземплярах');
  });

  it('an owner, one instalment: «в срок до», no eviction, no text with a line break', () => {
    const v = buildAgreementView({
      ...base,
      socialTenancy: false,
      debtors: [{ fullName: 'Собственников Ян', role: 'owner', shareText: null, partKopecks: 500_00, jointly: [] }],
      totalKopecks: 500_00,
      periodFrom: '2026-09',
      periodTo: '2026-09',
      instalments: [{ seq: 1, dueDate: '2026-12-20', amountKopecks: 500_00 }],
    });
    const subject = nb(v.sections[0]!.paragraphs[0]!);
    expect(subject).toContain('за сентябрь 2026 г.');
    expect(subject).toContain('1 платёж в срок до 20.12.2026 включительно.');
    expect(v.sections[3]!.paragraphs[0]).not.toContain('выселени');
    const all = [v.preamble, ...v.sections.flatMap((s) => s.paragraphs), v.footer];
    for (const t of all) expect(t).not.toContain('\n');
    for (const t of all) expect(t).not.toContain('..');
  });
});
