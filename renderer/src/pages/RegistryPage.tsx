/**
 * @file Реестр должников: search, filters and the virtualised table of accounts. The query is rebuilt from the
 * controls (text fields debounced by 250 ms so typing an address does not query on every key).
 *
 * What the clerk set up (filters, sort, search, highlighted row) is remembered for the session, so returning
 * from an account card lands on the same list at the same row.
 */
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/use-api';
import { formatCount, plural } from '../format';
import { useDebounced } from '../hooks/useDebounced';
import { EMPTY_FILTERS, parseMonths, RegistryFilters, type RegistryFilterState } from '../components/RegistryFilters';
import { RegistryTable, type RegistrySort } from '../components/RegistryTable';
import { kopecksOfText } from '../../../shared/numbers/field-value';

const DEFAULT_SORT: RegistrySort = { field: 'debt', dir: 'desc' };

const remembered = { filters: EMPTY_FILTERS, search: '', sort: DEFAULT_SORT, active: 0 };

/** Invalid numbers (NaN) are left out of the query: the filter bar says so next to the field. */
function validOrNull(n: number | null): number | null {
  return n === null || Number.isNaN(n) ? null : n;
}

export function RegistryPage() {
  const [info] = useApi('app.info', {});
  const empty = info.state === 'ready' && info.value.counts.accounts === 0;
  return (
    <section className="page-fill">
      <h1 tabIndex={-1}>Реестр должников</h1>
      {/* The line is kept while app.info loads, so the table below does not jump when the count arrives. */}
      <p className="lead">
        {info.state === 'ready' ? (
          <>
            В базе <strong data-testid="registry-accounts">{formatCount(info.value.counts.accounts)}</strong>{' '}
            {plural(info.value.counts.accounts, ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'])}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      {info.state === 'error' && <p className="error-text">{info.error.message}</p>}
      {empty && <EmptyRegistry />}
      {/* Not held back by app.info (its table counts take a moment on a big database); only an empty database
          replaces the table, with the way to fill it. */}
      {!empty && <Registry />}
    </section>
  );
}

function EmptyRegistry() {
  return (
    <div className="notice" data-testid="registry-empty">
      <p>
        <strong>В базе пока нет лицевых счетов.</strong> Реестр заполняется из файлов начислений и оплат, которые
        выгружает расчётный центр или УК.
      </p>
      <p>
        <a href="#/import">Загрузка данных</a> — выбрать файлы CSV или XLSX. Чтобы осмотреться без настоящих данных,{' '}
        <a href="#/">загрузите демонстрационный район</a> на странице «Обзор».
      </p>
    </div>
  );
}

function Registry() {
  const [options] = useApi('registry.filterOptions', {});
  const [filters, setFilters] = useState<RegistryFilterState>(remembered.filters);
  const [search, setSearch] = useState(remembered.search);
  const [sort, setSort] = useState<RegistrySort>(remembered.sort);
  const searchRef = useRef<HTMLInputElement>(null);

  const searchSettled = useDebounced(search, 250);
  const minDebtSettled = useDebounced(filters.minDebtRub, 250);
  const minMonthsSettled = useDebounced(filters.minMonths, 250);

  useEffect(() => {
    // «/» jumps to the search box from anywhere on the screen, as in most list-heavy programs.
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changeFilters = (next: RegistryFilterState): void => {
    remembered.filters = next;
    remembered.active = 0;
    setFilters(next);
  };
  const changeSearch = (next: string): void => {
    remembered.search = next;
    remembered.active = 0;
    setSearch(next);
  };
  const changeSort = (next: RegistrySort): void => {
    remembered.sort = next;
    remembered.active = 0;
    setSort(next);
  };

  const query = {
    search: searchSettled.trim(),
    brackets: filters.brackets,
    companyIds: filters.companyId === null ? [] : [filters.companyId],
    buildingId: filters.buildingId,
    minDebtKopecks: validOrNull(kopecksOfText(minDebtSettled)),
    minMonthsInArrears: validOrNull(parseMonths(minMonthsSettled)),
    tenure: filters.tenure,
    status: filters.status,
    sort,
  };

  return (
    <>
      <div className="search-row">
        <label className="search-label">
          <span className="visually-hidden">Поиск</span>
          <input data-primary-action
            ref={searchRef}
            type="search"
            className="search-input"
            data-testid="registry-search"
            placeholder="Поиск: номер лицевого счёта, адрес или ФИО  ( / )"
            value={search}
            onChange={(e) => changeSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                changeSearch('');
              }
            }}
          />
        </label>
        <span className="muted small">«/» — к поиску, Esc — очистить; в таблице ↑↓ и Enter</span>
      </div>
      {options.state === 'error' && <p className="error-text">Фильтры недоступны: {options.error.message}</p>}
      <RegistryFilters
        options={options.state === 'ready' ? options.value : null}
        value={filters}
        onChange={changeFilters}
      />
      <RegistryTable
        query={query}
        brackets={options.state === 'ready' ? options.value.brackets : undefined}
        onSortChange={changeSort}
        initialActive={remembered.active}
        onActiveChange={(index) => {
          remembered.active = index;
        }}
      />
    </>
  );
}
