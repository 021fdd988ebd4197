/**
 * @file The claim (претензия, measure 5) as display strings (shared, pure): built from computed numbers — the УК's
 * part of the debt position, its penalty, each addressee's part by share — and the payee's and signer's details.
 * The template only lays these strings out and never computes money, so the letter, the registry and the mailing
 * list cannot disagree.
 *
 * Wording (ФЗ-230 ст.6 ч.5: no misleading about consequences): what may follow is stated as what the creditor may
 * do and what only a court decides («вправе обратиться в суд; суд может взыскать…»), never as certain. The term
 * runs from the day the claim is received, not from its date (the letter cannot know when it arrives).
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesKopecksText } from '../money-text';
import { periodWords } from '../../dates/period-words';
import type { PostalAddressParts } from '../mailing/postal-address';
import { keepAddressTogether, windowAddressLines } from './address-block';
import type { ClaimStatement } from './claim-statement';
import { isDemanded } from './claim-statement';
import { dativeFullName } from './dative-name';
import { rublesInWords } from './money-words';

/** Bump when the layout or wording changes: the registry records which version each file was made with. */
export const CLAIM_TEMPLATE_VERSION = 'claim-2';

export interface ClaimPayee {
  name: string;
  inn: string;
  kpp: string | null;
  ogrn: string | null;
  address: string | null;
  phone: string | null;
  bankName: string;
  bik: string;
  correspondentAccount: string;
  settlementAccount: string;
}

export interface ClaimSignerFacts {
  fullName: string;
  position: string;
  phone: string;
}

/** What every letter of one account shares. */
export interface ClaimAccountFacts {
  issuedDate: string;
  asOfDate: string;
  /** Days to pay from the day the claim is received (document rule claim_payment_days). */
  paymentDays: number;
  accountNumber: string;
  /** The premises' address as billing writes it. */
  address: string;
  postalCode: string | null;
  /** «Московская обл.»: the address's own, else the УК's, else the setting. */
  region: string;
  /** The address split into the post's fields (as the mailing lists split it); null when it could not be. */
  addressParts: PostalAddressParts | null;
  payee: ClaimPayee;
  signer: ClaimSignerFacts;
  statement: ClaimStatement;
  /** The account's penalty the claim demands (the УК's part, within the limitation period). */
  penaltyKopecks: number;
}

export interface ClaimAddressee {
  /** Nominative, or null when billing names nobody (then «Собственнику помещения»). */
  fullName: string | null;
  role: 'owner' | 'tenant' | null;
  /** «1/3» for a co-owner's share; null for a whole share or a tenant. */
  shareText: string | null;
  /** The shares were not in the data and were taken as equal. */
  shareAssumed: boolean;
  /** A social tenant's adult family members, jointly liable (ЖК ст.69 ч.2). */
  jointly: readonly string[];
}

/** One letter: one addressee's part of the account's demand. */
export interface ClaimLetterFacts {
  documentNumber: string;
  addressee: ClaimAddressee;
  debtKopecks: number;
  penaltyKopecks: number;
  totalKopecks: number;
  /** Also the QR code's Purpose. */
  purpose: string;
}

export interface ClaimLetterView {
  templateVersion: string;
  /** The sender's block, first line its name. */
  sender: string[];
  /** «Исх. № 12-3 от 26.11.2026». */
  reference: string;
  /** The address window: addressee, street, locality, region, postal code. */
  window: string[];
  title: string;
  subtitle: string;
  paragraphs: string[];
  amounts: Array<{ label: string; value: string; bold: boolean }>;
  totalWords: string;
  /** What the claim does not demand, and why (time-barred, not yet due, other creditors). */
  notDemanded: string[];
  demand: string;
  consequencesTitle: string;
  consequences: string[];
  closing: string;
  /** Heads the payment details: «Реквизиты для оплаты по претензии № 12-3». */
  payTitle: string;
  payeeDetails: Array<{ label: string; value: string }>;
  signer: { position: string; name: string; phone: string };
  attachments: string;
}

const NBSP = '\u00a0';

/**
 * Russian typesetting of a letter's prose: no line breaks after «№», «ст.», «ч.», «п.», inside a sum («100 000 руб.
 * 00 коп.») or before a dash — a reader should not find «руб. 00» at a line's end and «коп.» on the next.
 */
export function typeset(text: string): string {
  return text
    .replace(/(^|[\s(])(№|ст\.|ч\.|п\.|пп\.|гл\.) (?=\S)/gu, `$1$2${NBSP}`)
    .replace(/(\d) (руб\.|коп\.)/gu, `$1${NBSP}$2`)
    .replace(/(руб\.) (\d)/gu, `$1${NBSP}$2`)
    .replace(/ (—|–) /gu, `${NBSP}$1 `)
    .replace(/([А-Яа-яЁё]) №/gu, `$1${NBSP}№`);
}

/** «январь 2024 — сентябрь 2026». */
export function periodRange(first: string, last: string): string {
  return first === last ? periodWords(first) : `${periodWords(first)} — ${periodWords(last)}`;
}

function addresseeLine(a: ClaimAddressee): string {
  return a.fullName
    ? dativeFullName(a.fullName)
    : a.role === 'tenant'
      ? 'Нанимателю помещения'
      : 'Собственнику помещения';
}

function whoParagraph(account: ClaimAccountFacts, a: ClaimAddressee): string {
  const where = `по адресу: ${keepAddressTogether(account.address)} (лицевой счёт № ${account.accountNumber})`;
  if (a.role === 'tenant') {
    const family =
      a.jointly.length > 0
        ? ` Дееспособные члены Вашей семьи (${a.jointly.join(', ')}) несут солидарную с Вами ответственность по обязательствам, вытекающим из договора социального найма (ч. 2 ст. 69 ЖК РФ).`
        : '';
    return `Вы — наниматель жилого помещения ${where} по договору социального найма. Наниматель обязан своевременно и полностью вносить плату за жилое помещение и коммунальные услуги (ст. 67, 153, 155 ЖК РФ).${family}`;
  }
  if (a.role === 'owner' && a.shareText) {
    const assumed = a.shareAssumed
      ? ' (доли собственников в наших данных не указаны и приняты равными; если они иные, сообщите нам)'
      : '';
    return `Вы — собственник ${a.shareText} доли в праве собственности на помещение ${where}${assumed}. Собственник обязан своевременно и полностью вносить плату за жилое помещение и коммунальные услуги (ст. 153, 155 ЖК РФ), участник долевой собственности — соразмерно своей доле (ст. 249 ГК РФ).`;
  }
  if (a.role === 'owner') {
    return `Вы — собственник помещения ${where}. Собственник обязан своевременно и полностью вносить плату за жилое помещение и коммунальные услуги (ст. 153, 155 ЖК РФ).`;
  }
  return `По помещению ${where} плату за жилое помещение и коммунальные услуги обязан вносить собственник (ст. 153, 155 ЖК РФ).`;
}

/** Who else is owed, in the dative: «наймодателю (плата за наём)». */
export const OWED_TO: Record<'capital_repair_operator' | 'landlord', string> = {
  capital_repair_operator: 'региональному оператору капитального ремонта (взносы на капитальный ремонт)',
  landlord: 'наймодателю (плата за наём)',
};

function notDemandedLines(s: ClaimStatement): string[] {
  const lines: string[] = [];
  if (s.timeBarredKopecks > 0) {
    lines.push(
      s.includeTimeBarred
        ? `В сумму требования включена задолженность за месяцы, по которым истёк срок исковой давности (ст. 196, 200 ГК РФ), — ${rublesKopecksText(s.timeBarredKopecks)}; такие месяцы отмечены в выписке.`
        : `Задолженность за месяцы, по которым истёк срок исковой давности (ст. 196, 200 ГК РФ), — ${rublesKopecksText(s.timeBarredKopecks)} — отмечена в выписке и в сумму требования не включена; пени за эти месяцы не предъявляются.`,
    );
  }
  if (s.notYetDueKopecks > 0 && s.notYetDue.length > 0) {
    const first = s.notYetDue[0]?.period as string;
    const last = s.notYetDue[s.notYetDue.length - 1]?.period as string;
    const due = formatRuDate(s.notYetDue[s.notYetDue.length - 1]?.dueDate as string);
    lines.push(
      `Начисления за ${periodRange(first, last)} — ${rublesKopecksText(s.notYetDueKopecks)} — в требование не включены: срок их оплаты (до ${due} включительно) ещё не наступил.`,
    );
  }
  if (s.otherCreditors.length > 0) {
    const owed = s.otherCreditors
      .map((c) => `${OWED_TO[c.creditor]} — ${rublesKopecksText(c.overdueKopecks)}`)
      .join('; ');
    lines.push(
      `По лицевому счёту числится также задолженность перед другими кредиторами (${owed}); настоящей претензией она не предъявляется.`,
    );
  }
  return lines;
}

export function buildClaimLetterView(account: ClaimAccountFacts, letter: ClaimLetterFacts): ClaimLetterView {
  const p = account.payee;
  const s = account.statement;
  const a = letter.addressee;
  const demanded = s.months.filter((m) => isDemanded(m, s.includeTimeBarred));
  const first = demanded[0]?.period;
  const last = demanded[demanded.length - 1]?.period;
  const asOf = formatRuDate(account.asOfDate);
  const shared = a.role === 'owner' && a.shareText !== null;
  const amounts: ClaimLetterView['amounts'] = shared
    ? [
        {
          label: `Ваша часть основного долга (доля ${a.shareText})`,
          value: rublesKopecksText(letter.debtKopecks),
          bold: false,
        },
        {
          label: `Ваша часть пени (доля ${a.shareText})`,
          value: rublesKopecksText(letter.penaltyKopecks),
          bold: false,
        },
        { label: 'Всего к оплате', value: rublesKopecksText(letter.totalKopecks), bold: true },
      ]
    : [
        { label: 'Основной долг', value: rublesKopecksText(letter.debtKopecks), bold: false },
        {
          label: `Пени (ч. 14 ст. 155 ЖК РФ) на ${asOf}`,
          value: rublesKopecksText(letter.penaltyKopecks),
          bold: false,
        },
        { label: 'Всего к оплате', value: rublesKopecksText(letter.totalKopecks), bold: true },
      ];
  const view: ClaimLetterView = {
    templateVersion: CLAIM_TEMPLATE_VERSION,
    sender: [
      p.name,
      `ИНН ${p.inn}${p.kpp ? `, КПП ${p.kpp}` : ''}${p.ogrn ? `, ОГРН ${p.ogrn}` : ''}`,
      ...(p.address ? [keepAddressTogether(p.address)] : []),
      ...(p.phone ? [`тел. ${p.phone}`] : []),
    ],
    reference: `Исх. № ${letter.documentNumber} от ${formatRuDate(account.issuedDate)}`,
    window: windowAddressLines({
      addressee: addresseeLine(a),
      address: account.address,
      region: account.region,
      postalCode: account.postalCode,
    }),
    title: 'ПРЕТЕНЗИЯ',
    subtitle: 'о погашении задолженности за жилое помещение и коммунальные услуги',
    paragraphs: [
      whoParagraph(account, a),
      `По данным ${p.name} на ${asOf} по лицевому счёту числится просроченная задолженность по оплате жилого помещения и коммунальных услуг` +
        (first && last ? ` за ${periodRange(first, last)}` : '') +
        ` — ${rublesKopecksText(s.demandedKopecks)} (по месяцам и услугам — в выписке, приложение 1). ` +
        `За просрочку оплаты начислены пени (ч. 14 ст. 155 ЖК РФ) — ${rublesKopecksText(account.penaltyKopecks)} (расчёт — приложение 2).` +
        (shared ? ` Ваша часть — соразмерно доле ${a.shareText}:` : ''),
    ],
    amounts,
    totalWords: `(${rublesInWords(letter.totalKopecks)})`,
    notDemanded: notDemandedLines(s),
    demand: `Требуем в течение ${account.paymentDays} дней со дня получения настоящей претензии оплатить ${rublesKopecksText(letter.totalKopecks)} по реквизитам ниже или по QR-коду в приложении банка.`,
    consequencesTitle: 'Если задолженность не будет погашена:',
    consequences: [
      'пени продолжат начисляться до дня фактической оплаты (ч. 14 ст. 155 ЖК РФ);',
      `${p.name} вправе обратиться в суд (судебный приказ или иск); суд может взыскать задолженность, пени и судебные расходы, в том числе государственную пошлину;`,
      'коммунальная услуга может быть ограничена или приостановлена только в порядке раздела XI Правил № 354, после отдельного письменного предупреждения.',
    ],
    closing: `Если долг уже оплачен или Вы не согласны с расчётом, позвоните по телефону ${account.signer.phone}: сверим расчёт; порядок погашения можно обсудить.`,
    payTitle: `Реквизиты для оплаты по претензии № ${letter.documentNumber} (оплатить можно и по QR-коду в приложении банка)`,
    payeeDetails: [
      { label: 'Получатель', value: `${p.name}, ИНН ${p.inn}${p.kpp ? `, КПП ${p.kpp}` : ''}` },
      { label: 'Счёт', value: `р/с ${p.settlementAccount} в ${p.bankName}` },
      { label: 'Банк', value: `БИК ${p.bik}, корр. счёт ${p.correspondentAccount}` },
      { label: 'Назначение', value: letter.purpose },
      { label: 'Сумма', value: rublesKopecksText(letter.totalKopecks) },
    ],
    signer: { position: account.signer.position, name: account.signer.fullName, phone: `тел. ${account.signer.phone}` },
    attachments: `Приложения: 1) выписка задолженности по лицевому счёту на ${asOf}; 2) расчёт пени.`,
  };
  return {
    ...view,
    paragraphs: view.paragraphs.map(typeset),
    amounts: view.amounts.map((a) => ({ ...a, label: typeset(a.label), value: typeset(a.value) })),
    totalWords: typeset(view.totalWords),
    notDemanded: view.notDemanded.map(typeset),
    demand: typeset(view.demand),
    consequences: view.consequences.map(typeset),
    closing: typeset(view.closing),
    payTitle: typeset(view.payTitle),
    payeeDetails: view.payeeDetails.map((d) => ({ ...d, value: typeset(d.value) })),
    attachments: typeset(view.attachments),
  };
}
