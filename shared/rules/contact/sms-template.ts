/**
 * @file SMS templates with placeholders: {счёт}, {сумма}, {дата}, {оплата}, {адрес}. Pure, so the batch screen
 * shows the rendered text and its segment count as the clerk types.
 */

export const SMS_PLACEHOLDERS = [
  { key: '{счёт}', label: 'номер лицевого счёта' },
  { key: '{сумма}', label: 'сумма долга, руб.' },
  { key: '{дата}', label: 'дата, на которую указан долг' },
  { key: '{оплата}', label: 'как оплатить' },
  { key: '{адрес}', label: 'адрес помещения' },
] as const;

export const DEFAULT_HOW_TO_PAY = 'по ЕПД в банке или онлайн';

// Two Cyrillic segments (≤ 134 characters) even for a six-digit debt: each extra segment is paid for.
export const DEFAULT_SMS_TEMPLATE =
  'Долг за ЖКУ по л/с {счёт} на {дата}: {сумма} руб. Оплатите {оплата}. Неоплата — пени и суд.';

export interface SmsValues {
  number: string;
  debtKopecks: number;
  date: string;
  howToPay: string;
  address: string;
}

/** Rubles as in a bank notice, without the kopecks when they are zero: «45 320» or «45 320,50». */
export function smsRubles(kopecks: number): string {
  const rub = Math.floor(kopecks / 100);
  const kop = kopecks % 100;
  const whole = String(rub).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return kop === 0 ? whole : `${whole},${String(kop).padStart(2, '0')}`;
}

/** What a message needs of its recipient: the account's number, its debt and the flat's address. */
export interface SmsRecipientFields {
  number: string;
  debtKopecks: number;
  address: string;
}

/**
 * The message one recipient gets on `date` — the one rendering the batch, the preview method and the SMS screen
 * share, so the preview is the text that will be sent to that very account (not a sample with made-up figures).
 */
export function smsTextFor(template: string, recipient: SmsRecipientFields, date: string): string {
  return renderSms(template, {
    number: recipient.number,
    debtKopecks: recipient.debtKopecks,
    date,
    howToPay: DEFAULT_HOW_TO_PAY,
    address: recipient.address,
  });
}

export function renderSms(template: string, v: SmsValues): string {
  return template
    .replaceAll('{счёт}', v.number)
    .replaceAll('{сумма}', smsRubles(v.debtKopecks))
    .replaceAll('{дата}', v.date.split('-').reverse().join('.'))
    .replaceAll('{оплата}', v.howToPay)
    .replaceAll('{адрес}', v.address);
}

/** Placeholders in braces the template uses but nobody fills (typos like «{сума}»). */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(SMS_PLACEHOLDERS.map((p) => p.key));
  return [...new Set(template.match(/\{[^}]*\}/g) ?? [])].filter((p) => !known.has(p));
}
