/**
 * @file A whole number typed by the clerk («12», «1 000») with its limits (min/max), read with the import's integer
 * parser; a wrong text is shown beside the field and stops the form (see ParsedNumberInput). A number that is a name
 * rather than a quantity (a network port, a year) is shown without digit groups: «8080», not «8 080».
 */
import { readWholeNumber, wholeNumberInputText } from '../../../../shared/numbers/field-value';
import { ParsedNumberInput, type ParsedNumberProps } from './ParsedNumberInput';

const plainText = (n: number | null): string => (n === null ? '' : String(n));

export function NumberField({ plain, ...props }: ParsedNumberProps & { plain?: boolean }) {
  return (
    <ParsedNumberInput
      size={6}
      {...props}
      read={readWholeNumber}
      format={plain ? plainText : wholeNumberInputText}
      inputMode="numeric"
    />
  );
}
