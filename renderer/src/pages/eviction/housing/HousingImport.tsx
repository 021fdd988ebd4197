/**
 * @file The import of the municipal housing register: pick a CSV or XLSX file, see the preview (what is added,
 * updated, unchanged; every bad row with its number, column and reason; the reservations a file cannot lift), then
 * apply — all rows or none: while any row is bad the button stays off and the register is not changed.
 */
import { useState } from 'react';
import type { HousingPreview } from '../../../../../shared/api/contract-housing-stock';
import { DWELLING_STATUS_LABELS } from '../../../../../shared/housing/dwelling-status';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { formatCount } from '../../../format';
import { areaText, dwellingAddress } from './housing-format';
import { FileButton } from '../../../components/fields/FileButton';

const ACTION_LABELS = { new: 'новое', update: 'изменится', unchanged: 'без изменений' } as const;

export function HousingImport(props: { onApplied: (summary: string) => void; onClose: () => void }) {
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<HousingPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(file: File | undefined): Promise<void> {
    setPreview(null);
    setUploadId(null);
    setError(null);
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setError(`Файл «${file.name}» больше 20 МБ: это не реестр жилого фонда.`);
      return;
    }
    setBusy(true);
    const up = await uploadFile(file);
    if (!up.ok) {
      setBusy(false);
      setError(up.error.message);
      return;
    }
    const r = await api.call('housing.preview', { uploadId: up.value.uploadId });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setUploadId(up.value.uploadId);
    setPreview(r.value);
  }

  async function apply(): Promise<void> {
    if (!uploadId) return;
    setBusy(true);
    const r = await api.call('housing.apply', { uploadId });
    setBusy(false);
    if (r.ok) props.onApplied(r.value.summary + (r.value.warnings.length > 0 ? ` ${r.value.warnings.join(' ')}` : ''));
    else setError(r.error.message);
  }

  const blocked = !preview || preview.errors.length > 0 || preview.rows.length === 0;
  const warnings = preview?.rows.filter((r) => r.warning !== null) ?? [];
  return (
    <section className="writs-import" aria-label="Загрузка реестра жилья из файла">
      <h3>Загрузка реестра из файла</h3>
      <p className="muted small">
        CSV (UTF-8 или Windows-1251, разделитель «;») или XLSX. Столбцы: населённый пункт, адрес, квартира, комнат,
        жилая площадь м², общая площадь м² (необязательно), статус (свободно / зарезервировано / занято), примечание.
        Жильё с тем же населённым пунктом, адресом и квартирой обновляется. Загружаются все строки или ни одной.
      </p>
      <label className="inline-field">
        Файл CSV или XLSX{' '}
        <FileButton accept=".csv,.xlsx,text/csv" onChange={(e) => void pick(e.target.files?.[0])} disabled={busy} />
      </label>
      {busy && (
        <p className="muted" role="status">
          Проверяем файл…
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {preview && (
        <>
          <p role="status">
            «{preview.fileName}»: новых {formatCount(preview.counts.new)}, изменится{' '}
            {formatCount(preview.counts.update)}, без изменений {formatCount(preview.counts.unchanged)}
            {preview.errors.length > 0
              ? `; ошибок ${formatCount(preview.errors.length)} — файл не будет загружен, исправьте их`
              : ''}
            .
          </p>
          {preview.errors.length > 0 && (
            <div className="table-scroll">
              <table className="grid compact" aria-label="Ошибки в строках файла">
                <thead>
                  <tr>
                    <th scope="col">Строка</th>
                    <th scope="col">Столбец</th>
                    <th scope="col">Что не так</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.slice(0, 500).map((e, i) => (
                    <tr key={i}>
                      <td>{e.line}</td>
                      <td>{e.column ?? '—'}</td>
                      <td>{e.message.replace(/^Строка \d+(, столбец «[^»]+»)?: /, '')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {warnings.length > 0 && (
            <ul className="muted" aria-label="Резерв для дел о выселении сохранится">
              {warnings.map((r) => (
                <li key={r.line}>{r.warning}</li>
              ))}
            </ul>
          )}
          {preview.rows.length > 0 && (
            <div className="table-scroll">
              <table className="grid compact" aria-label="Строки файла">
                <thead>
                  <tr>
                    <th scope="col">Строка</th>
                    <th scope="col">Адрес</th>
                    <th scope="col" className="num">
                      Комнат
                    </th>
                    <th scope="col" className="num">
                      Жилая
                    </th>
                    <th scope="col">Статус</th>
                    <th scope="col">Действие</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.slice(0, 200).map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td>{dwellingAddress(r)}</td>
                      <td className="num">{r.rooms}</td>
                      <td className="num">{areaText(r.livingAreaCentiM2)}</td>
                      <td>{DWELLING_STATUS_LABELS[r.status]}</td>
                      <td>{ACTION_LABELS[r.action]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.rows.length > 200 && (
                <p className="muted small">Показаны первые 200 строк из {formatCount(preview.rows.length)}.</p>
              )}
            </div>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" disabled={blocked || busy} onClick={() => void apply()}>
          Загрузить{preview && !blocked ? ` ${formatCount(preview.rows.length)} стр.` : ''}
        </button>
        <button type="button" className="secondary" onClick={props.onClose}>
          Закрыть
        </button>
      </div>
    </section>
  );
}
