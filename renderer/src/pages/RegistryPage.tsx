/**
 * @file Реестр должников: search, filters and the virtualised table of accounts. The query is rebuilt from the
 * controls (text fields debounced by 250 ms so typing an address does not query on every key).
 *
 * What the clerk set up (filters, sort, search, highlighted row) is remembered for the session, so returning
 * from an account card lands on the same list at the same row, with the keyboard in the table.
 *
 * Keyboard: ↓ in the search box or a text filter moves to the first row, ↑ on the first row comes back to the
 * search box (RegistryTable has the rest). A first visit asks for the first page before anything else: the count
 * of accounts in the base (app.info) and the filters' lists wait for it, so the single-threaded core answers the
 * table first.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { api } from '../api/client';
import type { Loadable } from '../api/use-api';
import { formatCount, plural } from '../format';
import { kopecksOfText } from '../../../shared/numbers/field-value';
import { useDebounced } from '../hooks/useDebounced';
import { EMPTY_FILTERS, parseMonths, RegistryFilters, type RegistryFilterState } from '../components/RegistryFilters';
import { RegistryTable, type RegistrySort, type RegistryTableHandle } from '../components/RegistryTable';
import { prefetchFirstPage, type RegistryQuery } from '../hooks/useRegistryPages';
import { parseRoute } from '../routing';

const DEFAULT_SORT: RegistrySort = { field: 'debt', dir: 'desc' };

/** The registry.query contract's limit on the search text (shared/api/contract.ts). */
export const SEARCH_MAX_LENGTH = 200;

const remembered = {
  filters: EMPTY_FILTERS,
  search: '',
  sort: DEFAULT_SORT,
  active: 0,
  /** The card last opened from the table, until the registry is shown again. */
  openedAccountId: null as number | null,
};

/** Whether this card was opened from the registry's table (then «back» is the browser's back: the same list). */
export function openedFromRegistry(accountId: number): boolean {
  return remembered.openedAccountId === accountId;
}

/** The table's query from what the clerk set (the same object, key for key, whether built here or on the way in). */
function buildQuery(
  filters: RegistryFilterState,
  search: string,
  minDebtRub: string,
  minMonths: string,
  sort: RegistrySort,
): RegistryQuery & { sort: RegistrySort } {
  return {
    search: search.trim().slice(0, SEARCH_MAX_LENGTH),
    brackets: filters.brackets,
    companyIds: filters.companyId === null ? [] : [filters.companyId],
    buildingId: filters.buildingId,
    minDebtKopecks: validOrNull(kopecksOfText(minDebtRub)),
    minMonthsInArrears: validOrNull(parseMonths(minMonths)),
    tenure: filters.tenure,
    status: filters.status,
    sort,
  };
}

// On the way to the registry (Alt+2, the navigation, back from a card) its first page is asked for at once, while
// React is still drawing the screen: the table then takes that answer.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    if (parseRoute(window.location.hash).page !== 'registry') return;
    const r = remembered;
    prefetchFirstPage(buildQuery(r.filters, r.search, r.filters.minDebtRub, r.filters.minMonths, r.sort));
  });
}

/** `useApi` that waits until `enabled` (the registry's first page) before asking. */
function useApiAfter<M extends ApiMethod>(enabled: boolean, method: M, input: ApiInput<M>): Loadable<ApiOutput<M>> {
  const [data, setData] = useState<Loadable<ApiOutput<M>>>({ state: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void api.call(method, input).then((result) => {
      if (live) setData(result.ok ? { state: 'ready', value: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
    // The inputs here are constants ({}).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, method]);
  return data;
}

/** Invalid numbers (NaN) are left out of the query: the filter bar says so next to the field. */
function validOrNull(n: number | null): number | null {
  return n === null || Number.isNaN(n) ? null : n;
}

export function RegistryPage() {
  // The first page of the table goes to the core first; then the count line and the filters' lists.
  const [tableSettled, setTableSettled] = useState(false);
  const onSettled = useCallback(() => setTableSettled(true), []);
  const info = useApiAfter(tableSettled, 'app.info', {});
  const empty = info.state === 'ready' && info.value.counts.accounts === 0;
  return (
    <section className="page-fill">
      {/* The count beside the title: at 1366×768 every line above the table is a row of the table less. The line is
          kept while app.info loads, so nothing jumps when the count arrives. */}
      <div className="registry-title">
        <h1 tabIndex={-1}>Реестр должников</h1>
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
      </div>
      {info.state === 'error' && <p className="error-text">{info.error.message}</p>}
      {empty && <EmptyRegistry />}
      {/* Not held back by app.info (its table counts take a moment on a big database); only an empty database
          replaces the table, with the way to fill it. */}
      {!empty && <Registry tableSettled={tableSettled} onSettled={onSettled} />}
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

/** A text field's value as the query uses it: debounced while typing, at once after ↓ (the clerk wants the list). */
function useSettled(value: string, flushed: string | null): string {
  const debounced = useDebounced(value, 250);
  return flushed === value ? value : debounced;
}

function Registry({ tableSettled, onSettled }: { tableSettled: boolean; onSettled: () => void }) {
  const options = useApiAfter(tableSettled, 'registry.filterOptions', {});
  const [filters, setFilters] = useState<RegistryFilterState>(remembered.filters);
  const [search, setSearch] = useState(remembered.search);
  const [sort, setSort] = useState<RegistrySort>(remembered.sort);
  // What ↓ sent at once, past the typing pause.
  const [flushed, setFlushed] = useState<{ search: string; minDebt: string; minMonths: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<RegistryTableHandle>(null);

  const searchSettled = useSettled(search, flushed?.search ?? null);
  const minDebtSettled = useSettled(filters.minDebtRub, flushed?.minDebt ?? null);
  const minMonthsSettled = useSettled(filters.minMonths, flushed?.minMonths ?? null);

  useEffect(() => {
    // «/» jumps to the search box from anywhere on the screen, as in most list-heavy programs.
    const onKey = (event: globalThis.KeyboardEvent): void => {
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

  useEffect(() => {
    // Back from a card opened here: the keyboard goes straight to the same row (App has just focused the heading).
    if (remembered.openedAccountId === null) return;
    remembered.openedAccountId = null;
    const timer = window.setTimeout(
      () => document.querySelector<HTMLElement>('[data-testid="registry-grid"]')?.focus(),
      0,
    );
    return () => window.clearTimeout(timer);
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

  /** ↓ from the search box or a text filter: the query is sent now, and the keyboard goes to the first row. */
  const toTable = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    // A list (УК, house) keeps ↓ for its options.
    if (target.tagName === 'SELECT') return;
    event.preventDefault();
    setFlushed({ search, minDebt: filters.minDebtRub, minMonths: filters.minMonths });
    tableRef.current?.focusFirstRow();
  };

  const tooLong = search.length >= SEARCH_MAX_LENGTH;
  const query = buildQuery(filters, searchSettled, minDebtSettled, minMonthsSettled, sort);

  return (
    <>
      <div className="search-row">
        <label className="search-label">
          <span className="visually-hidden">Поиск</span>
          <input
            data-primary-action
            ref={searchRef}
            type="search"
            className="search-input"
            data-testid="registry-search"
            placeholder="Поиск: номер лицевого счёта, адрес или ФИО"
            value={search}
            maxLength={SEARCH_MAX_LENGTH}
            aria-invalid={tooLong}
            aria-describedby={tooLong ? 'registry-search-long registry-keys' : 'registry-keys'}
            onChange={(e) => changeSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                changeSearch('');
                return;
              }
              toTable(e);
            }}
          />
        </label>
        {tooLong && (
          <span id="registry-search-long" className="error-text small" role="alert" data-testid="registry-search-long">
            Слишком длинный запрос: не больше {formatCount(SEARCH_MAX_LENGTH)} знаков.
          </span>
        )}
      </div>
      <p id="registry-keys" className="muted small keys-hint" data-testid="registry-keys">
        ↓ — к списку, Enter — открыть карточку, Esc — назад; «/» — к поиску
      </p>
      {options.state === 'error' && <p className="error-text">Фильтры недоступны: {options.error.message}</p>}
      {/* Bubbled keys of the filter fields: ↓ from a text field goes to the table too. */}
      <div onKeyDown={toTable}>
        <RegistryFilters
          options={options.state === 'ready' ? options.value : null}
          value={filters}
          onChange={changeFilters}
        />
      </div>
      <RegistryTable
        query={query}
        brackets={options.state === 'ready' ? options.value.brackets : undefined}
        onSortChange={changeSort}
        initialActive={remembered.active}
        onActiveChange={(index) => {
          remembered.active = index;
        }}
        onOpen={(accountId) => {
          remembered.openedAccountId = accountId;
        }}
        onExitTop={() => {
          searchRef.current?.focus();
        }}
        onSettled={onSettled}
        handleRef={tableRef}
      />
    </>
  );
}
