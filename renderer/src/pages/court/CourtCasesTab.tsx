/**
 * @file The «Дела» tab of the court work page (measure 9): the cases with filters (status, kind, search by account
 * or name), paged; a row opens the case card beside the table (steps as buttons, the gates, the identifiers).
 */
import { PagePager } from '../../components/PagePager';
import { useState } from 'react';
import { CASE_STATUS_LIST, CASE_STATUS_TITLES, type CaseStatus } from '../../../../shared/court/case-steps';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useDebounced } from '../../hooks/useDebounced';
import { formatCount, formatDate, formatPeriod, formatRub } from '../../format';
import { downloadBase64 } from '../../components/download-file';
import { CourtCaseCard } from './cases/CourtCaseCard';
import './cases/court-cases.css';

const PAGE = 50;
const OPEN: CaseStatus[] = ['prepared', 'duty_paid', 'filed', 'issued', 'copy_received', 'in_force'];

export function CourtCasesTab() {
  const [status, setStatus] = useState<'open' | 'all' | CaseStatus>('open');
  const [kind, setKind] = useState<'' | 'court_order' | 'lawsuit'>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<number | null>(() => {
    const saved = sessionStorage.getItem('court-case-open');
    return saved ? Number(saved) : null;
  });
  const debounced = useDebounced(search, 300);

  const [loaded, reload] = useApi(
    'court.cases',
    {
      ...(status === 'all' ? {} : { status: status === 'open' ? OPEN : [status] }),
      ...(kind ? { kind } : {}),
      ...(debounced.trim() ? { search: debounced.trim() } : {}),
      page,
      pageSize: PAGE,
    },
    [status, kind, debounced, page],
  );
  const data = loaded.state === 'ready' ? loaded.value : null;
  const loadError = loaded.state === 'error' ? loaded.error.message : null;

  const open = (id: number | null) => {
    setOpenId(id);
    if (id === null) sessionStorage.removeItem('court-case-open');
    else sessionStorage.setItem('court-case-open', String(id));
  };

  async function requestXlsx(): Promise<void> {
    const result = await api.call('court.missingIdentifiersXlsx', {});
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value.rows === 0) setError('Должников без идентификаторов в неподанных делах нет.');
    else
      downloadBase64(
        result.value.base64,
        result.value.fileName,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <div className={openId !== null ? 'cases-layout with-card' : 'cases-layout'}>
      <div className="cases-list">
        <div className="form work-toolbar" role="search">
          <label>
            Состояние
            <select
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as typeof status);
                setPage(1);
              }}
            >
              <option value="open">незавершённые</option>
              <option value="all">все</option>
              {CASE_STATUS_LIST.map((s) => (
                <option key={s} value={s}>
                  {CASE_STATUS_TITLES[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Вид
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as typeof kind);
                setPage(1);
              }}
            >
              <option value="">приказы и иски</option>
              <option value="court_order">судебные приказы</option>
              <option value="lawsuit">иски</option>
            </select>
          </label>
          <label>
            Поиск: л/с, адрес или ФИО
            <input
              data-primary-action
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
              placeholder="например, 5523 или Иванов"
            />
          </label>
          <button type="button" className="secondary" onClick={() => void requestXlsx()}>
            Запрос сведений о должниках (XLSX)
          </button>
        </div>
        {(error ?? loadError) && (
          <p role="alert" className="error-text">
            {error ?? loadError}
          </p>
        )}
        {data && (
          <>
            <p className="muted" role="status">
              Дел: {formatCount(data.total)}
              {pages > 1 ? ` · страница ${data.page} из ${pages}` : ''}
            </p>
            {data.rows.length === 0 ? (
              <p className="muted">
                Дел нет. Дела появляются, когда в очереди подготовлены заявления (вкладка «Очередь»).
              </p>
            ) : (
              <div className="table-scroll">
                <table className="grid compact cases-table" data-testid="court-cases">
                  <thead>
                    <tr>
                      <th scope="col">№</th>
                      <th scope="col">Л/с · должник</th>
                      <th scope="col">Вид</th>
                      <th scope="col">Период</th>
                      <th scope="col" className="num">
                        Требование
                      </th>
                      <th scope="col">Состояние</th>
                      {openId === null && <th scope="col">Суд</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((r) => (
                      <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                        <td>
                          <button
                            type="button"
                            className="link-button"
                            aria-label={`Открыть дело № ${r.id}`}
                            aria-pressed={r.id === openId}
                            onClick={() => open(r.id === openId ? null : r.id)}
                          >
                            {r.id}
                          </button>
                        </td>
                        <td>
                          <div>{r.accountNumber}</div>
                          <div className="muted small">{r.debtorName}</div>
                        </td>
                        <td>{r.kind === 'court_order' ? 'приказ' : 'иск'}</td>
                        <td>
                          {formatPeriod(r.periodFrom)} – {formatPeriod(r.periodTo)}
                        </td>
                        <td className="num">{formatRub(r.claimKopecks)}</td>
                        <td>
                          <span className={`case-status st-${r.status}`}>{r.statusTitle}</span>
                          {r.identifiersStatus === 'missing' && r.filedDate === null && (
                            <div className="chip chip-warn">нет идентификаторов</div>
                          )}
                          {r.objectionDeadline && r.status === 'copy_received' && (
                            <div className="muted small">возражения по {formatDate(r.objectionDeadline)}</div>
                          )}
                        </td>
                        {openId === null && (
                          <td className="small">
                            {r.courtName ?? <span className="chip chip-warn">суд не определён</span>}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <PagePager page={page} pages={pages} onPage={setPage} />
          </>
        )}
      </div>
      {openId !== null && (
        <CourtCaseCard
          key={openId}
          caseId={openId}
          onClose={() => open(null)}
          onChanged={reload}
          onOpen={(id) => open(id)}
        />
      )}
    </div>
  );
}
