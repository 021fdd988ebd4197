/**
 * @file The common part of MoneyField and NumberField: a text input read with the shared parser
 * (shared/numbers/field-value.ts). The clerk's text is kept as typed; a text that is not a number shows its reason
 * BESIDE the field (aria-invalid, role=alert) on blur, Enter or submit, and stops the enclosing form's submit — the
 * form never sends the previous value or a default in its place.
 *
 * The parent gets every valid value at once (`onChange`) and, if it wants to block an action of its own, every change
 * of validity (`onError`). A form that holds the field is blocked by the field itself: it listens for the form's
 * `submit` before React does and stops it while its text is wrong (the `form` attribute links an input standing
 * outside the <form>, e.g. in a table).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldRules, FieldValue } from '../../../../shared/numbers/field-value';

export interface ParsedNumberProps extends FieldRules {
  /** Visible label text before the input; without it the field is named by `name` (aria-label), e.g. in a table. */
  label?: string | undefined;
  /** The value in force: kopecks for money, the number otherwise; null is an empty field. */
  value: number | null;
  /** Called with each valid value as the clerk types (null: emptied optional field). */
  onChange: (value: number | null) => void;
  /** Called when the text becomes wrong (the sentence) or right again (null). */
  onError?: ((error: string | null) => void) | undefined;
  disabled?: boolean | undefined;
  testid?: string | undefined;
  /** The input's HTML name (for a form reader or a test); the Russian name is `name`. */
  inputName?: string | undefined;
  /** id of the <form> the input belongs to when it stands outside it. */
  form?: string | undefined;
  /** Width in characters. */
  size?: number | undefined;
  /** What follows the input, e.g. « ₽». */
  suffix?: string | undefined;
  className?: string | undefined;
  autoFocus?: boolean | undefined;
  placeholder?: string | undefined;
}

interface Props extends ParsedNumberProps {
  read: (text: string, rules: FieldRules) => FieldValue;
  format: (value: number | null) => string;
  inputMode: 'decimal' | 'numeric';
}

export function ParsedNumberInput(props: Props) {
  const { read, format, value, onChange, onError, label, name, min, max, required } = props;
  const [text, setText] = useState(() => format(value));
  const [shown, setShown] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const rules: FieldRules = { name, min, max, required };
  const rulesRef = useRef(rules);
  const textRef = useRef(text);
  // the latest rules and text, for the form's submit listener and the checks of blur/Enter
  useLayoutEffect(() => {
    rulesRef.current = rules;
    textRef.current = text;
  });

  // A value changed from outside (a reset after saving, another record) replaces the text; the value this field
  // itself reported does not, so «1000» stays «1000» while typed and a wrong text is kept as typed.
  const reported = useRef<number | null>(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(format(value));
    setShown(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only an outside change of the value matters here
  }, [value]);

  const check = (): string | null => {
    const r = read(textRef.current, rulesRef.current);
    const error = 'error' in r ? r.error : null;
    setShown(error);
    return error;
  };

  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const onSubmit = (e: Event) => {
      if (inputRef.current?.disabled || check() === null) return;
      e.preventDefault();
      e.stopPropagation(); // React listens at the root: the form's onSubmit does not run
      const active = document.activeElement;
      if (!(active instanceof HTMLInputElement && active.getAttribute('aria-invalid') === 'true'))
        inputRef.current?.focus();
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- check reads refs
  }, [props.form]);

  const edit = (next: string) => {
    setText(next);
    textRef.current = next;
    const r = read(next, rulesRef.current);
    if ('error' in r) {
      if (shown !== null) setShown(r.error);
      onError?.(r.error);
      return;
    }
    setShown(null);
    onError?.(null);
    reported.current = r.value;
    if (r.value !== value) onChange(r.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') check();
  };

  const input = (
    <input
      ref={inputRef}
      type="text"
      inputMode={props.inputMode}
      autoComplete="off"
      value={text}
      onChange={(e) => edit(e.target.value)}
      onBlur={() => check()}
      onKeyDown={onKeyDown}
      aria-invalid={shown !== null}
      aria-describedby={shown !== null ? errorId : undefined}
      aria-label={label === undefined ? name : undefined}
      aria-required={required || undefined}
      disabled={props.disabled}
      data-testid={props.testid}
      name={props.inputName}
      form={props.form}
      size={props.size ?? 10}
      className={props.className}
      autoFocus={props.autoFocus}
      placeholder={props.placeholder}
    />
  );
  return (
    <span className="number-field">
      {label === undefined ? (
        <>
          {input}
          {props.suffix}
        </>
      ) : (
        <>
          <label>
            {label} {input}
          </label>
          {props.suffix}
        </>
      )}
      {shown !== null && (
        <span id={errorId} role="alert" className="error-text field-error">
          {shown}
        </span>
      )}
    </span>
  );
}
