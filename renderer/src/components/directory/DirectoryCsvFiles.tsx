/**
 * @file The CSV buttons of a directory tab (courts, bailiffs' departments): «Скачать шаблон CSV» and «Загрузить из
 * CSV…», which opens a hidden file input labelled in the directory's words. The tab says what a template and a picked
 * file do.
 */
import { useRef } from 'react';
import { HiddenFileInput } from '../fields/FileButton';

export function useDirectoryCsvFiles(options: {
  /** «Файл справочника судов (CSV)»: the hidden input's label. */
  inputLabel: string;
  busy: boolean;
  onTemplate: () => void;
  onFile: (file: File) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const input = (
    <HiddenFileInput
      ref={fileInput}
      accept=".csv,text/csv"
      aria-label={options.inputLabel}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) options.onFile(file);
      }}
    />
  );
  const buttons = (
    <>
      <button type="button" className="secondary" disabled={options.busy} onClick={options.onTemplate}>
        Скачать шаблон CSV
      </button>
      <button type="button" className="secondary" disabled={options.busy} onClick={() => fileInput.current?.click()}>
        Загрузить из CSV…
      </button>
    </>
  );
  return { input, buttons };
}
