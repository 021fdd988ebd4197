/**
 * @file A whole number typed by the clerk («12», «1 000») with its limits (min/max), read with the import's integer
 * parser; a wrong text is shown beside the field and stops the form (see ParsedNumberInput).
 */
import { readWholeNumber, wholeNumberInputText } from '../../../../shared/numbers/field-value';
import { ParsedNumberInput, type ParsedNumberProps } from './ParsedNumberInput';

export function NumberField(props: ParsedNumberProps) {
  return (
    <ParsedNumberInput size={6} {...props} read={readWholeNumber} format={wholeNumberInputText} inputMode="numeric" />
  );
}
