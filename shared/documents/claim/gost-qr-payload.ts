/**
 * @file The payment string of a QR code per ГОСТ Р 56042-2014, so a debtor can pay from a
 * banking app. Pure.
 *
 * Header `ST0001` + encoding flag `2` (UTF-8) + separator `|`. The five mandatory fields come first and in the
 * standard's order (Name, PersonalAcc, BankName, BIC, CorrespAcc) — strict parsers reject any other order — then
 * PayeeINN, Sum (kopecks, digits only), Purpose, PersAcc. A `|` inside a value would split it, so it is replaced
 * by «/» (the standard has no escaping, and some bank readers take only `|` as the separator). Limits are checked here,
 * where the clerk can still be told which УК detail is missing, not in a bank's app.
 */

export interface PaymentQrFields {
  /** Наименование получателя (УК). */
  name: string;
  /** Расчётный счёт, 20 digits. */
  personalAcc: string;
  bankName: string;
  /** БИК, 9 digits. */
  bic: string;
  /** Корр. счёт, 20 digits. */
  correspAcc: string;
  payeeInn: string;
  sumKopecks: number;
  purpose: string;
  /** Лицевой счёт плательщика, without «л/с №». */
  persAcc: string;
}

export const GOST_QR_HEADER = 'ST00012';

export class PaymentQrError extends Error {}

function clean(value: string): string {
  return value.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
}

function limit(label: string, value: string, max: number): string {
  if (value.length === 0) throw new PaymentQrError(`не указан реквизит «${label}»`);
  // Names longer than the standard allows are shortened rather than refused: the account numbers identify the payee.
  return value.length > max ? value.slice(0, max) : value;
}

function digits(label: string, value: string, length: number): string {
  const v = value.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${length}}$`).test(v))
    throw new PaymentQrError(`реквизит «${label}» должен состоять из ${length} цифр`);
  return v;
}

/** The ordered key/value pairs, exactly as they go into the string. */
export function paymentQrPairs(f: PaymentQrFields): Array<[string, string]> {
  if (!Number.isInteger(f.sumKopecks) || f.sumKopecks <= 0)
    throw new PaymentQrError('сумма к оплате должна быть больше нуля');
  const inn = f.payeeInn.replace(/\s+/g, '');
  if (!/^(\d{10}|\d{12})$/.test(inn)) throw new PaymentQrError('ИНН получателя должен состоять из 10 или 12 цифр');
  return [
    ['Name', limit('Наименование получателя', clean(f.name), 160)],
    ['PersonalAcc', digits('Расчётный счёт', f.personalAcc, 20)],
    ['BankName', limit('Банк получателя', clean(f.bankName), 45)],
    ['BIC', digits('БИК', f.bic, 9)],
    ['CorrespAcc', digits('Корреспондентский счёт', f.correspAcc, 20)],
    ['PayeeINN', inn],
    ['Sum', String(f.sumKopecks)],
    ['Purpose', limit('Назначение платежа', clean(f.purpose), 210)],
    ['PersAcc', limit('Лицевой счёт', clean(f.persAcc), 30)],
  ];
}

export function paymentQrPayload(f: PaymentQrFields): string {
  return [GOST_QR_HEADER, ...paymentQrPairs(f).map(([k, v]) => `${k}=${v}`)].join('|');
}
