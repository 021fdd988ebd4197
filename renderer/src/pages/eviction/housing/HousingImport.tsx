/**
 * @file The import of the municipal housing register: pick a CSV or XLSX file, see the preview (what is added,
 * updated, unchanged; every bad row with its number, column and reason; the reservations a file cannot lift), then
 * apply — all rows or none: while any row is bad the button stays off and the register is not changed.
 */
import type { HousingPreview } from '../../../../../shared/api/contract-housing-stock';
import { DWELLING_STATUS_LABELS } from '../../../../../shared/housing/dwelling-status';
import { api } from '../../../api/client';
import { formatCount } from '../../../format';
import { areaText, dwellingAddress } from './housing-format';
import {
  UploadActions,
  UploadFileField,
  UploadProgress,
  useUploadPreview,
} from '../../../components/upload/UploadPreview';

const ACTION_LABELS = { new: 'новое', update: 'изменится', unchanged: 'без изменений' } as const;

export function HousingImport(props: { onApplied: (summary: string) => void; onClose: () => void }) {
  const { preview, error, busy, pick, apply } = useUploadPreview<HousingPreview>({
    maxBytes: 20 * 1024 * 1024,
    tooBig: (name) => `Файл «${name}» больше 20 МБ: это не реестр жилого фонда.`,
    preview: (uploadId) => api.call('housing.preview', { uploadId }),
  });

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
      <UploadFileField busy={busy} onPick={(file) => void pick(file)} />
      <UploadProgress busy={busy} error={error} />
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
      <UploadActions
        label={`Загрузить${preview && !blocked ? ` ${formatCount(preview.rows.length)} стр.` : ''}`}
        disabled={blocked || busy}
        onApply={() =>
          void apply(
            (uploadId) => api.call('housing.apply', { uploadId }),
            (v) => props.onApplied(v.summary + (v.warnings.length > 0 ? ` ${v.warnings.join(' ')}` : '')),
          )
        }
        onClose={props.onClose}
      />
    </section>
  );
}
