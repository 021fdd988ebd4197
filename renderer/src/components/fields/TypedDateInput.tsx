/**
 * @file The one text box behind DateField and MonthField: the clerk types digits in the Russian order whatever the
 * browser's language (no browser picker, so no «mm/dd/yyyy»), the value goes out as ISO once the text is a real
 * date within the limits ('' while it is not), and a refused text is named BESIDE the field on blur, on Enter and
 * when the form is sent — never silently replaced.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, FormEvent, InputHTMLAttributes, KeyboardEvent, ReactNode } from 'react';
import type { DateProblem } from '../../format';
import { clamp, maskTyped } from './typed-date';
import './fields.css';

/** Attributes a page may pass to the text box as it passed them to `<input type="date">`. */
export type PassThrough = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'defaultValue' | 'onChange' | 'min' | 'max' | 'placeholder' | 'inputMode' | 'pattern' | 'size'
> & { 'data-testid'?: string };

export interface TypedDateConfig {
  parts: readonly number[];
  /** Between the parts: '.' for dates and months, ':' for a time. */
  separator?: string;
  placeholder: string;
  /** Text → ISO value or the problem (format.ts parseRuDate / parseRuMonth). */
  parse: (
    text: string,
    limits: { min?: string | undefined; max?: string | undefined },
  ) => { value: string } | { problem: DateProblem };
  /** ISO value → the text shown. */
  show: (value: string) => string;
  /** ↑/↓ (shift: Shift held). */
  step: (value: string, by: number, shift: boolean) => string;
  /** The start of ↑/↓ on an empty field. */
  today: () => string;
  message: (problem: DateProblem | 'empty', limits: { min?: string | undefined; max?: string | undefined }) => string;
  /** Shown beside a valid value (the month in words). */
  hint?: (value: string) => ReactNode;
}

export interface TypedDateProps extends PassThrough {
  /** ISO value, '' when empty. */
  value: string;
  /** Called with the ISO value once the text is one (within min/max), and with '' when the text stops being one. */
  onChange: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
}

export function TypedDateInput({ config, props }: { config: TypedDateConfig; props: TypedDateProps }) {
  const { value, onChange, min, max, onBlur, onKeyDown, onInvalid, className, ...rest } = props;
  const limits = { min: min || undefined, max: max || undefined };
  const [text, setText] = useState(() => (value ? config.show(value) : ''));
  const [shownError, setShownError] = useState<string | null>(null);
  const lastSent = useRef(value);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // A value set by the page (a default, a reset after saving, a date computed from another field) replaces the text.
  useEffect(() => {
    if (value === lastSent.current) return;
    lastSent.current = value;
    setText(value ? config.show(value) : '');
    setShownError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value from the page
  }, [value]);

  const parsed = text.trim() === '' ? null : config.parse(text, limits);
  const problemText =
    parsed === null
      ? rest.required
        ? config.message('empty', limits)
        : ''
      : 'problem' in parsed
        ? config.message(parsed.problem, limits)
        : '';

  // The form is not sent with a refused or missing value; the browser's bubble then says it in Russian too.
  useEffect(() => {
    inputRef.current?.setCustomValidity(problemText);
  }, [problemText]);

  const send = (next: string) => {
    if (next === lastSent.current) return;
    lastSent.current = next;
    onChange(next);
  };

  const accept = (nextText: string) => {
    setText(nextText);
    setShownError(null);
    const result = nextText.trim() === '' ? null : config.parse(nextText, limits);
    send(result && 'value' in result ? result.value : '');
  };

  const settle = (): boolean => {
    if (parsed === null) return true;
    if ('problem' in parsed) {
      setShownError(problemText);
      return false;
    }
    setText(config.show(parsed.value)); // «5.1.2027» → «05.01.2027»
    return true;
  };

  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === 'Enter' && !settle()) e.preventDefault();
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const base = parsed && 'value' in parsed ? parsed.value : null;
      const by = e.key === 'ArrowUp' ? 1 : -1;
      const next = clamp(base ? config.step(base, by, e.shiftKey) : config.today(), limits.min, limits.max);
      accept(config.show(next));
    }
  };

  const hint = parsed && 'value' in parsed && config.hint ? config.hint(parsed.value) : null;
  const errorShown = shownError !== null;

  return (
    <span className={className ? `ru-date-field ${className}` : 'ru-date-field'}>
      <input
        {...rest}
        ref={inputRef}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={config.placeholder}
        size={config.placeholder.length + 1}
        value={text}
        aria-invalid={errorShown || rest['aria-invalid'] === true || rest['aria-invalid'] === 'true' || undefined}
        aria-describedby={errorShown ? errorId : rest['aria-describedby']}
        onChange={(e) => {
          const native = e.nativeEvent as InputEvent;
          const deleting =
            typeof native.inputType === 'string'
              ? native.inputType.startsWith('delete')
              : e.target.value.length < text.length;
          accept(maskTyped(e.target.value, config.parts, deleting, config.separator));
        }}
        onBlur={(e: FocusEvent<HTMLInputElement>) => {
          settle();
          onBlur?.(e);
        }}
        onKeyDown={handleKeyDown}
        onInvalid={(e: FormEvent<HTMLInputElement>) => {
          onInvalid?.(e);
          setShownError(problemText || null);
        }}
      />
      {hint && !errorShown && <span className="ru-date-hint muted small">{hint}</span>}
      {errorShown && (
        <span id={errorId} className="ru-date-error error-text small" role="alert">
          {shownError}
        </span>
      )}
    </span>
  );
}
