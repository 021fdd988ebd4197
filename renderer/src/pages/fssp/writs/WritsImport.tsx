/**
 * @file The import of writs obtained before the application was used: download the template, pick a CSV or XLSX
 * file, see the preview (the rows found, every bad row with its number and reason), then import — all rows or none:
 * while any row is bad, the import button stays off and nothing is written.
 */
import { useState } from 'react';
import type { WritImportPreview } from '../../../../../shared/api/contract-fssp-writs';
import { WRIT_KIND_LABELS } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { downloadBase64 } from '../../../components/download-file';
import { formatCount, formatDate, formatRub } from '../../../format';
import { FileButton } from '../../../components/fields/FileButton';

export function WritsImport(props: { onImported: (summary: string) => void; onClose: () => void }) {
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<WritImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function template(): Promise<void> {
    const r = await api.call('writs.importTemplate', {});
    if (r.ok) downloadBase64(r.value.base64, r.value.fileName, 'text/csv;charset=utf-8');
    else setError(r.error.message);
  }

  async function pick(file: File | undefined): Promise<void> {
    setPreview(null);
    setUploadId(null);
    setError(null);
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) {
      setError(`Файл «${file.name}» больше 5 МБ: это не список исполнительных документов.`);
      return;
    }
    setBusy(true);
    const up = await uploadFile(file);
    if (!up.ok) {
      setBusy(false);
      setError(up.error.message);
      return;
    }
    const r = await api.call('writs.importPreview', { uploadId: up.value.uploadId });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setUploadId(up.value.uploadId);
    setPreview(r.value);
  }

  async function run(): Promise<void> {
    if (!uploadId) return;
    setBusy(true);
    const r = await api.call('writs.import', { uploadId });
    setBusy(false);
    if (r.ok) props.onImported(r.value.summary);
    else setError(r.error.message);
  }

  const blocked = !preview || preview.errors.length > 0 || preview.rows.length === 0;
  return (
    <section className="writs-import" aria-label="Загрузка исполнительных документов из файла">
      <h3>Загрузка из файла (документы, полученные до начала работы в программе)</h3>
      <p className="muted small">
        Столбцы — как в шаблоне: номер, вид, даты, суд, лицевой счёт, должник (ФИО как на счёте), суммы в рублях. Строка
        с «#» — пример, не загружается. Загружаются все строки или ни одной: сначала исправьте ошибки в файле.
      </p>
      <div className="writs-actions">
        <button type="button" className="secondary" onClick={() => void template()}>
          Скачать шаблон (CSV)
        </button>
        <label className="inline-field">
          Файл CSV или XLSX{' '}
          <FileButton accept=".csv,.xlsx,text/csv" onChange={(e) => void pick(e.target.files?.[0])} disabled={busy} />
        </label>
      </div>
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
            «{preview.fileName}»: годных строк {formatCount(preview.rows.length)} на {formatRub(preview.totalKopecks)}
            {preview.errors.length > 0
              ? `, строк с ошибками ${formatCount(preview.errors.length)} — файл не будет загружен`
              : ''}
            .
          </p>
          {preview.errors.length > 0 && (
            <ul className="errors" aria-label="Ошибки в строках">
              {preview.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          )}
          {preview.rows.length > 0 && (
            <div className="table-scroll">
              <table className="grid compact">
                <thead>
                  <tr>
                    <th scope="col">Строка</th>
                    <th scope="col">Документ</th>
                    <th scope="col">Л/с · должник</th>
                    <th scope="col">Начало срока</th>
                    <th scope="col" className="num">
                      Сумма
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.slice(0, 200).map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td>
                        {WRIT_KIND_LABELS[r.kind]} № {r.number} от {formatDate(r.actDate)}
                      </td>
                      <td>
                        {r.accountNumber} · {r.debtorName}
                      </td>
                      <td>{formatDate(r.termStartDate)}</td>
                      <td className="num">{formatRub(r.totalKopecks)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" disabled={blocked || busy} onClick={() => void run()}>
          Загрузить {preview && !blocked ? `${formatCount(preview.rows.length)} док.` : ''}
        </button>
        <button type="button" className="secondary" onClick={props.onClose}>
          Закрыть
        </button>
      </div>
    </section>
  );
}
