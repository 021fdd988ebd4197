/**
 * @file The draft lawsuit of the landlord (the municipality) to terminate a social tenancy and evict the household
 * with another dwelling (shared, pure): the court and the parties — the tenant and the adult family members as
 * defendants (ЖК ст.69 ч.2) —, the facts (tenancy, months without payment, the debt by month from the debt position,
 * the warning and its term, the good reasons checked and none found, the dwelling offered against the dormitory norm
 * × household), the law (ЖК ст.83 ч.4 п.1, ст.90, ст.105), the claim, the duty or the exemption, and the numbered
 * list of attachments. A draft: the lawyer checks and signs it.
 */
import { rublesKopecksText, rublesText } from '../money-text';
import { periodWords } from '../../dates/period-words';
import { GOOD_REASONS, GOOD_REASONS_SOURCE } from '../../eviction/good-reasons';
import {
  longRuDate,
  monthsText,
  squareMetresText,
  type EvictionBlock,
  type EvictionDocumentView,
} from './eviction-document-view';

export interface LawsuitDebtMonth {
  period: string;
  chargedKopecks: number;
  paidKopecks: number;
  openKopecks: number;
}

export interface LawsuitDwelling {
  settlement: string;
  address: string;
  apartment: string | null;
  rooms: number;
  livingAreaCentiM2: number;
}

export interface LawsuitInput {
  caseId: number;
  lawsuitDate: string;
  courtName: string;
  landlordName: string;
  organisationName: string;
  responsiblePerson: string;
  tenantName: string;
  /** Adult family members (jointly liable, ЖК ст.69 ч.2). */
  familyAdults: readonly string[];
  address: string;
  accountNumber: string;
  householdSize: number;
  monthsWithoutPayment: number;
  /** Overdue months with something unpaid, oldest first (the debt position as of the lawsuit date). */
  debtMonths: readonly LawsuitDebtMonth[];
  warningDate: string;
  warningDeadlineDate: string;
  checklistDate: string;
  dwelling: LawsuitDwelling | null;
  dormitoryNormCentiM2: number;
  dutyKopecks: number;
  dutyExempt: boolean;
  dutyExemptGround: string;
}

export const LAWSUIT_TEMPLATE_VERSION = 'eviction-lawsuit-1';

export function lawsuitAttachments(i: Pick<LawsuitInput, 'dutyExempt' | 'dwelling'>): string[] {
  return [
    'Копия договора социального найма жилого помещения (ордера).',
    'Выписка из лицевого счёта и расчёт задолженности по месяцам.',
    'Копия предупреждения нанимателю с доказательством вручения.',
    'Акт проверки уважительных причин невнесения платы (перечень с ответами).',
    i.dutyExempt
      ? 'Документ, подтверждающий основание освобождения от уплаты государственной пошлины.'
      : 'Документ об уплате государственной пошлины.',
    i.dwelling
      ? 'Документы о предоставляемом жилом помещении (выписка из реестра муниципального имущества, технический паспорт).'
      : 'Сведения о жилом помещении, предоставляемом для переселения.',
    'Выписка из домовой книги (сведения о зарегистрированных лицах).',
    'Копии искового заявления и приложенных документов для ответчиков.',
    'Документ, подтверждающий полномочия представителя истца.',
  ];
}

export function buildLawsuitView(i: LawsuitInput): EvictionDocumentView {
  const defendants = [i.tenantName, ...i.familyAdults];
  const total = i.debtMonths.reduce((s, m) => s + m.openKopecks, 0);
  const needCentiM2 = i.dormitoryNormCentiM2 * i.householdSize;
  const norm = squareMetresText(i.dormitoryNormCentiM2);
  const need = squareMetresText(needCentiM2);
  const dwellingAddress = i.dwelling
    ? `${i.dwelling.settlement}, ${i.dwelling.address}${i.dwelling.apartment ? `, кв. ${i.dwelling.apartment}` : ''}`
    : null;
  const blocks: EvictionBlock[] = [
    {
      kind: 'p',
      text:
        `Жилое помещение по адресу: ${i.address} находится в муниципальной собственности. Ответчик ${i.tenantName} ` +
        `занимает его на условиях договора социального найма (лицевой счёт № ${i.accountNumber}). ` +
        (i.familyAdults.length > 0
          ? `Вместе с нанимателем в жилом помещении проживают совершеннолетние члены его семьи: ${i.familyAdults.join(', ')}. `
          : '') +
        `Всего в жилом помещении зарегистрировано (проживает) ${i.householdSize} чел.`,
    },
    {
      kind: 'p',
      text:
        'Наниматель обязан своевременно вносить плату за жилое помещение и коммунальные услуги (п. 5 ч. 3 ст. 67, ' +
        'ч. 1 ст. 153, ч. 1 и 4 ст. 155 ЖК РФ); дееспособные члены семьи нанимателя несут солидарную с ним ' +
        'ответственность по обязательствам, вытекающим из договора социального найма (ч. 2 ст. 69 ЖК РФ).',
    },
    {
      kind: 'p',
      text:
        `Ответчики не вносят плату за жилое помещение и коммунальные услуги более шести месяцев: ${monthsText(i.monthsWithoutPayment)} ` +
        `подряд ни одного платежа не поступило. Задолженность на ${longRuDate(i.lawsuitDate)} составляет ${rublesKopecksText(total)}; ` +
        'расчёт по месяцам приведён ниже.',
    },
    {
      kind: 'table',
      head: ['Месяц', 'Начислено, руб.', 'Оплачено, руб.', 'Долг, руб.'],
      rows: i.debtMonths.map((m) => [
        periodWords(m.period),
        rublesText(m.chargedKopecks),
        rublesText(m.paidKopecks),
        rublesText(m.openKopecks),
      ]),
      total: ['Итого', '', '', rublesText(total)],
    },
    {
      kind: 'p',
      text:
        `${longRuDate(i.warningDate)} нанимателю вручено предупреждение о необходимости погасить задолженность в срок до ` +
        `${longRuDate(i.warningDeadlineDate)} с разъяснением последствий. В установленный срок задолженность не погашена, ` +
        'соглашение о её погашении не заключено.',
    },
    {
      kind: 'p',
      text:
        `Наймодатель проверил обстоятельства, которые могут свидетельствовать об уважительности причин невнесения платы (${GOOD_REASONS_SOURCE}): ` +
        `${GOOD_REASONS.map((g) => g.text.toLowerCase()).join('; ')}. По состоянию на ${longRuDate(i.checklistDate)} ` +
        'таких обстоятельств не установлено.',
    },
    {
      kind: 'p',
      text: dwellingAddress
        ? `Для переселения ответчиков истец предоставляет жилое помещение по договору социального найма по адресу: ${dwellingAddress} ` +
          `(комнат: ${i.dwelling?.rooms ?? ''}, жилая площадь ${squareMetresText(i.dwelling?.livingAreaCentiM2 ?? 0)} кв. м), что не менее нормы, ` +
          `установленной для вселения граждан в общежитие: ${norm} кв. м × ${i.householdSize} чел. = ${need} кв. м (ст. 90, 105 ЖК РФ).`
        : `Для переселения ответчиков истец предоставит жилое помещение из муниципального жилищного фонда по договору социального найма ` +
          `жилой площадью не менее ${need} кв. м (${norm} кв. м × ${i.householdSize} чел.; ст. 90, 105 ЖК РФ); сведения о нём будут представлены дополнительно.`,
    },
    {
      kind: 'p',
      text:
        'Договор социального найма может быть расторгнут в судебном порядке по требованию наймодателя при невнесении ' +
        'нанимателем платы за жилое помещение и (или) коммунальные услуги в течение более шести месяцев (п. 1 ч. 4 ст. 83 ЖК РФ). ' +
        'Наниматель и проживающие совместно с ним члены его семьи, в течение более шести месяцев без уважительных причин не ' +
        'вносящие плату за жилое помещение и коммунальные услуги, могут быть выселены в судебном порядке с предоставлением ' +
        'другого жилого помещения по договору социального найма, размер которого соответствует размеру жилого помещения, ' +
        'установленному для вселения граждан в общежитие (ст. 90 ЖК РФ).',
    },
    {
      kind: 'p',
      text: i.dutyExempt
        ? `Истец освобождён от уплаты государственной пошлины (${i.dutyExemptGround}).`
        : `Государственная пошлина за требование неимущественного характера, уплаченная истцом-организацией (подп. 3 п. 1 ст. 333.19 НК РФ), — ${rublesKopecksText(i.dutyKopecks)}`,
    },
    { kind: 'p', text: 'На основании изложенного, руководствуясь ст. 83, 90, 105 ЖК РФ, ст. 131, 132 ГПК РФ,' },
    { kind: 'h', text: 'ПРОШУ:' },
    {
      kind: 'list',
      items: [
        `Расторгнуть договор социального найма жилого помещения по адресу: ${i.address}, заключённый с нанимателем (${i.tenantName}).`,
        `Выселить ответчиков (${defendants.join(', ')}) из жилого помещения по адресу: ${i.address} с предоставлением другого жилого ` +
          (dwellingAddress
            ? `помещения по договору социального найма по адресу: ${dwellingAddress}.`
            : `помещения по договору социального найма жилой площадью не менее ${need} кв. м.`),
        i.dutyExempt
          ? 'Взыскать с ответчиков государственную пошлину в доход бюджета.'
          : `Взыскать с ответчиков в пользу истца расходы по уплате государственной пошлины — ${rublesKopecksText(i.dutyKopecks)}`,
      ],
    },
    { kind: 'h', text: 'Приложения:' },
    { kind: 'list', items: lawsuitAttachments(i) },
    {
      kind: 'sign',
      lines: [
        `Представитель истца (${i.organisationName}):`,
        `${i.responsiblePerson || '________________'}   ____________ (подпись)`,
        longRuDate(i.lawsuitDate),
      ],
    },
  ];
  return {
    title: `Исковое заявление о выселении (дело № ${i.caseId})`,
    headerLines: [
      `В ${i.courtName}`,
      `Истец: ${i.landlordName} (наймодатель)`,
      `Представитель истца: ${i.organisationName}`,
      `Ответчики: ${defendants.map((d, n) => `${n + 1}) ${d}`).join('; ')}`,
      `Адрес ответчиков: ${i.address}`,
      'Требование неимущественного характера',
      i.dutyExempt ? 'Госпошлина: истец освобождён' : `Госпошлина: ${rublesKopecksText(i.dutyKopecks)}`,
    ],
    heading: 'ИСКОВОЕ ЗАЯВЛЕНИЕ',
    subheading: 'о расторжении договора социального найма и выселении с предоставлением другого жилого помещения',
    blocks,
    footer: `Проект · дело о выселении № ${i.caseId} · л/с ${i.accountNumber}`,
  };
}
