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
  const [values, setValues] = useState<Record<keyof UploadLimits, string>>({
    maxUploadMb: String(initial.maxUploadMb),
    maxXlsxUncompressedMb: String(initial.maxXlsxUncompressedMb),
    maxSharedStrings: String(initial.maxSharedStrings),
  });
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const save = async (): Promise<void> => {
    const r = await api.call('uploadLimits.save', {
      maxUploadMb: Number(values.maxUploadMb),
      maxXlsxUncompressedMb: Number(values.maxXlsxUncompressedMb),
      maxSharedStrings: Number(values.maxSharedStrings),
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
        <label key={f.key}>
          {f.label} (по умолчанию {initial.defaults[f.key].toLocaleString('ru-RU')})
          <input
            name={f.key}
            type="number"
            min={f.min}
            max={f.max}
            value={values[f.key]}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            required
          />
        </label>
      ))}
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
