/**
 * @file A month box in the Russian order whatever the browser's language: «мм.гггг», the dot added as the clerk types
 * («122026» → «12.2026»), «2026-12» accepted when pasted, ↑/↓ a month (Shift: a year), the month in words beside it
 * once it is one («декабрь 2026»). Takes the props `<input type="month">` took, with `onChange('YYYY-MM' | '')`.
 */
import { formatPeriod, formatPeriodShort, parseRuMonth, todayIsoDate } from '../../format';
import { MONTH_PARTS, shiftMonth } from './typed-date';
import { TypedDateInput, type TypedDateConfig, type TypedDateProps } from './TypedDateInput';

export type MonthFieldProps = TypedDateProps;

const MONTH_CONFIG: TypedDateConfig = {
  parts: MONTH_PARTS,
  placeholder: 'мм.гггг',
  parse: (text, limits) => {
    const r = parseRuMonth(text, limits);
    return 'period' in r ? { value: r.period } : { problem: r.problem };
  },
  show: formatPeriodShort,
  step: (value, by, shift) => shiftMonth(value, by, shift ? 'year' : 'month'),
  today: () => todayIsoDate().slice(0, 7),
  message: (problem, limits) => {
    switch (problem) {
      case 'empty':
        return 'Укажите месяц: мм.гггг.';
      case 'shape':
        return 'Месяц пишут так: мм.гггг, например 12.2026.';
      case 'calendar':
        return 'Такого месяца нет: месяцы — от 01 до 12.';
      case 'before-min':
        return `Самый ранний месяц здесь — ${formatPeriod(limits.min ?? '')}.`;
      case 'after-max':
        return `Самый поздний месяц здесь — ${formatPeriod(limits.max ?? '')}.`;
    }
  },
  hint: (value) => formatPeriod(value),
};

export function MonthField(props: MonthFieldProps) {
  return <TypedDateInput config={MONTH_CONFIG} props={props} />;
}
