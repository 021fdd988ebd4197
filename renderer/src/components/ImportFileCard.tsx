/**
 * @file One chosen file on the import screen: its upload and preview — detected kind, format and encoding, how
 * the columns were mapped, what is missing, the first rows and errors in them — and the mapping editor when
 * the file was not recognised (or the clerk wants to correct it).
 */
import { useState } from 'react';
import type { ImportPreview } from '../../../shared/import/import-types';
import { LAYOUTS, type ImportKind } from '../../../shared/import/layouts';
import { formatBytes, formatInstant, sentence } from '../format';
import { MappingEditor } from './MappingEditor';
import { RowErrorsTable } from './RowErrorsTable';

export interface PickedFile {
  localId: number;
  name: string;
  sizeBytes: number;
  stage: 'uploading' | 'previewing' | 'ready' | 'failed';
  uploadId: string | null;
  preview: ImportPreview | null;
  /** Set when the clerk chose the kind and mapping by hand; then sent with `import.start`. */
  manual: { kind: ImportKind; mapping: Record<string, string> } | null;
  error: string | null;
}

/** Why this file cannot be imported as it is, or null when it can. */
export function fileProblem(f: PickedFile): string | null {
  if (f.stage === 'uploading' || f.stage === 'previewing') return 'файл ещё проверяется';
  if (f.stage === 'failed' || !f.preview) return 'файл не прочитан';
  if (!f.preview.kind) return 'не указан вид данных';
  if (f.preview.missingRequired.length > 0) return 'не сопоставлены обязательные столбцы';
  if (f.preview.fileError) return 'файл не прочитан';
  // The core refuses the same bytes twice (and then imports none of the files): say so before, not after.
  if (f.preview.alreadyImported) return 'уже загружен — уберите его из списка';
  return null;
}

const STAGE_TEXT: Record<PickedFile['stage'], string> = {
  uploading: 'передаётся…',
  previewing: 'проверяется…',
  ready: '',
  failed: '',
};

interface Props {
  file: PickedFile;
  disabled: boolean;
  onRemove: () => void;
  onApplyMapping: (kind: ImportKind, mapping: Record<string, string>) => void;
}

export function ImportFileCard({ file, disabled, onRemove, onApplyMapping }: Props) {
  const [editing, setEditing] = useState(false);
  const p = file.preview;
  // An unrecognised header comes with a fileError too; as long as the file has columns, they can be mapped.
  const needsMapping = p !== null && p.headers.length > 0 && (p.kind === null || p.missingRequired.length > 0);
  const layout = p?.kind ? LAYOUTS[p.kind] : null;
  return (
    <article className="file-card" aria-label={`Файл ${file.name}`}>
      <header className="file-card-head">
        <strong>{file.name}</strong>
        <span className="muted">{formatBytes(file.sizeBytes)}</span>
        {STAGE_TEXT[file.stage] && <span className="muted">{STAGE_TEXT[file.stage]}</span>}
        {p && (
          <span className={layout ? 'chip chip-ok' : 'chip chip-warn'}>
            {layout ? layout.title : 'вид данных не распознан'}
          </span>
        )}
        <button type="button" className="secondary small push-right" disabled={disabled} onClick={onRemove}>
          Убрать
        </button>
      </header>
      {file.error && (
        <p className="error-text" role="alert">
          {file.error}
        </p>
      )}
      {p && (
        <>
          <p className="small muted">
            Формат: {p.format === 'xlsx' ? 'Excel (XLSX)' : 'CSV'}
            {p.encoding && ` · кодировка ${p.encoding}`}
            {p.savedMappingName && ` · применено сохранённое сопоставление «${p.savedMappingName}»`}
            {file.manual && ' · сопоставление задано вручную'}
          </p>
          {p.fileError && (
            <p className="error-text" role="alert">
              {p.fileError}
            </p>
          )}
          {p.alreadyImported && (
            <div className="notice small" role="note">
              Этот файл уже загружен {formatInstant(p.alreadyImported.atMs)} (загрузка № {p.alreadyImported.importId}).
              Повторно тот же файл не загружается — уберите его из списка.
            </div>
          )}
          {layout && <MappingSummary preview={p} />}
          {p.missingRequired.length > 0 && (
            <p className="error-text small">{sentence('Не найдены обязательные столбцы', p.missingRequired)}</p>
          )}
          {p.unmappedHeaders.length > 0 && (
            <p className="small muted">{sentence('Не используются столбцы', p.unmappedHeaders)}</p>
          )}
          {p.sampleRows.length > 0 && <SampleRows headers={p.headers} rows={p.sampleRows} open={needsMapping} />}
          <RowErrorsTable
            errors={p.sampleErrors}
            total={p.sampleErrors.length}
            caption="Ошибки в первых строках"
            testId="sample-errors"
          />
          {needsMapping || editing ? (
            <MappingEditor
              key={`${p.uploadId}:${p.kind ?? ''}:${JSON.stringify(p.mapping)}`}
              preview={p}
              busy={disabled || file.stage !== 'ready'}
              onApply={(kind, mapping) => {
                setEditing(false);
                onApplyMapping(kind, mapping);
              }}
            />
          ) : (
            p.headers.length > 0 && (
              <button type="button" className="link-button small" disabled={disabled} onClick={() => setEditing(true)}>
                Изменить сопоставление столбцов
              </button>
            )
          )}
        </>
      )}
    </article>
  );
}

/** How many fields were found, and only the columns whose header differs from the canonical one. */
function MappingSummary({ preview }: { preview: ImportPreview }) {
  const fields = preview.kind ? LAYOUTS[preview.kind].fields : [];
  const found = fields.filter((f) => preview.mapping[f.key]);
  const renamed = found.filter((f) => preview.mapping[f.key] !== f.header);
  return (
    <div className="mapping-view">
      <span className="small">
        Распознано столбцов: {found.length} из {fields.length}
        {renamed.length > 0 && ', в том числе под другими названиями:'}
      </span>
      {renamed.map((f) => (
        <span key={f.key} className="map-pair">
          «{preview.mapping[f.key]}» → {f.header}
        </span>
      ))}
    </div>
  );
}

interface SampleProps {
  headers: string[];
  rows: Array<Record<string, string>>;
  /** Open when the clerk has to map columns by hand: the values show which column is which. */
  open: boolean;
}

function SampleRows({ headers, rows, open }: SampleProps) {
  return (
    <details className="sample" open={open}>
      <summary>Первые строки файла ({rows.length})</summary>
      <div className="table-scroll">
        <table className="grid compact">
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {headers.map((h) => (
                  <td key={h} className="nowrap">
                    {r[h] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
