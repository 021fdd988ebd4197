/**
 * @file A sum in rubles typed by the clerk («5 000», «1 234,56») → integer kopecks, read with the import's money
 * parser; a wrong text is shown beside the field and stops the form (see ParsedNumberInput).
 */
import { moneyInputText, readMoney } from '../../../../shared/numbers/field-value';
import { ParsedNumberInput, type ParsedNumberProps } from './ParsedNumberInput';

/** `value`, `min` and `max` are kopecks. */
export function MoneyField(props: ParsedNumberProps) {
  return (
    <ParsedNumberInput
      {...props}
      suffix={props.suffix ?? ' ₽'}
      read={readMoney}
      format={moneyInputText}
      inputMode="decimal"
    />
  );
}
