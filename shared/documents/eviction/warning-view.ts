/**
 * @file The landlord's warning to a social tenant who has not paid for more than six months (shared, pure): the debt,
 * the months without payment, the term to pay, the offer of a repayment agreement, the good reasons the tenant may
 * show, and what follows otherwise — a lawsuit for eviction with another dwelling of the dormitory norm (ЖК ст.90,
 * ст.83 ч.4 п.1, ст.105). Ends with a place for the tenant's signature of receipt (delivery against signature).
 */
import { rublesKopecksText } from '../money-text';
import { longRuDate, monthsText, squareMetresText, type EvictionDocumentView } from './eviction-document-view';

export interface WarningInput {
  caseId: number;
  /** The landlord: the municipality (its administration). */
  landlordName: string;
  /** The office acting for the landlord and who signs. */
  organisationName: string;
  responsiblePerson: string;
  tenantName: string;
  address: string;
  accountNumber: string;
  debtKopecks: number;
  monthsWithoutPayment: number;
  warningDate: string;
  deadlineDate: string;
  dormitoryNormCentiM2: number;
}

export const WARNING_TEMPLATE_VERSION = 'eviction-warning-1';

export function buildWarningView(i: WarningInput): EvictionDocumentView {
  const norm = squareMetresText(i.dormitoryNormCentiM2);
  return {
    title: `Предупреждение нанимателю (дело о выселении № ${i.caseId})`,
    headerLines: ['Нанимателю жилого помещения', i.tenantName, i.address, `Лицевой счёт № ${i.accountNumber}`],
    heading: 'ПРЕДУПРЕЖДЕНИЕ',
    subheading: 'о погашении задолженности по плате за жилое помещение и коммунальные услуги',
    blocks: [
      { kind: 'p', text: `${longRuDate(i.warningDate)}` },
      {
        kind: 'p',
        text:
          `Вы занимаете жилое помещение по адресу: ${i.address} по договору социального найма. ` +
          `Наймодатель — ${i.landlordName}. По состоянию на ${longRuDate(i.warningDate)} задолженность по плате за ` +
          `жилое помещение и коммунальные услуги составляет ${rublesKopecksText(i.debtKopecks)} ` +
          `Плата не вносится ${monthsText(i.monthsWithoutPayment)} подряд.`,
      },
      {
        kind: 'p',
        text:
          'Наниматель обязан своевременно и полностью вносить плату за жилое помещение и коммунальные услуги ' +
          '(п. 5 ч. 3 ст. 67, ч. 1 ст. 153, ч. 1 и 4 ст. 155 Жилищного кодекса РФ); дееспособные члены семьи нанимателя ' +
          'отвечают по этим обязательствам солидарно (ч. 2 ст. 69 Жилищного кодекса РФ).',
      },
      {
        kind: 'p',
        text:
          `Предлагаем погасить задолженность в срок до ${longRuDate(i.deadlineDate)} включительно либо в тот же срок ` +
          'обратиться к наймодателю и заключить соглашение о погашении задолженности по графику.',
      },
      {
        kind: 'p',
        text:
          'Если плата не вносится по уважительным причинам (длительная задержка заработной платы, безработица, ' +
          'болезнь, инвалидность, многодетность, военная служба и т. п.), сообщите об этом и представьте ' +
          `подтверждающие документы до ${longRuDate(i.deadlineDate)}`,
      },
      {
        kind: 'p',
        text:
          'В противном случае наймодатель обратится в суд с иском о расторжении договора социального найма и ' +
          'выселении Вас и проживающих с Вами членов семьи с предоставлением другого жилого помещения по договору ' +
          'социального найма, размер которого соответствует размеру жилого помещения, установленному для вселения ' +
          `граждан в общежитие, — не менее ${norm} кв. м жилой площади на одного человека (ст. 90, п. 1 ч. 4 ст. 83, ` +
          'ст. 105 Жилищного кодекса РФ). Задолженность при этом взыскивается в судебном порядке.',
      },
      {
        kind: 'sign',
        lines: [
          `За наймодателя: ${i.organisationName}`,
          `${i.responsiblePerson || '________________'}   ____________ (подпись)`,
        ],
      },
      {
        kind: 'sign',
        lines: [
          'Предупреждение получил(а): ______________________ (Ф. И. О., подпись)',
          'Дата получения: «____» ______________ 20___ г.',
        ],
      },
    ],
    footer: `Дело о выселении № ${i.caseId} · л/с ${i.accountNumber}`,
  };
}
