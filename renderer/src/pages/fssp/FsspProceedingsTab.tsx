/**
 * @file The bailiffs' page, tab «Производства» (measure 11): the enforcement proceedings — running ones first —
 * with the sums collected and the balance, filters by status, department and a search; a form to record
 * proceedings opened on a writ; a row opens the proceeding's card beside the table.
 */
import { PagePager } from '../../components/PagePager';
import { useState } from 'react';
import { PROCEEDING_STATUSES, PROCEEDING_STATUS_LABELS } from '../../../../shared/fssp/fssp-terms';
import { useApi } from '../../api/use-api';
import { useDebounced } from '../../hooks/useDebounced';
import { formatCount, formatDate, formatRub } from '../../format';
import { OpenProceedingForm } from './proceedings/OpenProceedingForm';
import { ProceedingCard } from './proceedings/ProceedingCard';
import '../court/cases/court-cases.css';
import './proceedings/proceedings.css';

const PAGE = 100;
const OPEN_KEY = 'fssp-proceeding-open';

export function FsspProceedingsTab() {
  const [status, setStatus] = useState<'open' | 'all' | (typeof PROCEEDING_STATUSES)[number]>('all');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<number | null>(() => {
    const saved = sessionStorage.getItem(OPEN_KEY);
    return saved ? Number(saved) : null;
  });
  const debounced = useDebounced(search, 300);
  const [loaded, reload] = useApi(
    'proceedings.list',
    {
      status,
      ...(departmentId !== '' ? { departmentId } : {}),
      ...(debounced.trim() ? { search: debounced.trim() } : {}),
      page,
      pageSize: PAGE,
    },
    [status, departmentId, debounced, page],
  );
  const data = loaded.state === 'ready' ? loaded.value : null;
  const error = loaded.state === 'error' ? loaded.error.message : null;
  const open = (id: number | null) => {
    setOpenId(id);
    if (id === null) sessionStorage.removeItem(OPEN_KEY);
    else sessionStorage.setItem(OPEN_KEY, String(id));
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className={openId !== null ? 'cases-layout with-card' : 'cases-layout'}>
      <div className="cases-list">
        <div className="form work-toolbar proc-toolbar" role="search">
          <label>
            Состояние
            <select
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as typeof status);
                setPage(1);
              }}
            >
              <option value="all">все (идущие сверху)</option>
              <option value="open">только идущие</option>
              {PROCEEDING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PROCEEDING_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Отдел
            <select
              value={departmentId}
              onChange={(e) => {
                setDepartmentId(e.target.value === '' ? '' : Number(e.target.value));
                setPage(1);
              }}
            >
              <option value="">все отделы</option>
              {data?.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Поиск: № ИП, № документа, л/с, ФИО
            <input
              data-primary-action
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
              placeholder="4521/26 или Иванов"
            />
          </label>
          <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            Записать производство
          </button>
        </div>
        {adding && (
          <OpenProceedingForm
            onDone={(v) => {
              setAdding(false);
              reload();
              open(v.id);
            }}
            onCancel={() => setAdding(false)}
          />
        )}
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {data && (
          <>
            <p className="muted" role="status">
              Производств: {formatCount(data.total)}
              {pages > 1 ? ` · страница ${data.page} из ${pages}` : ''}
            </p>
            {data.rows.length === 0 ? (
              <p className="muted">
                Производств нет. Запишите производство, когда пристав вынесет постановление о возбуждении по
                направленному документу.
              </p>
            ) : (
              <div className="table-scroll">
                <table className="grid compact cases-table" data-testid="fssp-proceedings">
                  <thead>
                    <tr>
                      <th scope="col">№ ИП</th>
                      <th scope="col">Возбуждено</th>
                      {openId === null && <th scope="col">Отдел · пристав</th>}
                      <th scope="col">Должник</th>
                      <th scope="col">Состояние</th>
                      <th scope="col" className="num">
                        Сумма
                      </th>
                      <th scope="col" className="num">
                        Взыскано
                      </th>
                      <th scope="col" className="num">
                        Остаток
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((r) => (
                      <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                        <td>
                          <button
                            type="button"
                            className="link-button"
                            aria-pressed={r.id === openId}
                            aria-label={`Открыть производство № ${r.number}`}
                            onClick={() => open(r.id === openId ? null : r.id)}
                          >
                            {r.number}
                          </button>
                        </td>
                        <td>{formatDate(r.openedDate)}</td>
                        {openId === null && (
                          <td className="small">
                            {r.departmentName ?? <span className="chip chip-warn">отдел не указан</span>}
                            {r.bailiffName && <div className="muted">{r.bailiffName}</div>}
                          </td>
                        )}
                        <td>
                          <div>{r.debtorName}</div>
                          <div className="muted small">л/с {r.accountNumber}</div>
                        </td>
                        <td>
                          <span className={`case-status st-${r.status}`}>{r.statusLabel}</span>
                          {r.petitionsOverdue > 0 && (
                            <div>
                              <span className="petition-state overdue">ответ просрочен: {r.petitionsOverdue}</span>
                            </div>
                          )}
                        </td>
                        <td className="num">{formatRub(r.debtKopecks)}</td>
                        <td className="num">{formatRub(r.collectedKopecks)}</td>
                        <td className="num">{formatRub(r.balanceKopecks)}</td>
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
        <ProceedingCard
          key={openId}
          proceedingId={openId}
          departments={data?.departments ?? []}
          onClose={() => open(null)}
          onChanged={reload}
        />
      )}
    </div>
  );
}
