/**
 * @file The bailiffs' page, tab «Исполнительные документы» (measure 10): the writ registry — the writs to send first,
 * then by the presentation deadline — with filters (status, УК, search by number / debtor / account), paging, the
 * form to add a writ by hand, the import from a file, and the writ's card beside the table.
 */
import { PagePager } from '../../components/PagePager';
import { useState } from 'react';
import { WRIT_KIND_LABELS, WRIT_STATUS_LABELS, WRIT_STATUSES } from '../../../../shared/fssp/fssp-terms';
import type { WRIT_LIST_STATUSES } from '../../../../shared/api/contract-fssp-writs';
import { useApi } from '../../api/use-api';
import { useDebounced } from '../../hooks/useDebounced';
import { formatCount, formatDate, formatRub } from '../../format';
import { WritCard } from './writs/WritCard';
import { WritForm } from './writs/WritForm';
import { WritsImport } from './writs/WritsImport';
import { DeadlineCell, WritStatusLabel } from './writs/writ-badges';
import '../court/cases/court-cases.css';
import './writs/writs.css';

const PAGE = 50;
type ListStatus = (typeof WRIT_LIST_STATUSES)[number];

export function FsspWritsTab() {
  const [status, setStatus] = useState<ListStatus>('all');
  const [company, setCompany] = useState<number | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [panel, setPanel] = useState<'none' | 'add' | 'import'>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const [openId, setOpenId] = useState<number | null>(() => {
    const saved = sessionStorage.getItem('fssp-writ-open');
    return saved ? Number(saved) : null;
  });
  const debounced = useDebounced(search, 300);
  const [loaded, reload] = useApi(
    'writs.list',
    {
      status,
      ...(company !== '' ? { managementCompanyId: company } : {}),
      ...(debounced.trim() ? { search: debounced.trim() } : {}),
      page,
      pageSize: PAGE,
    },
    [status, company, debounced, page],
  );
  const data = loaded.state === 'ready' ? loaded.value : null;
  const loadError = loaded.state === 'error' ? loaded.error.message : null;
  const open = (id: number | null) => {
    setOpenId(id);
    if (id === null) sessionStorage.removeItem('fssp-writ-open');
    else sessionStorage.setItem('fssp-writ-open', String(id));
  };
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
                setStatus(e.target.value as ListStatus);
                setPage(1);
              }}
            >
              <option value="all">все</option>
              <option value="to_send">к направлению (получены и возвращены)</option>
              {WRIT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {WRIT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            УК
            <select
              value={company}
              onChange={(e) => {
                setCompany(e.target.value === '' ? '' : Number(e.target.value));
                setPage(1);
              }}
            >
              <option value="">все</option>
              {data?.companies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Поиск: номер, ФИО или л/с
            <input
              data-primary-action
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
              placeholder="например, 2-1234 или Иванов"
            />
          </label>
          <button
            type="button"
            onClick={() => setPanel(panel === 'add' ? 'none' : 'add')}
            aria-expanded={panel === 'add'}
          >
            Добавить документ
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}
            aria-expanded={panel === 'import'}
          >
            Загрузить из файла
          </button>
        </div>
        {panel === 'add' && (
          <WritForm
            writ={null}
            onSaved={(w) => {
              setPanel('none');
              setNotice(`Документ № ${w.number} добавлен в реестр.`);
              reload();
              open(w.id);
            }}
            onCancel={() => setPanel('none')}
          />
        )}
        {panel === 'import' && (
          <WritsImport
            onImported={(summary) => {
              setPanel('none');
              setNotice(summary);
              reload();
            }}
            onClose={() => setPanel('none')}
          />
        )}
        {notice && (
          <p className="ok-text" role="status">
            {notice}
          </p>
        )}
        {loadError && (
          <p role="alert" className="error-text">
            {loadError}
          </p>
        )}
        {data && (
          <>
            <p className="muted" role="status">
              Документов: {formatCount(data.total)} · не направлено в ФССП: {formatCount(data.toSendTotal)}
              {pages > 1 ? ` · страница ${data.page} из ${pages}` : ''}
            </p>
            {data.rows.length === 0 ? (
              <p className="muted">
                Документов нет. Они появляются, когда в судебном деле отмечено получение исполнительного документа, или
                добавьте их вручную / загрузите из файла.
              </p>
            ) : (
              <div className="table-scroll">
                <table className="grid compact writs-table" data-testid="writs-table">
                  <thead>
                    <tr>
                      <th scope="col">Состояние</th>
                      <th scope="col">Документ</th>
                      <th scope="col">Должник · л/с</th>
                      <th scope="col" className="num">
                        Сумма
                      </th>
                      {openId === null && <th scope="col">Получен</th>}
                      <th scope="col">Срок предъявления</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((r) => (
                      <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                        <td>
                          <WritStatusLabel status={r.status} />
                        </td>
                        <td>
                          <button
                            type="button"
                            className="link-button"
                            aria-label={`Открыть документ № ${r.number}`}
                            aria-pressed={r.id === openId}
                            onClick={() => open(r.id === openId ? null : r.id)}
                          >
                            № {r.number}
                          </button>
                          <div className="muted small">
                            {WRIT_KIND_LABELS[r.kind]} от {formatDate(r.actDate)}
                          </div>
                        </td>
                        <td>
                          <div>{r.debtorName}</div>
                          <div className="muted small">
                            {r.accountNumber} · {r.companyName}
                          </div>
                        </td>
                        <td className="num">{formatRub(r.totalKopecks)}</td>
                        {openId === null && <td>{formatDate(r.receivedDate)}</td>}
                        <td>
                          <DeadlineCell
                            deadline={r.deadline}
                            daysLeft={r.daysLeft}
                            warning={r.warning}
                            status={r.status}
                          />
                        </td>
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
      {openId !== null && <WritCard key={openId} writId={openId} onClose={() => open(null)} onChanged={reload} />}
    </div>
  );
}
