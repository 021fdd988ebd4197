/**
 * @file The import of writs obtained before the application was used: download the template, pick a CSV or XLSX
 * file, see the preview (the rows found, every bad row with its number and reason), then import — all rows or none:
 * while any row is bad, the import button stays off and nothing is written.
 */
import type { WritImportPreview } from '../../../../../shared/api/contract-fssp-writs';
import { WRIT_KIND_LABELS } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { downloadBase64 } from '../../../components/download-file';
import { formatCount, formatDate, formatRub } from '../../../format';
import {
  UploadActions,
  UploadFileField,
  UploadProgress,
  useUploadPreview,
} from '../../../components/upload/UploadPreview';

export function WritsImport(props: { onImported: (summary: string) => void; onClose: () => void }) {
  const { preview, error, setError, busy, pick, apply } = useUploadPreview<WritImportPreview>({
    maxBytes: 5 * 1024 * 1024,
    tooBig: (name) => `Файл «${name}» больше 5 МБ: это не список исполнительных документов.`,
    preview: (uploadId) => api.call('writs.importPreview', { uploadId }),
  });

  async function template(): Promise<void> {
    const r = await api.call('writs.importTemplate', {});
    if (r.ok) downloadBase64(r.value.base64, r.value.fileName, 'text/csv;charset=utf-8');
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
        <UploadFileField busy={busy} onPick={(file) => void pick(file)} />
      </div>
      <UploadProgress busy={busy} error={error} />
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
      <UploadActions
        label={`Загрузить ${preview && !blocked ? `${formatCount(preview.rows.length)} док.` : ''}`}
        disabled={blocked || busy}
        onApply={() =>
          void apply(
            (uploadId) => api.call('writs.import', { uploadId }),
            (v) => props.onImported(v.summary),
          )
        }
        onClose={props.onClose}
      />
    </section>
  );
}
