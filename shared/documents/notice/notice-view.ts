/**
 * @file The stairwell notice (measure 6) as display strings (shared, pure).
 *
 * Personal data (152-ФЗ; docs/legal-notes.md § Personal data): a notice shows apartment numbers and amounts only —
 * never names, initials, statuses or phone numbers; an entrance with few flats shows only its total and the number of
 * flats in debt. The facts type below has no field a name could travel in, so the template cannot print one even by
 * mistake; the only phone is the УК's office phone for questions. The footer says «не содержит персональных
 * данных» only where that is true: a totals-only notice summing two or more flats.
 *
 * Consequences are stated as the law puts them — what may happen and who decides (ФЗ-230 ст.6 ч.5: no
 * misleading about consequences): the УК may go to court, a court may recover; a restriction follows only the
 * procedure of Правила № 354.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesKopecksText, rublesText } from '../money-text';

export const NOTICE_TEMPLATE_VERSION = 'notice-2';

/** A phone number never wraps inside. */
const NBSP = '\u00a0';

export interface NoticeDebtRow {
  apartment: string;
  debtKopecks: number;
}

export type NoticeContent =
  /** Apartment and amount per flat (an entrance with more flats than the limit). */
  | { kind: 'list'; rows: readonly NoticeDebtRow[] }
  /** The entrance's total and the number of flats in debt only (an entrance with few flats). */
  | { kind: 'totals'; debtorFlats: number; totalKopecks: number };

export interface NoticeFacts {
  buildingAddress: string;
  entrance: number | null;
  asOfDate: string;
  /** The rule book's conditions for being listed, as a resident may read them («долг ≥ 10 000 ₽»). */
  conditions: readonly string[];
  content: NoticeContent;
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
  /** «кв. 12» and «45 678,90 ₽» pairs, laid out in columns by the template; empty for a totals-only notice. */
  rows: Array<{ apartment: string; amount: string }>;
  /** The totals in words a resident reads first (a totals-only notice), else the list's total. */
  summary: string;
  criteria: string;
  howToPayTitle: string;
  howToPay: string[];
  consequencesTitle: string;
  consequences: string[];
  footer: string;
}

export function buildNoticeView(f: NoticeFacts): NoticeView {
  const date = formatRuDate(f.asOfDate);
  const debtWords = 'просроченную задолженность за жилое помещение и коммунальные услуги';
  const criteria =
    f.conditions.length > 0
      ? `Учтены квартиры, где ${f.conditions.join(' и ')}.`
      : 'Учтены квартиры с просроченной задолженностью.';
  const paid = 'Если вы уже оплатили долг, благодарим вас.';
  let intro: string;
  let rows: NoticeView['rows'] = [];
  let summary: string;
  let footer: string;
  if (f.content.kind === 'list') {
    const total = f.content.rows.reduce((s, r) => s + r.debtKopecks, 0);
    intro = `Уважаемые жители! По состоянию на ${date} ${debtWords} имеют следующие квартиры:`;
    rows = f.content.rows.map((r) => ({ apartment: `кв. ${r.apartment}`, amount: `${rublesText(r.debtKopecks)} ₽` }));
    summary = `Всего квартир: ${f.content.rows.length}, общая сумма долга ${rublesKopecksText(total)}`;
    footer = `${f.organisationName}. В объявлении — только номера квартир и суммы долга, без фамилий, имён и других сведений о жильцах. ${paid}`;
  } else {
    const n = f.content.debtorFlats;
    intro =
      `Уважаемые жители! По состоянию на ${date} в вашем подъезде есть квартиры, имеющие ${debtWords}. ` +
      'Номера квартир не указываются: в подъезде мало квартир.';
    summary = `Квартир с долгом: ${n}\nОбщая сумма долга: ${rublesKopecksText(f.content.totalKopecks)}`;
    footer =
      n >= 2
        ? `${f.organisationName}. Объявление не содержит персональных данных: только общая сумма долга подъезда и число квартир с долгом. ${paid}`
        : `${f.organisationName}. Номера квартир и сведения о жильцах в объявлении не указываются. ${paid}`;
  }
  return {
    templateVersion: NOTICE_TEMPLATE_VERSION,
    title: 'ОБЪЯВЛЕНИЕ',
    place: `${f.buildingAddress}${f.entrance !== null ? `, подъезд ${f.entrance}` : ''}`,
    intro,
    rows,
    summary,
    criteria,
    howToPayTitle: 'Как оплатить',
    howToPay: [
      'по квитанции (ЕПД) в отделении банка, на почте или в приложении банка — по QR-коду квитанции;',
      `в ${f.companyName}${f.companyAddress ? ` (${f.companyAddress})` : ''}${f.companyPhone ? `, справки по телефону ${f.companyPhone.replace(/ /g, NBSP)}` : ''};`,
      'если оплатить сразу трудно — обратитесь в управляющую организацию: можно обсудить рассрочку.',
    ],
    consequencesTitle: 'Если долг не погашен',
    consequences: [
      'на сумму долга могут быть начислены пени в порядке ч. 14 ст. 155 ЖК РФ;',
      'управляющая организация вправе обратиться в суд; суд может взыскать долг, пени и судебные расходы;',
      'может быть ограничено предоставление коммунальных услуг в порядке Правил № 354 (постановление Правительства РФ ' +
        'от 06.05.2011 № 354) — только после отдельного письменного предупреждения.',
    ],
    footer,
  };
}
