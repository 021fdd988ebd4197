/**
 * @file A date box in the Russian order whatever the browser's language: «дд.мм.гггг», dots added as the clerk types
 * («15122026» → «15.12.2026»), «2026-12-15» accepted when pasted, ↑/↓ a day (Shift: a month), and an impossible or
 * out-of-range date named beside the field («Такой даты нет в календаре.», «Не позже 07.12.2026.») instead of reaching
 * the page. Takes the props `<input type="date">` took, with `onChange(iso | '')`.
 */
import { formatDate, parseRuDate, todayIsoDate } from '../../format';
import { DATE_PARTS, shiftDate } from './typed-date';
import { TypedDateInput, type TypedDateConfig, type TypedDateProps } from './TypedDateInput';

export type DateFieldProps = TypedDateProps;

const DATE_CONFIG: TypedDateConfig = {
  parts: DATE_PARTS,
  placeholder: 'дд.мм.гггг',
  parse: (text, limits) => {
    const r = parseRuDate(text, limits);
    return 'date' in r ? { value: r.date } : { problem: r.problem };
  },
  show: formatDate,
  step: (value, by, shift) => shiftDate(value, by, shift ? 'month' : 'day'),
  today: todayIsoDate,
  message: (problem, limits) => {
    switch (problem) {
      case 'empty':
        return 'Укажите дату: дд.мм.гггг.';
      case 'shape':
        return 'Дату пишут так: дд.мм.гггг, например 15.12.2026.';
      case 'calendar':
        return 'Такой даты нет в календаре.';
      case 'before-min':
        return `Не раньше ${formatDate(limits.min ?? '')}.`;
      case 'after-max':
        return `Не позже ${formatDate(limits.max ?? '')}.`;
    }
  },
};

export function DateField(props: DateFieldProps) {
  return <TypedDateInput config={DATE_CONFIG} props={props} />;
}
