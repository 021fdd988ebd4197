/**
 * @file The one Russian plural helper, for the UI, the core and documents alike: the form is chosen by
 * `Intl.PluralRules('ru')` (CLDR), so «1 лицевой счёт», «3 лицевых счёта», «11 лицевых счетов», «1,5 месяца».
 * Never write «сегмента(ов)» or «адрес(а)»: pass the three forms.
 */
import { formatCount } from './format-count';

/** Forms for 1 («счёт»), for 2–4 («счёта»), for 5–20 («счетов»). */
export type PluralForms = readonly [one: string, few: string, many: string];

const rules = new Intl.PluralRules('ru');

/** The word form for n: `plural(21, ['письмо', 'письма', 'писем'])` → «письмо». Fractions take the 2–4 form. */
export function plural(n: number, forms: PluralForms): string {
  switch (rules.select(n)) {
    case 'one':
      return forms[0];
    case 'few':
    case 'other': // fractions: «1,5 месяца»
      return forms[1];
    case 'many':
    case 'zero': // Russian has no «zero» or «two» category; listed so the switch is whole
    case 'two':
      return forms[2];
  }
}

/** The count with its word: `countText(150000, ['счёт', 'счёта', 'счетов'])` → «150 000 счетов». */
export function countText(n: number, forms: PluralForms): string {
  return `${formatCount(n)} ${plural(n, forms)}`;
}
