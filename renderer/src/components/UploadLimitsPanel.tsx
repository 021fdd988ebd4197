/**
 * @file «Пределы для файлов» (administrator: permission settings.manage): the largest upload, the largest unpacked
 * XLSX and the most shared strings an XLSX may declare. Files over them are refused before they are stored or
 * parsed (an XLSX «bomb», a multi-gigabyte upload). Saved through uploadLimits.save (journaled with before/after).
 */
import { useState } from 'react';
import type { UploadLimits, UploadLimitsView } from '../../../shared/api/contract-upload-limits';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';
import { NumberField } from './fields/NumberField';

export function UploadLimitsPanel() {
  const [loaded] = useApi('uploadLimits.get', {});
  return (
    <section aria-labelledby="upload-limits-title" data-testid="upload-limits-panel">
      <h2 id="upload-limits-title">Пределы для файлов</h2>
      <p className="muted">
        Файлы больше этих пределов не принимаются и не разбираются: так испорченный или подложный файл не остановит
        программу. Увеличьте предел, только если настоящий файл расчётного центра в него не помещается.
      </p>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && <UploadLimitsForm initial={loaded.value} />}
    </section>
  );
}

const FIELDS: ReadonlyArray<{ key: keyof UploadLimits; label: string; min: number; max: number }> = [
  { key: 'maxUploadMb', label: 'Наибольший размер загружаемого файла, МБ', min: 1, max: 2000 },
  { key: 'maxXlsxUncompressedMb', label: 'Наибольший размер XLSX в распакованном виде, МБ', min: 10, max: 8000 },
  { key: 'maxSharedStrings', label: 'Наибольшее число различных строк в XLSX', min: 10_000, max: 50_000_000 },
];

function UploadLimitsForm({ initial }: { initial: UploadLimitsView }) {
  const [values, setValues] = useState<Record<keyof UploadLimits, number | null>>({
    maxUploadMb: initial.maxUploadMb,
    maxXlsxUncompressedMb: initial.maxXlsxUncompressedMb,
    maxSharedStrings: initial.maxSharedStrings,
  });
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const save = async (): Promise<void> => {
    const r = await api.call('uploadLimits.save', {
      maxUploadMb: values.maxUploadMb ?? 0,
      maxXlsxUncompressedMb: values.maxXlsxUncompressedMb ?? 0,
      maxSharedStrings: values.maxSharedStrings ?? 0,
    });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({ kind: 'ok', text: 'Пределы для файлов сохранены.' });
  };
  return (
    <form
      className="form"
      aria-label="Пределы для файлов"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {FIELDS.map((f) => (
        <NumberField
          key={f.key}
          label={`${f.label} (по умолчанию ${initial.defaults[f.key].toLocaleString('ru-RU')})`}
          name="Предел"
          inputName={f.key}
          min={f.min}
          max={f.max}
          required
          value={values[f.key]}
          onChange={(n) => setValues((v) => ({ ...v, [f.key]: n }))}
        />
      ))}
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
