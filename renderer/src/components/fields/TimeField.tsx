/**
 * @file A time box in the Russian 24-hour form whatever the browser's language (the browser's own shows «--:-- --»
 * with AM/PM in an English browser): «чч:мм», the colon added as the clerk types («0930» → «09:30»), ↑/↓ a minute
 * (Shift: an hour), «25:00» named beside the field. Takes the props `<input type="time">` took, with
 * `onChange('HH:MM' | '')`.
 */
import { parseRuTime } from '../../format';
import { shiftTime, TIME_PARTS } from './typed-date';
import { TypedDateInput, type TypedDateConfig, type TypedDateProps } from './TypedDateInput';

export type TimeFieldProps = Omit<TypedDateProps, 'min' | 'max'>;

const TIME_CONFIG: TypedDateConfig = {
  parts: TIME_PARTS,
  separator: ':',
  placeholder: 'чч:мм',
  parse: (text) => {
    const r = parseRuTime(text);
    return 'time' in r ? { value: r.time } : { problem: r.problem };
  },
  show: (value) => value,
  step: (value, by, shift) => shiftTime(value, by, shift ? 'hour' : 'minute'),
  today: () => {
    const now = new Date();
    return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  },
  message: (problem) => {
    switch (problem) {
      case 'empty':
        return 'Укажите время: чч:мм.';
      case 'calendar':
        return 'Такого времени нет: часы — от 00 до 23, минуты — от 00 до 59.';
      case 'shape':
      case 'before-min':
      case 'after-max':
        return 'Время пишут так: чч:мм, например 09:30.';
    }
  },
};

export function TimeField(props: TimeFieldProps) {
  return <TypedDateInput config={TIME_CONFIG} props={props} />;
}
