/**
 * @file A Russian file button whatever the browser's language: «Выбрать файл…» (or the page's own words) and what
 * was chosen beside it («Файл не выбран», «payments.xlsx, 1,2 МБ») instead of the browser's «Choose File / No file
 * chosen». A real `<input type="file">` stays underneath, hidden and out of the Tab order (the button is the one
 * stop): tests set files on it, `accept`, `multiple` and the page's onChange pass through unchanged.
 */
import { forwardRef, useId, useRef, useState } from 'react';
import type { ChangeEvent, InputHTMLAttributes } from 'react';
import { countText } from '../../../../shared/text/plural';
import { formatBytes } from '../../format';
import './fields.css';

type FileInputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children' | 'value' | 'defaultValue'
> & {
  'data-testid'?: string;
};

export interface FileButtonProps extends FileInputAttributes {
  /** The button's words, «Выбрать файл начислений…»; by default «Выбрать файл…» («Выбрать файлы…» with `multiple`). */
  label?: string;
  /** What to show as chosen when the page keeps the files itself (cleared after saving); otherwise the last pick. */
  chosen?: readonly File[] | File | null;
  /** Hide the «Файл не выбран / имя, размер» line (a page that lists the files itself). */
  hideChosen?: boolean;
  buttonClassName?: string;
}

/** «Файл не выбран», «payments.xlsx, 1,2 МБ», «3 файла, 2,4 МБ». */
export function chosenFilesText(files: readonly File[]): string {
  const first = files[0];
  if (!first) return 'Файл не выбран';
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  if (files.length === 1) return `${first.name}, ${formatBytes(bytes)}`;
  return `${countText(files.length, ['файл', 'файла', 'файлов'])}, ${formatBytes(bytes)}`;
}

export function FileButton({
  label,
  chosen,
  hideChosen,
  buttonClassName,
  onChange,
  className,
  ...input
}: FileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<readonly File[]>([]);
  const chosenId = useId();
  const shown = chosen === undefined ? picked : chosen === null ? [] : chosen instanceof File ? [chosen] : chosen;

  const change = (e: ChangeEvent<HTMLInputElement>) => {
    setPicked([...(e.target.files ?? [])]); // before the page's handler, which may clear the input
    onChange?.(e);
  };

  return (
    <span className={className ? `file-button ${className}` : 'file-button'}>
      <input {...input} ref={inputRef} type="file" className="visually-hidden" tabIndex={-1} onChange={change} />
      <button
        type="button"
        className={buttonClassName ?? 'secondary'}
        disabled={input.disabled}
        aria-describedby={hideChosen ? undefined : chosenId}
        onClick={() => inputRef.current?.click()}
      >
        {label ?? (input.multiple ? 'Выбрать файлы…' : 'Выбрать файл…')}
      </button>
      {!hideChosen && (
        <span id={chosenId} className="file-button-chosen muted small">
          {chosenFilesText(shown)}
        </span>
      )}
    </span>
  );
}

/**
 * The hidden file input of a page that draws its own button or drop zone (the import page, the court and
 * department directories): the same `<input type="file">`, out of sight, and out of the Tab order unless the page
 * gives it a `tabIndex` (the import page's drop zone is reached through it).
 */
export const HiddenFileInput = forwardRef<HTMLInputElement, FileInputAttributes>(function HiddenFileInput(props, ref) {
  return <input tabIndex={-1} {...props} ref={ref} type="file" className="visually-hidden" />;
});
