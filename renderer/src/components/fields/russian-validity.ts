/**
 * @file The browser's own refusal of a form («Please fill out this field.» in an English browser) said in Russian,
 * whatever the browser's language: one listener for the whole page. A field that set its own message (the date,
 * money and number fields do) keeps it; a field's message is cleared as soon as the clerk edits it.
 */

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(target: EventTarget | null): target is Field {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement
  );
}

/** The Russian words for what the browser found wrong, or null when the field already words it itself. */
export function russianValidityMessage(field: Field): string | null {
  const v = field.validity;
  if (v.customError) return null;
  if (v.valueMissing) {
    if (field instanceof HTMLSelectElement) return 'Выберите значение из списка.';
    if (field instanceof HTMLInputElement && field.type === 'checkbox') return 'Отметьте, чтобы продолжить.';
    if (field instanceof HTMLInputElement && field.type === 'file') return 'Выберите файл.';
    return 'Заполните это поле.';
  }
  if (v.tooShort && 'minLength' in field) return `Не меньше ${field.minLength} знаков.`;
  if (v.tooLong && 'maxLength' in field) return `Не больше ${field.maxLength} знаков.`;
  if (v.typeMismatch && field instanceof HTMLInputElement) {
    return field.type === 'email' ? 'Адрес почты пишут так: имя@домен.ru.' : 'Значение не подходит для этого поля.';
  }
  if (v.patternMismatch) return field.title ? `Нужно так: ${field.title}` : 'Значение не подходит для этого поля.';
  if (v.rangeUnderflow || v.rangeOverflow || v.stepMismatch || v.badInput)
    return 'Значение не подходит для этого поля.';
  return null;
}

/** Installs the listeners once, on the document (capture: `invalid` does not bubble). */
export function installRussianValidity(doc: Document = document): void {
  const translated = new WeakSet<Field>();
  doc.addEventListener(
    'invalid',
    (event) => {
      const field = event.target;
      if (!isField(field)) return;
      const message = russianValidityMessage(field);
      if (message === null) return;
      field.setCustomValidity(message);
      translated.add(field);
    },
    true,
  );
  const clear = (event: Event): void => {
    const field = event.target;
    if (isField(field) && translated.has(field)) {
      field.setCustomValidity('');
      translated.delete(field);
    }
  };
  doc.addEventListener('input', clear, true);
  doc.addEventListener('change', clear, true);
}
