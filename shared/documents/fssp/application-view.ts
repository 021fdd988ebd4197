/**
 * @file The creditor's application on a writ as display strings (shared, pure): to the bailiffs' department, «о
 * возбуждении исполнительного производства» (229-ФЗ ст.30) with the petitions chosen (ст.64.1) as numbered requests,
 * or to the debtor's bank (ст.8) asking to execute the writ by debiting the debtor's accounts. Both carry what the
 * law asks of the creditor: the creditor's bank details for transfers (ст.30 ч.2, ст.8 ч.2), the debtor's data known
 * to the creditor, the writ, the sums in figures and words, the attachments and the representative's signature.
 * The court's application template (CourtDocuments.tsx) lays these strings out: the same page, fonts and blocks.
 */
import { formatRuDate } from '../../dates/iso-date';
import { PETITION_LABELS, WRIT_KIND_LABELS, type PetitionKind, type WritKind } from '../../fssp/fssp-terms';
import { keepAddressTogether } from '../claim/address-block';
import { rublesInWords } from '../claim/money-words';
import { rublesKopecksText } from '../money-text';
import type { CourtApplicationView, PartyBlock } from '../court/application-view';
import { capitalise, courtTypeset } from '../court/court-text';
import { genitiveFullName } from '../court/genitive-name';

export const LAW_229 = 'Федерального закона от 02.10.2007 № 229-ФЗ «Об исполнительном производстве»';

/** Everything one application prints, read from the database by the core (application-facts.ts). */
export interface FsspApplicationFacts {
  recipient: 'department' | 'bank';
  applicationDate: string;
  department: { name: string; address: string; seniorBailiff: string | null } | null;
  bank: { name: string; bik: string; address: string; debtorAccountNumber: string | null } | null;
  creditor: {
    name: string;
    inn: string;
    kpp: string | null;
    ogrn: string | null;
    address: string;
    phone: string | null;
    bankName: string;
    bik: string;
    correspondentAccount: string;
    settlementAccount: string;
  };
  representative: { fullName: string; position: string; powerOfAttorney: string };
  debtor: {
    fullName: string;
    birthDate: string | null;
    birthPlace: string | null;
    address: string;
    /** «СНИЛС …», «ИНН …», «паспорт …» — what is known. */
    identifiers: string[];
  };
  writ: {
    kind: WritKind;
    number: string;
    actDate: string;
    inForceDate: string | null;
    courtName: string;
    courtCaseNumber: string | null;
    principalKopecks: number;
    penaltyKopecks: number;
    dutyKopecks: number;
    totalKopecks: number;
    /** The presentation deadline (ст.21), to state that it has not passed. */
    deadline: string | null;
    /** True when the writ was with the bailiffs before and came back (ст.46): presented again. */
    returned: boolean;
  };
  accountNumber: string;
  petitions: PetitionKind[];
}

/** What each petition asks, as a request of the application; the article comes from PETITION_LABELS. */
export const PETITION_REQUESTS: Record<PetitionKind, string> = {
  arrest_accounts:
    'Наложить арест на денежные средства должника, находящиеся на счетах в банках и иных кредитных организациях, и обратить на них взыскание в пределах суммы долга',
  arrest_property: 'Наложить арест на имущество должника в пределах суммы долга',
  travel_ban: 'Установить должнику временное ограничение на выезд из Российской Федерации',
  registry_requests:
    'Направить запросы о должнике и его имуществе в регистрирующие органы, банки, ПФР/СФР, ФНС, Росреестр, ГИБДД',
  income_deduction: 'Обратить взыскание на заработную плату, пенсию и иные доходы должника',
  search: 'Объявить розыск должника и его имущества',
};

/** «(ст. 80, 81)» from the petition's label. */
function articleOf(kind: PetitionKind): string {
  return /\((ст\.[^)]*)\)\s*$/u.exec(PETITION_LABELS[kind])?.[1] ?? 'ст. 64.1';
}

export function petitionRequestText(kind: PetitionKind): string {
  return `${PETITION_REQUESTS[kind]} (${articleOf(kind)} Закона № 229-ФЗ).`;
}

/** «судебный приказ № 2-1234/2026 от 10.03.2026». */
export function writTitle(w: Pick<FsspApplicationFacts['writ'], 'kind' | 'number' | 'actDate'>): string {
  const number = /№/u.test(w.number) ? w.number : `№ ${w.number}`;
  return `${WRIT_KIND_LABELS[w.kind]} ${number} от ${formatRuDate(w.actDate)}`;
}

function creditorLines(f: FsspApplicationFacts): string[] {
  const c = f.creditor;
  return [
    c.name,
    [`ИНН ${c.inn}`, c.kpp ? `КПП ${c.kpp}` : null, c.ogrn ? `ОГРН ${c.ogrn}` : null].filter(Boolean).join(', '),
    `адрес: ${keepAddressTogether(c.address)}`,
    ...(c.phone ? [`тел. ${c.phone}`] : []),
  ];
}

/** The creditor's bank details for transfers, in one sentence. */
export function transferDetailsText(f: FsspApplicationFacts): string {
  const c = f.creditor;
  return `получатель ${c.name}, ИНН ${c.inn}${c.kpp ? `, КПП ${c.kpp}` : ''}, р/с ${c.settlementAccount} в ${c.bankName}, БИК ${c.bik}, к/с ${c.correspondentAccount}`;
}

const UNKNOWN = 'сведения неизвестны взыскателю';

function debtorLines(f: FsspApplicationFacts): string[] {
  const d = f.debtor;
  return [
    d.fullName,
    `дата рождения: ${d.birthDate ? formatRuDate(d.birthDate) : UNKNOWN}`,
    `место рождения: ${d.birthPlace ?? UNKNOWN}`,
    `адрес: ${keepAddressTogether(d.address)}`,
    d.identifiers.length > 0 ? d.identifiers.join(', ') : `идентификаторы (СНИЛС, ИНН, паспорт): ${UNKNOWN}`,
  ];
}

function representativeLines(f: FsspApplicationFacts): string[] {
  const r = f.representative;
  return [
    `${r.fullName}, ${r.position.charAt(0).toLowerCase()}${r.position.slice(1)}`,
    `по доверенности ${r.powerOfAttorney}`,
  ];
}

function writParagraph(f: FsspApplicationFacts): string {
  const w = f.writ;
  const issued = [
    `выдан: ${w.courtName.trim()}`,
    ...(w.courtCaseNumber ? [`дело № ${w.courtCaseNumber}`] : []),
    ...(w.inForceDate ? [`вступил в законную силу ${formatRuDate(w.inForceDate)}`] : []),
  ].join('; ');
  return `Исполнительным документом — ${writTitle(w)} (${issued}) — с ${genitiveFullName(f.debtor.fullName)} в пользу ${f.creditor.name} взыскана задолженность по оплате жилого помещения и коммунальных услуг (лицевой счёт № ${f.accountNumber}, помещение по адресу: ${keepAddressTogether(f.debtor.address)}), всего ${rublesKopecksText(w.totalKopecks)}.`;
}

function termParagraph(f: FsspApplicationFacts): string {
  const w = f.writ;
  const before = w.returned
    ? 'Исполнительный документ был возвращён взыскателю и предъявляется к исполнению повторно (ст. 21, 22, 46 Закона № 229-ФЗ)'
    : 'Исполнительный документ к исполнению ранее не предъявлялся';
  const deadline = w.deadline
    ? `; срок предъявления не истёк (последний день — ${formatRuDate(w.deadline)}, ст. 21 Закона № 229-ФЗ)`
    : '';
  return `${before}${deadline}. Требования исполнительного документа должником не исполнены.`;
}

function amounts(f: FsspApplicationFacts): CourtApplicationView['amounts'] {
  const w = f.writ;
  return [
    { label: 'Основной долг', value: rublesKopecksText(w.principalKopecks), bold: false },
    { label: 'Пени', value: rublesKopecksText(w.penaltyKopecks), bold: false },
    { label: 'Расходы по уплате государственной пошлины', value: rublesKopecksText(w.dutyKopecks), bold: false },
    { label: 'Всего', value: rublesKopecksText(w.totalKopecks), bold: true },
  ];
}

function attachments(f: FsspApplicationFacts): string[] {
  return [
    `1. Подлинник исполнительного документа: ${writTitle(f.writ)}.`,
    `2. Копия доверенности представителя взыскателя (${f.representative.fullName}) ${f.representative.powerOfAttorney}.`,
  ];
}

function signature(f: FsspApplicationFacts): CourtApplicationView['signature'] {
  return {
    position: `${capitalise(f.representative.position)} ${f.creditor.name}`,
    name: f.representative.fullName,
    authority: `представитель по доверенности ${f.representative.powerOfAttorney}`,
    date: formatRuDate(f.applicationDate),
  };
}

function departmentView(f: FsspApplicationFacts): CourtApplicationView {
  const dep = f.department!;
  const addressee: PartyBlock = {
    label: null,
    lines: [
      'Начальнику отделения — старшему судебному приставу',
      ...(dep.seniorBailiff ? [dep.seniorBailiff] : []),
      dep.name,
      keepAddressTogether(dep.address),
    ],
  };
  const requests = [
    `Возбудить исполнительное производство на основании исполнительного документа — ${writTitle(f.writ)} — в отношении должника ${f.debtor.fullName}${f.debtor.birthDate ? `, ${formatRuDate(f.debtor.birthDate)} г. р.` : ''}, о взыскании ${rublesKopecksText(f.writ.totalKopecks)} в пользу ${f.creditor.name}.`,
    ...f.petitions.map(petitionRequestText),
    `Взысканные денежные средства перечислять взыскателю по реквизитам: ${transferDetailsText(f)}.`,
  ];
  return {
    header: [
      addressee,
      { label: 'Взыскатель:', lines: creditorLines(f) },
      { label: 'Представитель взыскателя:', lines: representativeLines(f) },
      { label: 'Должник:', lines: debtorLines(f) },
      { label: null, lines: [`Сумма задолженности: ${rublesKopecksText(f.writ.totalKopecks)}`] },
    ],
    title: 'ЗАЯВЛЕНИЕ',
    subtitle: 'о возбуждении исполнительного производства',
    paragraphs: [writParagraph(f), termParagraph(f)],
    amountsTitle: 'Сумма, подлежащая взысканию по исполнительному документу:',
    amounts: amounts(f),
    totalWords: `(${rublesInWords(f.writ.totalKopecks)})`,
    closing: [
      `Банковские реквизиты взыскателя для перечисления взысканных сумм: ${transferDetailsText(f)}.`,
      ...(f.petitions.length > 0
        ? [
            `Одновременно с заявлением взыскатель заявляет ходатайства о применении мер принудительного исполнения и совершении исполнительных действий (ст. 30 ч. 2, ст. 64.1 Закона № 229-ФЗ); прошу рассмотреть их в срок, установленный ст. 64.1 Закона.`,
          ]
        : []),
    ],
    lead: `На основании изложенного, руководствуясь ст. 30, 64, 64.1, 68 ${LAW_229},`,
    prayer: requests,
    attachments: attachments(f),
    signature: signature(f),
  };
}

function bankView(f: FsspApplicationFacts): CourtApplicationView {
  const bank = f.bank!;
  const account = bank.debtorAccountNumber
    ? `со счёта должника № ${bank.debtorAccountNumber} и иных его счетов в банке`
    : 'со счетов должника в банке';
  return {
    header: [
      { label: null, lines: [bank.name, `БИК ${bank.bik}`, keepAddressTogether(bank.address)] },
      { label: 'Взыскатель:', lines: creditorLines(f) },
      { label: 'Представитель взыскателя:', lines: representativeLines(f) },
      {
        label: 'Должник:',
        lines: [
          ...debtorLines(f),
          ...(bank.debtorAccountNumber ? [`счёт в банке: № ${bank.debtorAccountNumber}`] : []),
        ],
      },
      { label: null, lines: [`Сумма задолженности: ${rublesKopecksText(f.writ.totalKopecks)}`] },
    ],
    title: 'ЗАЯВЛЕНИЕ',
    subtitle: 'о взыскании денежных средств по исполнительному документу (ст. 8 Закона № 229-ФЗ)',
    paragraphs: [
      writParagraph(f),
      termParagraph(f),
      `По сведениям взыскателя, должнику в банке открыт ${bank.debtorAccountNumber ? `счёт № ${bank.debtorAccountNumber}` : 'счёт'}. В соответствии со ст. 8 Закона № 229-ФЗ исполнительный документ о взыскании денежных средств может быть направлен взыскателем непосредственно в банк, в котором открыт счёт должника.`,
    ],
    amountsTitle: 'Сумма, подлежащая взысканию по исполнительному документу:',
    amounts: amounts(f),
    totalWords: `(${rublesInWords(f.writ.totalKopecks)})`,
    closing: [`Банковские реквизиты взыскателя для перечисления: ${transferDetailsText(f)}.`],
    lead: `На основании изложенного, руководствуясь ст. 8, 70 ${LAW_229},`,
    prayer: [
      `Исполнить исполнительный документ — ${writTitle(f.writ)}: списать денежные средства в сумме ${rublesKopecksText(f.writ.totalKopecks)} ${account} (${f.debtor.fullName}) и перечислить их взыскателю по реквизитам: ${transferDetailsText(f)}.`,
      'При недостаточности денежных средств на счетах должника исполнять исполнительный документ по мере их поступления (ст. 70 ч. 9 Закона № 229-ФЗ) и сообщить взыскателю о произведённых списаниях.',
    ],
    attachments: attachments(f),
    signature: signature(f),
  };
}

export function buildFsspApplicationView(f: FsspApplicationFacts): CourtApplicationView {
  const v = f.recipient === 'bank' ? bankView(f) : departmentView(f);
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
