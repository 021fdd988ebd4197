/**
 * @file What the warning of a restriction shows (shared, pure; measure 8, Правила № 354 п.117–119): to whom and where,
 * the account, the ONE service and its exact overdue debt as of the date with the months it covers, the threshold and
 * how it was counted, the term «в течение N дней со дня доставки», restriction first and then suspension (or suspension
 * at once where restriction is technically impossible — said so), the costs where the rules give them, how to pay
 * and that a signed repayment agreement stops it, the legal basis and the signer. For sewage the debt is stated for
 * водоотведение alone (ВС РФ 05.03.2019 № 47-АД19-2). Display strings only; the template lays them out.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesKopecksText } from '../money-text';
import { periodWords } from '../../dates/period-words';
import { dativeFullName } from '../claim/dative-name';

export const WARNING_TEMPLATE_VERSION = 'restriction-warning-1';
export const SEWAGE = 'Водоотведение';

export interface WarningAddressee {
  fullName: string | null;
  role: 'owner' | 'tenant' | null;
}

export interface WarningPayee {
  name: string;
  inn: string;
  kpp: string | null;
  address: string | null;
  phone: string | null;
  bankName: string;
  bik: string;
  correspondentAccount: string;
  settlementAccount: string;
}

export interface WarningInput {
  /** The day the warning is made (= the date of the debt). */
  documentDate: string;
  accountNumber: string;
  /** The premises, as billing writes it. */
  address: string;
  /** The address as an envelope writes it (with the postal code), when known. */
  letterAddress: string | null;
  addressees: readonly WarningAddressee[];
  service: string;
  debtKopecks: number;
  /** The months of the overdue debt for the service, oldest first; they add up to `debtKopecks`. */
  months: ReadonlyArray<{ period: string; openKopecks: number }>;
  thresholdKopecks: number;
  thresholdBasis: 'norm' | 'average';
  /** restriction-threshold.ts `detail`. */
  thresholdDetail: string;
  /** The dated rule restriction.warning_days on the document date. */
  warningDays: number;
  /** The dated rule restriction.restoration_days. */
  restorationDays: number;
  restrictionPossible: boolean;
  restrictionCostKopecks: number;
  restorationCostKopecks: number;
  payee: WarningPayee;
  organisationName: string;
  signer: { fullName: string; position: string; phone: string } | null;
}

export interface WarningView {
  /** The document's title (metadata) and its file name's base. */
  documentTitle: string;
  sender: string[];
  /** «Кому»: the addressees in the dative, then the address. */
  toLines: string[];
  title: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  monthsCaption: string;
  months: Array<{ period: string; amount: string }>;
  monthsTotal: string;
  paragraphs: string[];
  paymentCaption: string;
  paymentLines: string[];
  legalBasis: string;
  signer: { position: string; fullName: string; phone: string };
  footer: string;
}

/** «двадцати» is not needed: the days are printed as a number with the word in the right form. */
export function daysWord(n: number): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return 'дня';
  return 'дней';
}

function addresseeLine(a: WarningAddressee): string {
  if (a.fullName) return dativeFullName(a.fullName);
  return a.role === 'tenant' ? 'Нанимателю помещения' : 'Собственнику помещения';
}

function whoText(addressees: readonly WarningAddressee[]): string {
  if (addressees.some((a) => a.role === 'tenant')) return 'нанимателю';
  return addressees.length > 1 ? 'собственникам' : 'собственнику';
}

/** A sum kept on one line: «2 750 руб. 00 коп.» never breaks between its parts. */
const money = (kopecks: number): string => rublesKopecksText(kopecks).replace(/ /g, '\u00a0');

/** ««Водоотведение»» in the text; the service name is quoted as billing spells it. */
const q = (s: string) => `«${s}»`;

export function buildWarningView(input: WarningInput): WarningView {
  const date = formatRuDate(input.documentDate);
  const service = q(input.service);
  const sewage = input.service === SEWAGE;
  const days = `${input.warningDays} ${daysWord(input.warningDays)}`;
  const first = input.months[0]?.period;
  const last = input.months[input.months.length - 1]?.period;
  const range =
    first && last ? (first === last ? periodWords(first) : `${periodWords(first)} — ${periodWords(last)}`) : '';
  const basis =
    input.thresholdBasis === 'norm'
      ? 'исходя из норматива потребления коммунальной услуги и тарифа, действующего на дату предупреждения'
      : 'исходя из среднемесячного начисления по услуге за последние 12 месяцев (норматив и тариф по услуге в программе не заданы)';

  const paragraphs: string[] = [];
  paragraphs.push(
    `По лицевому счёту № ${input.accountNumber} (${input.address}) по состоянию на ${date} имеется просроченная ` +
      `задолженность по оплате коммунальной услуги ${service} в размере ${money(input.debtKopecks)}` +
      `${range ? ` за ${range}` : ''} (помесячно — в таблице ниже).`,
  );
  if (sewage) {
    paragraphs.push(
      `Сумма указана только по услуге «Водоотведение»; задолженность по другим услугам в неё не включена. ` +
        `Месяцы, по которым истёк срок исковой давности, в сумму не включены.`,
    );
  } else {
    paragraphs.push('Месяцы, по которым истёк срок исковой давности, в сумму не включены.');
  }
  paragraphs.push(
    `Задолженность превышает сумму ${input.thresholdBasis === 'norm' ? '2 месячных размеров платы' : 'двух среднемесячных начислений'} ` +
      `за эту услугу (${money(input.thresholdKopecks)}), рассчитанную ${basis}: ${input.thresholdDetail} ` +
      `(подп. «а» п. 117, п. 118 Правил № 354).`,
  );
  if (input.restrictionPossible) {
    paragraphs.push(
      `Предупреждаем: если задолженность не будет погашена в течение ${days} со дня доставки настоящего ` +
        `предупреждения, предоставление коммунальной услуги ${service} будет сначала ограничено, а затем, если ` +
        `задолженность и после этого не будет погашена, приостановлено (подп. «а» п. 119 Правил № 354).`,
    );
  } else {
    paragraphs.push(
      `Предупреждаем: если задолженность не будет погашена в течение ${days} со дня доставки настоящего ` +
        `предупреждения, предоставление коммунальной услуги ${service} будет приостановлено без предварительного ` +
        `ограничения, так как ограничение предоставления этой услуги технически невозможно ` +
        '(п. 119 Правил № 354).',
    );
  }
  if (sewage) {
    paragraphs.push(
      'Ограничение водоотведения выполняется так, чтобы не повредить общее имущество, не нарушить права других ' +
        'жителей и не сделать помещение непригодным для проживания (п. 122 Правил № 354).',
    );
  }
  const costs: string[] = [];
  if (input.restrictionCostKopecks > 0) costs.push(`введение ограничения — ${money(input.restrictionCostKopecks)}`);
  if (input.restorationCostKopecks > 0)
    costs.push(`возобновление предоставления услуги — ${money(input.restorationCostKopecks)}`);
  if (costs.length > 0) {
    paragraphs.push(`Расходы исполнителя будут предъявлены Вам к оплате: ${costs.join('; ')}`);
  }
  paragraphs.push(
    'Ограничения не будет, если до окончания срока задолженность будет погашена полностью или с нами будет ' +
      'подписано соглашение о погашении задолженности (рассрочка) и оно будет исполняться. Чтобы заключить ' +
      `соглашение, обратитесь к нам${input.signer?.phone ? ` по телефону ${input.signer.phone}` : input.payee.phone ? ` по телефону ${input.payee.phone}` : ''}.`,
  );
  paragraphs.push(
    `Если услуга будет ограничена или приостановлена, её предоставление возобновится в течение ${input.restorationDays} ` +
      `${input.restorationDays === 1 ? 'календарного дня' : 'календарных дней'} со дня полного погашения задолженности ` +
      'или подписания соглашения о её погашении (п. 120 Правил № 354).',
  );
  paragraphs.push('Если задолженность уже погашена, сообщите нам об этом и не учитывайте настоящее предупреждение.');

  const p = input.payee;
  const paymentLines = [
    `Получатель: ${p.name}, ИНН ${p.inn}${p.kpp ? `, КПП ${p.kpp}` : ''}`,
    `Банк: ${p.bankName || '—'}, БИК ${p.bik || '—'}`,
    `Р/с ${p.settlementAccount || '—'}, к/с ${p.correspondentAccount || '—'}`,
    `Назначение платежа: оплата за ${input.service.toLowerCase()}, лицевой счёт № ${input.accountNumber}`,
  ];

  const sender = [
    input.organisationName,
    p.name !== input.organisationName ? p.name : null,
    p.address,
    p.phone ? `тел. ${p.phone}` : null,
  ].filter((x): x is string => Boolean(x));
  const toLines = [...input.addressees.map(addresseeLine), input.letterAddress ?? input.address];

  return {
    documentTitle: `Предупреждение об ограничении: ${input.service}, л/с ${input.accountNumber}, ${date}`,
    sender,
    toLines,
    title: 'ПРЕДУПРЕЖДЕНИЕ',
    subtitle: input.restrictionPossible
      ? `об ограничении, а затем приостановлении предоставления коммунальной услуги ${service}`
      : `о приостановлении предоставления коммунальной услуги ${service}`,
    facts: [
      { label: 'Дата', value: date },
      { label: 'Кому', value: `${whoText(input.addressees)} помещения` },
      { label: 'Лицевой счёт', value: input.accountNumber },
      { label: 'Коммунальная услуга', value: input.service },
      { label: 'Просроченный долг по услуге', value: `${money(input.debtKopecks)} на ${date}` },
      { label: 'Порог (п. 118)', value: money(input.thresholdKopecks) },
      { label: 'Срок погашения', value: `${days} со дня доставки предупреждения` },
    ],
    monthsCaption: `Просроченная задолженность по услуге ${service} на ${date}`,
    months: input.months.map((m) => ({ period: periodWords(m.period), amount: money(m.openKopecks) })),
    monthsTotal: money(input.debtKopecks),
    paragraphs,
    paymentCaption: 'Как оплатить',
    paymentLines,
    legalBasis:
      'Основание: ст. 153, 155, 157 Жилищного кодекса РФ; подп. «а» п. 117, п. 118–120, 122 Правил предоставления ' +
      'коммунальных услуг собственникам и пользователям помещений в многоквартирных домах и жилых домов ' +
      '(утв. постановлением Правительства РФ от 06.05.2011 № 354).',
    signer: input.signer
      ? { position: input.signer.position, fullName: input.signer.fullName, phone: `тел. ${input.signer.phone}` }
      : { position: 'Ответственное лицо', fullName: '________________', phone: '' },
    footer: `${input.organisationName} · предупреждение от ${date} · л/с ${input.accountNumber}`,
  };
}
