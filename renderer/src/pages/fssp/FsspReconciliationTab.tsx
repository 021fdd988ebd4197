/**
 * @file The bailiffs' page, tab «Сверка» (measure 11): a new reconciliation with a department's list (upload, the
 * mapping step when the columns are not recognised, the run), the history of reconciliations (date, department,
 * file, rows, matched, differences open and resolved), and the one opened with its differences, «Разобрано» per
 * difference and the report in XLSX and PDF.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatCount, formatDate, formatInstant } from '../../format';
import { NewReconciliation } from './reconciliation/NewReconciliation';
import { ReconciliationDetailView } from './reconciliation/ReconciliationDetailView';
import './reconciliation/reconciliation.css';

export function FsspReconciliationTab() {
  const [list, reload] = useApi('reconciliation.list', {});
  const [openId, setOpenId] = useState<number | null>(null);
  if (list.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (list.state === 'error') return <p className="error-text">{list.error.message}</p>;
  const { reconciliations, departments } = list.value;
  const open = (id: number) => {
    setOpenId(id);
    setTimeout(() => document.getElementById('rec-detail-title')?.focus(), 50);
  };
  return (
    <div className="rec-tab">
      {departments.length === 0 && (
        <p className="notice" role="note">
          Справочник отделов ФССП пуст: сверку можно провести по всем направленным документам, а чтобы сверять по
          отделу, заполните вкладку «Отделы ФССП».
        </p>
      )}
      <NewReconciliation
        departments={departments}
        onDone={(id) => {
          reload();
          open(id);
        }}
      />
      <section aria-labelledby="rec-history-title">
        <h2 id="rec-history-title">История сверок</h2>
        {reconciliations.length === 0 ? (
          <p className="muted">Сверок ещё не было.</p>
        ) : (
          <div className="table-scroll">
            <table className="grid compact" data-testid="rec-history">
              <thead>
                <tr>
                  <th scope="col">Проведена</th>
                  <th scope="col">Отдел</th>
                  <th scope="col">Список на</th>
                  <th scope="col">Файл</th>
                  <th scope="col" className="num">
                    Строк
                  </th>
                  <th scope="col" className="num">
                    Сопоставлено
                  </th>
                  <th scope="col" className="num">
                    Расхождений
                  </th>
                  <th scope="col" className="num">
                    Не разобрано
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Действия</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {reconciliations.map((r) => (
                  <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                    <td className="nowrap">{formatInstant(r.createdAtMs)}</td>
                    <td>{r.departmentName ?? 'все отделы'}</td>
                    <td className="nowrap">{formatDate(r.listDate)}</td>
                    <td className="small rec-file">{r.fileName}</td>
                    <td className="num">{formatCount(r.rowsCount)}</td>
                    <td className="num">{formatCount(r.matchedCount)}</td>
                    <td className="num">{formatCount(r.differencesCount)}</td>
                    <td className="num">{r.openCount > 0 ? <strong>{formatCount(r.openCount)}</strong> : '0'}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => open(r.id)}
                        aria-label={`Открыть сверку № ${r.id}`}
                      >
                        Открыть
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {openId !== null && <ReconciliationDetailView key={openId} reconciliationId={openId} onChanged={reload} />}
    </div>
  );
}
