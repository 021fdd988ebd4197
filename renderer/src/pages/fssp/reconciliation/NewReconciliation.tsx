/**
 * @file A new reconciliation: the department and the list's date, the file (CSV or XLSX) uploaded and previewed —
 * its encoding, the columns recognised, the mapping step when they are not enough, the rows with errors listed by
 * number — and the run. Rows with errors stop the run until the clerk ticks «сверить по остальным строкам».
 */
import { useRef, useState } from 'react';
import type {
  ReconciliationPreview,
  ReconciliationField,
} from '../../../../../shared/api/contract-fssp-reconciliation';
import {
  RECONCILIATION_FIELD_INFO,
  RECONCILIATION_FIELDS,
} from '../../../../../shared/api/contract-fssp-reconciliation';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';
import { formatCount, formatDate, formatRubles, todayIsoDate } from '../../../format';
import { ReconciliationMapping } from './ReconciliationMapping';
import { DateField } from '../../../components/fields/DateField';
import { HiddenFileInput } from '../../../components/fields/FileButton';

type Mapping = Partial<Record<ReconciliationField, string>>;

interface Props {
  departments: ReadonlyArray<{ id: number; name: string; active: boolean }>;
  onDone: (reconciliationId: number) => void;
}

export function NewReconciliation({ departments, onDone }: Props) {
  const [departmentId, setDepartmentId] = useState<string>(departments.length === 1 ? String(departments[0]!.id) : '');
  const [listDate, setListDate] = useState(todayIsoDate());
  const [preview, setPreview] = useState<ReconciliationPreview | null>(null);
  const [mapping, setMapping] = useState<{ mapping: Mapping; name: string } | null>(null);
  const [skipBad, setSkipBad] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function load(uploadId: string, given?: Mapping): Promise<void> {
    const r = await api.call('reconciliation.preview', given ? { uploadId, mapping: given } : { uploadId });
    if (!r.ok) {
      setPreview(null);
      setMessage({ kind: 'error', text: r.error.message });
      return;
    }
    setPreview(r.value);
    setMessage(null);
  }

  async function pick(file: File): Promise<void> {
    setBusy(true);
    setMessage(null);
    setMapping(null);
    setSkipBad(false);
    const up = await uploadFile(file);
    if (!up.ok) setMessage({ kind: 'error', text: up.error.message });
    else await load(up.value.uploadId);
    setBusy(false);
  }

  async function run(): Promise<void> {
    if (!preview) return;
    setBusy(true);
    const r = await api.call('reconciliation.run', {
      uploadId: preview.uploadId,
      departmentId: departmentId === '' ? null : Number(departmentId),
      listDate,
      skipBadRows: skipBad,
      ...(mapping ? { mapping: mapping.mapping, ...(mapping.name ? { mappingName: mapping.name } : {}) } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setMessage({ kind: 'error', text: r.error.message });
      return;
    }
    setPreview(null);
    setMapping(null);
    setMessage({ kind: 'ok', text: r.value.summaryText.split('\n')[0] ?? 'Сверка проведена.' });
    onDone(r.value.id);
  }

  const ready = preview !== null && preview.mappingProblem === null && preview.rowsCount > 0;
  const blocked = ready && preview.badRowsTotal > 0 && !skipBad;
  const shownFields = RECONCILIATION_FIELDS.filter((f) => f !== 'collected' && preview?.mapping[f] !== undefined);

  return (
    <section className="rec-new" aria-labelledby="rec-new-title">
      <h2 id="rec-new-title">Новая сверка</h2>
      <HiddenFileInput
        ref={fileInput}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Файл списка отдела (CSV или XLSX)"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void pick(file);
        }}
      />
      <div className="form work-toolbar">
        <label>
          Отдел ФССП
          <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">все отделы (все направленные документы)</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
                {d.active ? '' : ' (не действует)'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Дата списка
          <DateField value={listDate} max={todayIsoDate()} onChange={(v) => setListDate(v)} />
        </label>
        <button data-primary-action type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Выбрать файл списка…
        </button>
      </div>
      <p className="muted small">
        CSV (UTF-8 или windows-1251, разделитель «;» или «,») или XLSX, до 20 МБ и 200 000 строк, без формул.
      </p>
      <p>
        <FormMessage message={message} />
      </p>
      {preview && (
        <div className="rec-preview" data-testid="rec-preview">
          <p>
            Файл «{preview.fileName}»: {preview.format.toUpperCase()}
            {preview.encoding ? `, ${preview.encoding}` : ''}, строк {formatCount(preview.rowsCount)}
            {preview.savedMappingName ? `; сопоставление «${preview.savedMappingName}»` : ''}.
          </p>
          {preview.warnings.map((w) => (
            <p key={w} className="warn-text small">
              {w}
            </p>
          ))}
          {preview.mappingProblem && (
            <p className="error-text" role="alert">
              {preview.mappingProblem}
            </p>
          )}
          {(preview.mappingProblem !== null || mapping !== null) && (
            <ReconciliationMapping
              key={JSON.stringify(preview.mapping)}
              preview={preview}
              busy={busy}
              onApply={(m, name) => {
                setMapping({ mapping: m, name });
                void load(preview.uploadId, m);
              }}
            />
          )}
          {preview.mappingProblem === null && mapping === null && (
            <button
              type="button"
              className="link-button"
              onClick={() => setMapping({ mapping: preview.mapping, name: preview.savedMappingName ?? '' })}
            >
              Изменить сопоставление столбцов
            </button>
          )}
          {preview.badRowsTotal > 0 && (
            <div className="notice" role="note">
              <p>
                Строк с ошибками: {formatCount(preview.badRowsTotal)}. Исправьте файл или сверьте по остальным строкам —
                пропущенные строки будут названы в отчёте.
              </p>
              <ul className="plain-list small rec-bad-rows">
                {preview.badRows.map((b) => (
                  <li key={b.line}>{b.message}</li>
                ))}
              </ul>
              <label className="rec-check">
                <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> сверить по
                остальным {formatCount(preview.rowsCount - preview.badRowsTotal)} строкам
              </label>
            </div>
          )}
          {preview.unknownStatuses.length > 0 && (
            <p className="muted small">
              Не распознаны статусы (по ним состояние не сравнивается):{' '}
              {preview.unknownStatuses.map((s) => `«${s}»`).join(', ')}.
            </p>
          )}
          {preview.sample.length > 0 && (
            <div className="table-scroll">
              <table className="grid compact">
                <caption className="muted small">Первые строки списка, как они прочитаны</caption>
                <thead>
                  <tr>
                    <th scope="col">Строка</th>
                    {shownFields.map((f) => (
                      <th key={f} scope="col">
                        {RECONCILIATION_FIELD_INFO[f].label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.sample.map((r) => (
                    <tr key={r.rowNumber}>
                      <td className="num">{r.rowNumber}</td>
                      {shownFields.map((f) => (
                        <td key={f} className={f === 'sum' || f === 'balance' || f === 'collected' ? 'num' : undefined}>
                          {sampleCell(r, f)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="form-actions">
            <button type="button" disabled={!ready || blocked || busy} onClick={() => void run()}>
              Провести сверку
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function sampleCell(r: ReconciliationPreview['sample'][number], f: ReconciliationField): string {
  switch (f) {
    case 'proceedingNumber':
      return r.proceedingNumber ?? '';
    case 'proceedingDate':
      return r.proceedingDate ? formatDate(r.proceedingDate) : '';
    case 'debtorName':
      return r.debtorName;
    case 'birthDate':
      return r.birthDate ? formatDate(r.birthDate) : '';
    case 'writNumber':
      return r.writNumber ?? '';
    case 'sum':
      return r.sumKopecks === null ? '' : formatRubles(r.sumKopecks);
    case 'balance':
      return r.balanceKopecks === null ? '' : formatRubles(r.balanceKopecks);
    case 'collected':
      return '';
    case 'status':
      return r.statusText ?? '';
    case 'bailiff':
      return r.bailiffName ?? '';
  }
}
