/**
 * @file The stairwell notice (measure 6) as display strings (shared, pure).
 *
 * Personal data (legal-reference §9, 152-ФЗ): a notice shows apartment numbers and amounts only — never names,
 * initials, statuses or phone numbers. The facts type below has no field a name could travel in, so the
 * template cannot print one even by mistake; the only phone is the УК's office phone for questions.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesKopecksText, rublesText } from '../money-text';

export const NOTICE_TEMPLATE_VERSION = 'notice-1';

export interface NoticeDebtRow {
  apartment: string;
  debtKopecks: number;
}

export interface NoticeFacts {
  buildingAddress: string;
  entrance: number | null;
  asOfDate: string;
  thresholdKopecks: number;
  /** Apartments and debts only, in apartment order. */
  rows: readonly NoticeDebtRow[];
  companyName: string;
  /** The УК's office phone (an organisation's, not a resident's). */
  companyPhone: string | null;
  companyAddress: string | null;
  organisationName: string;
}

export interface NoticeView {
  templateVersion: string;
  title: string;
  place: string;
  intro: string;
  /** «кв. 12» and «45 678,90 ₽» pairs, laid out in columns by the template. */
  rows: Array<{ apartment: string; amount: string }>;
  summary: string;
  howToPayTitle: string;
  howToPay: string[];
  consequencesTitle: string;
  consequences: string[];
  footer: string;
}

export function buildNoticeView(f: NoticeFacts): NoticeView {
  const total = f.rows.reduce((s, r) => s + r.debtKopecks, 0);
  return {
    templateVersion: NOTICE_TEMPLATE_VERSION,
    title: 'ОБЪЯВЛЕНИЕ',
    place: `${f.buildingAddress}${f.entrance !== null ? `, подъезд ${f.entrance}` : ''}`,
    intro:
      `Уважаемые жители! По состоянию на ${formatRuDate(f.asOfDate)} задолженность за жилое помещение и коммунальные ` +
      `услуги свыше ${rublesKopecksText(f.thresholdKopecks)} имеют следующие квартиры:`,
    rows: f.rows.map((r) => ({ apartment: `кв. ${r.apartment}`, amount: `${rublesText(r.debtKopecks)} ₽` })),
    summary: `Всего квартир: ${f.rows.length}, общая сумма долга ${rublesKopecksText(total)}`,
    howToPayTitle: 'Как оплатить',
    howToPay: [
      'по квитанции (ЕПД) в отделении банка, на почте или в приложении банка — по QR-коду квитанции;',
      `в ${f.companyName}${f.companyAddress ? ` (${f.companyAddress})` : ''}${f.companyPhone ? `, справки по телефону ${f.companyPhone}` : ''};`,
      'если оплатить сразу трудно — обратитесь в управляющую компанию, можно договориться о рассрочке.',
    ],
    consequencesTitle: 'Если долг не погашен',
    consequences: [
      'начисляются пени за каждый день просрочки (ч. 14 ст. 155 ЖК РФ);',
      'после предупреждения коммунальные услуги могут быть ограничены или приостановлены (Правила № 354);',
      'долг, пени, госпошлина и судебные расходы взыскиваются через суд.',
    ],
    footer: `${f.organisationName}. Объявление не содержит персональных данных: только номера квартир и суммы. Если вы уже оплатили долг, благодарим вас.`,
  };
}
