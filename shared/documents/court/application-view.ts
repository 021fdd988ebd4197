/**
 * @file The court application as display strings (shared, pure): «Заявление о вынесении судебного приказа» (ГПК
 * ст.121–124, the claimant's bank details for the order per ст.127) or, after the order was cancelled, the «Исковое
 * заявление» (ГПК ст.131–132) with the duty offset (НК РФ ст.333.20 п.1 пп.13). Every sum is a CaseFacts field
 * printed as it is; the template (CourtDocuments.tsx) only lays these strings out.
 */
import type { CaseFacts } from '../../court/court-case-facts';
import { formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { rublesInWords } from '../claim/money-words';
import { rublesKopecksText } from '../money-text';
import {
  capitalise,
  casePeriodText,
  claimantLines,
  courtTypeset,
  debtorLines,
  fromDebtorsText,
  isTenancy,
  obligedWord,
  representativeLines,
  toCourtText,
} from './court-text';

export interface PartyBlock {
  /** «Взыскатель:», or null for the addressee's block. */
  label: string | null;
  lines: string[];
}

export interface CourtSignature {
  position: string;
  name: string;
  /** «по доверенности от 10.01.2026 № 5». */
  authority: string | null;
  date: string;
}

export interface CourtApplicationView {
  header: PartyBlock[];
  title: string;
  subtitle: string;
  /** The facts and the debt, up to the sums. */
  paragraphs: string[];
  /** «Сумма требований:» / «Цена иска:», kept with the sums on one page. */
  amountsTitle: string;
  amounts: Array<{ label: string; value: string; bold: boolean }>;
  totalWords: string;
  /** After the sums: the grounds, the time-barred note, the cancelled order, the duty. */
  closing: string[];
  /** «На основании изложенного, руководствуясь…». */
  lead: string;
  prayer: string[];
  attachments: string[];
  signature: CourtSignature;
}

/** «п/п № 123 от 03.02.2025 на 2 000 руб. 00 коп.» for each duty payment. */
export function dutyPaymentsText(facts: Pick<CaseFacts, 'dutyPayments'>): string {
  return facts.dutyPayments
    .map((p) => `№ ${p.number} от ${formatRuDate(p.date)} на ${rublesKopecksText(p.kopecks)}`)
    .join('; ')
    .replace(/^/, facts.dutyPayments.length > 1 ? 'платёжные поручения ' : 'платёжное поручение ');
}

function debtorsHeader(facts: CaseFacts, single: string, plural: string): PartyBlock[] {
  if (facts.debtors.length === 1)
    return [{ label: single, lines: debtorLines(facts.debtors[0] as CaseFacts['debtors'][number]) }];
  return facts.debtors.map((d, i) => ({
    label: `${plural} ${i + 1}${facts.jointly ? ' (солидарно)' : ''}:`,
    lines: debtorLines(d),
  }));
}

function premisesParagraph(f: CaseFacts, who: string): string {
  return `${f.claimant.name} (далее — ${who}) управляет многоквартирным домом, в котором расположено жилое помещение по адресу: ${keepAddressTogether(f.premisesAddress)}, и предоставляет коммунальные услуги; по помещению открыт лицевой счёт № ${f.accountNumber}.`;
}

function obligationParagraph(f: CaseFacts, role: string): string {
  const main = f.debtors[0];
  const name = main ? main.fullName : '';
  if (isTenancy(f)) {
    const family = f.debtors.slice(1).map((d) => d.fullName);
    const joint =
      family.length > 0
        ? ` Дееспособные члены семьи нанимателя (${family.join(', ')}) несут солидарную с нанимателем ответственность по обязательствам, вытекающим из договора социального найма (ч. 2 ст. 69 ЖК РФ).`
        : '';
    return `${capitalise(role)} ${name} (${f.debtorBasis}) ${obligedWord([name])} своевременно и полностью вносить плату за жилое помещение и коммунальные услуги (ст. 67, 153, 155 ЖК РФ).${joint}`;
  }
  const share = f.shareText ? ', участник долевой собственности — соразмерно своей доле (ст. 249 ГК РФ)' : '';
  return `${capitalise(role)} ${name} (${f.debtorBasis}) ${obligedWord([name])} своевременно и полностью вносить плату за жилое помещение и коммунальные услуги (ст. 153, 155 ЖК РФ); собственник несёт бремя расходов на содержание принадлежащего ему помещения (ст. 158 ЖК РФ, ст. 210 ГК РФ)${share}.`;
}

function debtParagraphs(f: CaseFacts): string[] {
  const period = casePeriodText(f);
  const asOf = formatRuDate(f.asOfDate);
  const share = f.shareText
    ? ` Часть задолженности, приходящаяся на долю ${f.shareText}, — ${rublesKopecksText(f.principalKopecks)}.`
    : '';
  const penaltyShare = f.shareText
    ? `; часть, приходящаяся на долю ${f.shareText}, — ${rublesKopecksText(f.penaltyKopecks)}`
    : '';
  return [
    `Плата вносится ежемесячно в срок, установленный ч. 1 ст. 155 ЖК РФ. Обязанность по оплате за период ${period} не исполнена: задолженность по лицевому счёту составляет ${rublesKopecksText(f.accountPrincipalKopecks)} (расчёт задолженности по месяцам прилагается).${share}`,
    `За несвоевременную и неполную оплату на основании ч. 14 ст. 155 ЖК РФ начислены пени по состоянию на ${asOf} — ${rublesKopecksText(f.accountPenaltyKopecks)} (расчёт пени прилагается)${penaltyShare}.`,
  ];
}

function timeBarredParagraph(f: CaseFacts): string[] {
  if (!f.timeBarredIncluded) return [];
  return [
    f.timeBarredNote ??
      'В сумму требований включена задолженность за месяцы, по которым истёк срок исковой давности (ст. 196, 200 ГК РФ); такие месяцы отмечены в расчёте. Исковая давность применяется судом только по заявлению стороны в споре (п. 2 ст. 199 ГК РФ).',
  ];
}

function amounts(f: CaseFacts): CourtApplicationView['amounts'] {
  const share = f.shareText ? ` (доля ${f.shareText})` : '';
  return [
    {
      label: `Основной долг за период ${casePeriodText(f)}${share}`,
      value: rublesKopecksText(f.principalKopecks),
      bold: false,
    },
    { label: `Пени на ${formatRuDate(f.asOfDate)}${share}`, value: rublesKopecksText(f.penaltyKopecks), bold: false },
    { label: 'Всего', value: rublesKopecksText(f.claimKopecks), bold: true },
  ];
}

/** The representative signs: «Юрисконсульт ООО «УК Красногорье»», «представитель по доверенности от … № 5». */
export function representativeSignature(f: CaseFacts): CourtSignature {
  const r = f.claimant.representative;
  return {
    position: `${capitalise(r.position)} ${f.claimant.name}`,
    name: r.fullName,
    authority: `представитель по доверенности ${r.powerOfAttorney}`,
    date: formatRuDate(f.documentDate),
  };
}

/** The housing code's articles the claim rests on: a tenant's (ст.67, 69) or an owner's (ст.158). */
function housingArticles(f: CaseFacts): string {
  return isTenancy(f) ? 'ст. 67, 69, 153, 155' : 'ст. 153, 155, 158';
}

function numbered(items: readonly string[]): string[] {
  return items.map((a, i) => `${i + 1}. ${a}`);
}

function courtOrderView(f: CaseFacts): CourtApplicationView {
  const period = casePeriodText(f);
  const duty = f.dutyExemptReason
    ? `От уплаты государственной пошлины взыскатель освобождён: ${f.dutyExemptReason}.`
    : `Государственная пошлина в сумме ${rublesKopecksText(f.dutyKopecks)} уплачена${f.dutyPayments.length > 0 ? ` (${dutyPaymentsText(f)})` : ''}.`;
  return {
    header: [
      { label: null, lines: [capitalise(f.court.addressee), keepAddressTogether(f.court.address)] },
      { label: 'Взыскатель:', lines: claimantLines(f.claimant) },
      { label: 'Представитель взыскателя:', lines: representativeLines(f.claimant) },
      ...debtorsHeader(f, 'Должник:', 'Должник'),
      {
        label: null,
        lines: [
          `Сумма требований: ${rublesKopecksText(f.claimKopecks)}`,
          `Государственная пошлина: ${rublesKopecksText(f.dutyKopecks)}`,
        ],
      },
    ],
    title: 'ЗАЯВЛЕНИЕ',
    subtitle: 'о вынесении судебного приказа о взыскании задолженности по оплате жилого помещения и коммунальных услуг',
    paragraphs: [premisesParagraph(f, 'взыскатель'), obligationParagraph(f, 'должник'), ...debtParagraphs(f)],
    amountsTitle: 'Сумма требований:',
    amounts: amounts(f),
    totalWords: `(${rublesInWords(f.claimKopecks)})`,
    closing: [
      'Требование основано на задолженности по оплате жилого помещения и коммунальных услуг (абз. 10 ст. 122 ГПК РФ), подтверждено прилагаемыми документами и не превышает 500 000 руб. (ст. 121 ГПК РФ); спора о праве нет.',
      ...timeBarredParagraph(f),
      duty,
    ],
    lead: `На основании изложенного, руководствуясь ${housingArticles(f)} ЖК РФ, ст. 121–124 ГПК РФ,`,
    prayer: [
      `Вынести судебный приказ о взыскании ${fromDebtorsText(f)} в пользу ${f.claimant.name} (ИНН ${f.claimant.inn}) задолженности по оплате жилого помещения и коммунальных услуг по лицевому счёту № ${f.accountNumber} за период ${period} в сумме ${rublesKopecksText(f.principalKopecks)}, пени по состоянию на ${formatRuDate(f.asOfDate)} в сумме ${rublesKopecksText(f.penaltyKopecks)}, всего ${rublesKopecksText(f.claimKopecks)}, а также расходов по уплате государственной пошлины в сумме ${rublesKopecksText(f.dutyKopecks)}.`,
    ],
    attachments: numbered(f.attachments),
    signature: representativeSignature(f),
  };
}

function lawsuitView(f: CaseFacts): CourtApplicationView {
  const period = casePeriodText(f);
  const o = f.cancelledOrder;
  const cancelled = o
    ? [
        `Истец обращался ${toCourtText(o.court)} с заявлением о вынесении судебного приказа о взыскании этой задолженности. Судебный приказ № ${o.number} от ${formatRuDate(o.issuedDate)} определением от ${formatRuDate(o.cancelledDate)} отменён в связи с поступившими возражениями должника (ст. 129 ГПК РФ), поэтому требование предъявляется в порядке искового производства.`,
      ]
    : [];
  const rest = f.dutyKopecks - f.dutyOffsetKopecks;
  const payments = f.dutyPayments.length > 0 ? ` ${capitalise(dutyPaymentsText(f))}.` : '';
  const duty = f.dutyExemptReason
    ? `От уплаты государственной пошлины истец освобождён: ${f.dutyExemptReason}.`
    : f.dutyOffsetKopecks > 0
      ? `Государственная пошлина по иску составляет ${rublesKopecksText(f.dutyKopecks)} (ст. 333.19 НК РФ). В сумме ${rublesKopecksText(f.dutyOffsetKopecks)} подлежит зачёту госпошлина, уплаченная при подаче заявления о вынесении судебного приказа (пп. 13 п. 1 ст. 333.20 НК РФ)${rest > 0 ? `; остальные ${rublesKopecksText(rest)} уплачены` : ''}.${payments}`
      : `Государственная пошлина в сумме ${rublesKopecksText(f.dutyKopecks)} уплачена.${payments}`;
  const prayer = [
    `Взыскать ${fromDebtorsText(f)} в пользу ${f.claimant.name} (ИНН ${f.claimant.inn}) задолженность по оплате жилого помещения и коммунальных услуг по лицевому счёту № ${f.accountNumber} за период ${period} в сумме ${rublesKopecksText(f.principalKopecks)}, пени по состоянию на ${formatRuDate(f.asOfDate)} в сумме ${rublesKopecksText(f.penaltyKopecks)}, всего ${rublesKopecksText(f.claimKopecks)}.`,
    `Взыскать ${f.jointly && f.debtors.length > 1 ? 'с ответчиков' : 'с ответчика'} в пользу истца расходы по уплате государственной пошлины в сумме ${rublesKopecksText(f.dutyKopecks)}.`,
    ...(f.dutyOffsetKopecks > 0
      ? [
          `Зачесть в счёт государственной пошлины за подачу искового заявления госпошлину в сумме ${rublesKopecksText(f.dutyOffsetKopecks)}, уплаченную при подаче заявления о вынесении судебного приказа${o ? ` (судебный приказ № ${o.number} от ${formatRuDate(o.issuedDate)})` : ''}.`,
        ]
      : []),
  ];
  return {
    header: [
      { label: null, lines: [capitalise(f.court.addressee), keepAddressTogether(f.court.address)] },
      { label: 'Истец:', lines: claimantLines(f.claimant) },
      { label: 'Представитель истца:', lines: representativeLines(f.claimant) },
      ...debtorsHeader(f, 'Ответчик:', 'Ответчик'),
      {
        label: null,
        lines: [
          `Цена иска: ${rublesKopecksText(f.claimKopecks)}`,
          `Государственная пошлина: ${rublesKopecksText(f.dutyKopecks)}${f.dutyOffsetKopecks > 0 ? `, в том числе зачёт ${rublesKopecksText(f.dutyOffsetKopecks)}` : ''}`,
        ],
      },
    ],
    title: 'ИСКОВОЕ ЗАЯВЛЕНИЕ',
    subtitle: 'о взыскании задолженности по оплате жилого помещения и коммунальных услуг',
    paragraphs: [premisesParagraph(f, 'истец'), obligationParagraph(f, 'ответчик'), ...debtParagraphs(f)],
    amountsTitle: 'Размер требований:',
    amounts: amounts(f).map((a) => (a.bold ? { ...a, label: 'Цена иска' } : a)),
    totalWords: `(${rublesInWords(f.claimKopecks)})`,
    closing: [...cancelled, ...timeBarredParagraph(f), duty],
    lead: `На основании изложенного, руководствуясь ${housingArticles(f)} ЖК РФ, ст. 131, 132 ГПК РФ,`,
    prayer,
    attachments: numbered(f.attachments),
    signature: representativeSignature(f),
  };
}

export function buildCourtApplicationView(f: CaseFacts): CourtApplicationView {
  const v = f.kind === 'court_order' ? courtOrderView(f) : lawsuitView(f);
  return {
    ...v,
    header: v.header.map((b) => ({ ...b, lines: b.lines.map(courtTypeset) })),
    subtitle: courtTypeset(v.subtitle),
    paragraphs: v.paragraphs.map(courtTypeset),
    closing: v.closing.map(courtTypeset),
    amountsTitle: courtTypeset(v.amountsTitle),
    amounts: v.amounts.map((a) => ({ ...a, label: courtTypeset(a.label), value: courtTypeset(a.value) })),
    totalWords: courtTypeset(v.totalWords),
    lead: courtTypeset(v.lead),
    prayer: v.prayer.map(courtTypeset),
    attachments: v.attachments.map(courtTypeset),
    signature: {
      ...v.signature,
      position: courtTypeset(v.signature.position),
      authority: v.signature.authority ? courtTypeset(v.signature.authority) : null,
    },
  };
}
