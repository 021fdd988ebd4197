/**
 * @file What a form's number field holds, read with the import's parsers (parse-money, parse-integer) and worded for
 * the clerk with the field's name: «Порог: не сумма в рублях — например, 5 000.», «Порог не может быть меньше 0.».
 *
 * Never a silent default: a text that is not a number is an error, not 0 and not the previous value.
 */
import { formatCount } from '../text/format-count';
import { NOT_MONEY, TOO_LARGE, TOO_MANY_DECIMALS, parseMoney } from './parse-money';
import { parseInteger } from './parse-integer';

/** A field's text read: the number (null for an empty optional field) or the sentence to show beside the field. */
export type FieldValue = { value: number | null } | { error: string };

export interface FieldRules {
  /** The field's Russian name, the subject of the messages: «Порог», «Сумма обещания». */
  name: string;
  /** Least value allowed (kopecks for money). */
  min?: number | undefined;
  /** Greatest value allowed (kopecks for money). */
  max?: number | undefined;
  /** An empty text is an error («Порог: укажите сумму.») instead of null. */
  required?: boolean | undefined;
}

/** A ruble sign or «руб.»/«р.» the clerk may type after the amount. */
const RUBLE_SUFFIX = /\s*(₽|руб\.?|р\.)$/i;

/** Rubles typed by a clerk («5 000», «1234,5», «99.90 ₽») → integer kopecks, or the reason it is not a sum. */
export function readMoney(text: string, rules: FieldRules): FieldValue {
  const s = text.trim().replace(RUBLE_SUFFIX, '');
  if (s === '') return rules.required ? { error: `${rules.name}: укажите сумму.` } : { value: null };
  const v = parseMoney(s);
  if (typeof v !== 'number') {
    if (v === TOO_MANY_DECIMALS) return { error: `${rules.name}: копейки — не больше двух цифр после запятой.` };
    if (v === TOO_LARGE) return { error: `${rules.name}: слишком большая сумма.` };
    if (v !== NOT_MONEY) return { error: `${rules.name}: ${v.message}.` };
    return { error: `${rules.name}: не сумма в рублях — например, 5 000.` };
  }
  if (rules.min !== undefined && v < rules.min)
    return { error: `${rules.name} не может быть меньше ${rublesText(rules.min)}.` };
  if (rules.max !== undefined && v > rules.max)
    return { error: `${rules.name} не может быть больше ${rublesText(rules.max)}.` };
  return { value: v };
}

/** Digits in groups of three after the first: «1 000», «12 500». */
const GROUPED = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+)$/;
const FRACTION = /^[+\-\u2212]?\d+[.,]\d+$/;

/** A whole number typed by a clerk («12», «1 000») → the number, or the reason it is not one. */
export function readWholeNumber(text: string, rules: FieldRules): FieldValue {
  let s = text.trim();
  if (s === '') return rules.required ? { error: `${rules.name}: укажите число.` } : { value: null };
  const grouped = GROUPED.exec(s);
  if (grouped) s = `${grouped[1] ?? ''}${(grouped[2] ?? '').replace(/\D/g, '')}`;
  s = s.replace(/^\u2212/, '-');
  const v = parseInteger(s);
  if (typeof v !== 'number')
    return FRACTION.test(s)
      ? { error: `${rules.name}: нужно целое число, без дробной части.` }
      : { error: `${rules.name}: не число — введите цифрами, например, 5.` };
  if (rules.min !== undefined && v < rules.min)
    return { error: `${rules.name} не может быть меньше ${formatCount(rules.min)}.` };
  if (rules.max !== undefined && v > rules.max)
    return { error: `${rules.name} не может быть больше ${formatCount(rules.max)}.` };
  return { value: v };
}

/** Kopecks as the clerk reads a limit: «0», «5 000 ₽», «1 234,50 ₽». */
export function rublesText(kopecks: number): string {
  if (kopecks === 0) return '0';
  const rub = Math.trunc(kopecks / 100);
  const kop = Math.abs(kopecks % 100);
  return kop === 0 ? `${formatCount(rub)} ₽` : `${formatCount(rub)},${String(kop).padStart(2, '0')} ₽`;
}

/** Kopecks as the text a money field starts with: «5 000», «1 234,5» → «1 234,50»; null → ''. */
export function moneyInputText(kopecks: number | null): string {
  if (kopecks === null) return '';
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  const rub = formatCount(Math.trunc(abs / 100));
  const kop = abs % 100;
  return kop === 0 ? `${sign}${rub}` : `${sign}${rub},${String(kop).padStart(2, '0')}`;
}

/** A whole number as the text a number field starts with («1 000»); null → ''. */
export function wholeNumberInputText(n: number | null): string {
  return n === null ? '' : formatCount(n);
}

/**
 * Rubles typed into a form that words its own refusal (the registry filter, the call's promise) → kopecks through the
 * same reading as {@link readMoney}: null for an empty text, NaN for a text that is not a non-negative sum.
 */
export function kopecksOfText(text: string): number | null {
  const r = readMoney(text, { name: 'Сумма', min: 0 });
  return 'error' in r ? Number.NaN : r.value;
}
