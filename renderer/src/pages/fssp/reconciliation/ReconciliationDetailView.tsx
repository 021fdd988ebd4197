/**
 * @file One reconciliation: its counts, the report to download (XLSX, PDF for the joint meeting), and the differences
 * grouped by kind — each with both sides and «Разобрано» with a note (Enter saves, Escape cancels). The list can be
 * narrowed to the open ones.
 */
import { useState } from 'react';
import type { ReconciliationDifferenceView } from '../../../../../shared/api/contract-fssp-reconciliation';
import { DIFFERENCE_KINDS, DIFFERENCE_LABELS } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { downloadBase64 } from '../../../components/download-file';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';
import { formatCount, formatDate, formatInstant } from '../../../format';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

function ResolveForm({ d, onDone }: { d: ReconciliationDifferenceView; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        className="secondary small-button"
        onClick={() => setOpen(true)}
        aria-label={`Разобрано: ${d.debtorName}, ${DIFFERENCE_LABELS[d.kind]}`}
      >
        Разобрано…
      </button>
    );
  async function save(): Promise<void> {
    setError(null);
    const r = await api.call('reconciliation.resolve', { differenceId: d.id, note });
    if (r.ok) onDone();
    else setError(r.error.message);
  }
  return (
    <form
      className="rec-resolve"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <input
        autoFocus
        aria-label="Чем разобрано"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="например: «направлен повторно 05.07»"
      />
      <button type="submit">Сохранить</button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        отмена
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

export function ReconciliationDetailView({
  reconciliationId,
  onChanged,
}: {
  reconciliationId: number;
  onChanged: () => void;
}) {
  const [loaded, reload] = useApi('reconciliation.get', { reconciliationId }, [reconciliationId]);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  if (loaded.state === 'loading') return <p className="muted">Загрузка сверки…</p>;
  if (loaded.state === 'error') return <p className="error-text">{loaded.error.message}</p>;
  const { summary, differences } = loaded.value;

  async function download(kind: 'xlsx' | 'pdf'): Promise<void> {
    const r = await api.call(kind === 'xlsx' ? 'reconciliation.reportXlsx' : 'reconciliation.reportPdf', {
      reconciliationId,
    });
    if (r.ok) downloadBase64(r.value.base64, r.value.fileName, MIME[kind]);
    else setMessage({ kind: 'error', text: r.error.message });
  }

  const shown = onlyOpen ? differences.filter((d) => d.resolvedAtMs === null) : differences;
  return (
    <section className="rec-detail" aria-labelledby="rec-detail-title" data-testid="rec-detail">
      <h2 id="rec-detail-title" tabIndex={-1}>
        Сверка № {summary.id}: {summary.departmentName ?? 'все отделы'}, список на {formatDate(summary.listDate)}
      </h2>
      <p className="muted small">
        Файл «{summary.fileName}», {formatInstant(summary.createdAtMs)}, {summary.createdBy}. Строк{' '}
        {formatCount(summary.rowsCount)}, сопоставлено {formatCount(summary.matchedCount)}, расхождений{' '}
        {formatCount(summary.differencesCount)} (не разобрано {formatCount(summary.openCount)}).
        {summary.skippedRows.length > 0 &&
          ` Пропущены строки с ошибками: ${summary.skippedRows.map((r) => r.line).join(', ')}.`}
      </p>
      <div className="form work-toolbar">
        <button type="button" onClick={() => void download('pdf')}>
          Акт сверки (PDF)
        </button>
        <button type="button" className="secondary" onClick={() => void download('xlsx')}>
          Расхождения (XLSX)
        </button>
        <label className="rec-check">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} /> только
          неразобранные
        </label>
        <FormMessage message={message} />
      </div>
      {DIFFERENCE_KINDS.map((kind) => {
        const items = shown.filter((d) => d.kind === kind);
        return (
          <div key={kind} className="rec-kind">
            <h3>
              {DIFFERENCE_LABELS[kind]}: {summary.byKind[kind]}
            </h3>
            {items.length > 0 && (
              <div className="table-scroll">
                <table className="grid compact rec-table">
                  <thead>
                    <tr>
                      <th scope="col">Должник</th>
                      <th scope="col">ИД / ИП</th>
                      <th scope="col">Л/с</th>
                      <th scope="col">У нас</th>
                      <th scope="col">У отдела</th>
                      <th scope="col">Разбор</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((d) => (
                      <tr key={d.id} className={d.resolvedAtMs === null ? undefined : 'muted'}>
                        <td>
                          {d.debtorName || '—'}
                          {d.rowNumber !== null && <div className="muted small">строка {d.rowNumber}</div>}
                        </td>
                        <td className="small">
                          {d.writNumber && (
                            <div>{d.writNumber.includes('№') ? `ИД ${d.writNumber}` : `ИД № ${d.writNumber}`}</div>
                          )}
                          {d.proceedingNumber && <div>ИП № {d.proceedingNumber}</div>}
                        </td>
                        <td className="nowrap">
                          {d.accountNumber ? <a href={`#/accounts/${d.accountId}`}>{d.accountNumber}</a> : '—'}
                        </td>
                        <td className="small">{d.ours}</td>
                        <td className="small">{d.theirs}</td>
                        <td className="small">
                          {d.resolvedAtMs === null ? (
                            <ResolveForm
                              d={d}
                              onDone={() => {
                                reload();
                                onChanged();
                              }}
                            />
                          ) : (
                            <span>
                              <span className="chip chip-ok">разобрано</span> {d.resolutionNote}
                              <div className="muted">
                                {d.resolvedBy}, {formatInstant(d.resolvedAtMs)}
                              </div>
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
