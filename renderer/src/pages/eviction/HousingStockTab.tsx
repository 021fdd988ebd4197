/**
 * @file The eviction page (measure 12), tab «Муниципальный жилой фонд»: the register of municipal dwellings the
 * evicted households move to — filters by status, settlement and address, the table (settlement, address, flat,
 * rooms, living and total area, status, the eviction case a dwelling is reserved for), the import from a CSV/XLSX
 * file with its preview, and a dwelling's status changed by hand.
 */
import { useState } from 'react';
import type { DwellingView } from '../../../../shared/api/contract-housing-stock';
import { DWELLING_STATUS_LABELS, type DwellingStatus } from '../../../../shared/housing/dwelling-status';
import { useApi } from '../../api/use-api';
import { useDebounced } from '../../hooks/useDebounced';
import { PagePager } from '../../components/PagePager';
import { formatCount } from '../../format';
import { HousingImport } from './housing/HousingImport';
import { DwellingStatusForm } from './housing/DwellingStatusForm';
import { areaText } from './housing/housing-format';

const PAGE = 50;

export function HousingStockTab() {
  const [status, setStatus] = useState<DwellingStatus | ''>('');
  const [settlement, setSettlement] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<DwellingView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const debounced = useDebounced(search, 300);
  const [loaded, reload] = useApi(
    'housing.list',
    {
      ...(status !== '' ? { status } : {}),
      ...(settlement !== '' ? { settlement } : {}),
      ...(debounced.trim() ? { search: debounced.trim() } : {}),
      limit: PAGE,
      offset: (page - 1) * PAGE,
    },
    [status, settlement, debounced, page],
  );
  const data = loaded.state === 'ready' ? loaded.value : null;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  const registerSize = data ? data.counts.free + data.counts.reserved + data.counts.occupied : 0;

  return (
    <section aria-label="Муниципальный жилой фонд">
      <p className="muted">
        Жильё для переселения нанимателей, выселяемых за долги (ЖК РФ ст.90): в том же населённом пункте, жилой площадью
        не меньше нормы на каждого члена семьи (ЖК РФ ст.105). Подбор и резерв — в карточке дела о выселении.
      </p>
      <div className="form work-toolbar" role="search">
        <label>
          Статус
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as DwellingStatus | '');
              setPage(1);
            }}
          >
            <option value="">все</option>
            {(['free', 'reserved', 'occupied'] as const).map((s) => (
              <option key={s} value={s}>
                {DWELLING_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Населённый пункт
          <select
            value={settlement}
            onChange={(e) => {
              setSettlement(e.target.value);
              setPage(1);
            }}
          >
            <option value="">все</option>
            {data?.settlements.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Поиск: адрес или л/с дела
          <input
            data-primary-action
            type="search"
            value={search}
            maxLength={200}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            placeholder="например, Ленина, д. 5"
          />
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setImporting(!importing);
            setNotice(null);
          }}
          aria-expanded={importing}
        >
          Загрузить реестр из файла
        </button>
      </div>
      {importing && (
        <HousingImport
          onApplied={(summary) => {
            setImporting(false);
            setNotice(summary);
            reload();
          }}
          onClose={() => setImporting(false)}
        />
      )}
      {editing && (
        <DwellingStatusForm
          key={editing.id}
          dwelling={editing}
          onSaved={(d) => {
            setEditing(null);
            setNotice(`Статус сохранён: ${DWELLING_STATUS_LABELS[d.status]}.`);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {notice && (
        <p className="ok-text" role="status">
          {notice}
        </p>
      )}
      {loaded.state === 'error' && (
        <p role="alert" className="error-text">
          {loaded.error.message}
        </p>
      )}
      {loaded.state === 'loading' && <p className="muted">Загрузка…</p>}
      {data && (
        <>
          <p className="muted" role="status">
            В реестре {formatCount(registerSize)}: свободно {formatCount(data.counts.free)}, зарезервировано{' '}
            {formatCount(data.counts.reserved)}, занято {formatCount(data.counts.occupied)}
            {data.total !== registerSize ? ` · по фильтру ${formatCount(data.total)}` : ''}
            {pages > 1 ? ` · страница ${page} из ${pages}` : ''}
          </p>
          {registerSize === 0 ? (
            <p className="muted">Реестр пуст: загрузите его из файла CSV или XLSX.</p>
          ) : data.rows.length === 0 ? (
            <p className="muted">По фильтру ничего не найдено.</p>
          ) : (
            <div className="table-scroll">
              <table className="grid compact" aria-label="Реестр муниципального жилья">
                <thead>
                  <tr>
                    <th scope="col">Населённый пункт</th>
                    <th scope="col">Адрес</th>
                    <th scope="col">Кв.</th>
                    <th scope="col" className="num">
                      Комнат
                    </th>
                    <th scope="col" className="num">
                      Жилая
                    </th>
                    <th scope="col" className="num">
                      Общая
                    </th>
                    <th scope="col">Статус</th>
                    <th scope="col">Резерв для дела</th>
                    <th scope="col">Примечание</th>
                    <th scope="col">
                      <span className="visually-hidden">Действие</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((d) => (
                    <tr key={d.id}>
                      <td>{d.settlement}</td>
                      <td>{d.address}</td>
                      <td>{d.apartment ?? '—'}</td>
                      <td className="num">{d.rooms}</td>
                      <td className="num">{areaText(d.livingAreaCentiM2)}</td>
                      <td className="num">{areaText(d.totalAreaCentiM2)}</td>
                      <td>{DWELLING_STATUS_LABELS[d.status]}</td>
                      <td>
                        {d.reservedCase ? `№ ${d.reservedCase.caseId}, л/с ${d.reservedCase.accountNumber}` : '—'}
                      </td>
                      <td className="small">{d.note ?? ''}</td>
                      <td>
                        <button type="button" className="secondary" onClick={() => setEditing(d)}>
                          Статус…
                        </button>
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
    </section>
  );
}
