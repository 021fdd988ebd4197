/**
 * @file The registry table, virtualised: only the rows on screen (plus 20 either side) exist in the DOM, and
 * their data arrives in pages of 200 as the clerk scrolls, so 150 000 accounts scroll as smoothly as 150.
 *
 * Keyboard: the table is one tab stop (role="grid" with aria-activedescendant); ↑/↓, PgUp/PgDn, Home/End move
 * the highlighted row, Enter opens its card, ↑ on the first row hands the keyboard back to the page (the search
 * box). The page moves the keyboard in with `focusFirstRow()` (↓ from the search box). Column headers are sort
 * buttons (aria-sort shows the order).
 *
 * Addresses are never cut: the address wraps (between its parts, never inside «кв. 12») to at most two lines of a
 * fixed-height row, and the selected row's whole address and payer are repeated under the table.
 */
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DebtBracket } from '../../../shared/registry/brackets';
import { formatCount, formatRub, plural } from '../format';
import { useRegistryPages, type RegistryQuery } from '../hooks/useRegistryPages';
import { navigate } from '../routing';
import { RegistryRowView } from './RegistryRow';

export type SortField = 'debt' | 'number' | 'address' | 'months' | 'lastPayment' | 'company';
export interface RegistrySort {
  field: SortField;
  dir: 'asc' | 'desc';
}

/** Three lines: the address (up to two, it wraps between its parts) over the payer's name; the table fits a 1366-px
 * screen without a horizontal scrollbar. Must match `.registry-row` in styles.css. */
export const ROW_HEIGHT = 54;
/** Must match `.registry-head` height in styles.css: rows scroll under the sticky header. */
const HEADER_HEIGHT = 40;

const COLUMNS: ReadonlyArray<{ title: string; sort?: SortField; num?: boolean }> = [
  { title: 'Лицевой счёт', sort: 'number' },
  { title: 'Адрес · плательщик', sort: 'address' },
  { title: 'УК', sort: 'company' },
  { title: 'Просрочено', sort: 'debt', num: true },
  { title: 'Месяцев просрочки', sort: 'months', num: true },
  { title: 'Группа' },
  { title: 'Последняя оплата', sort: 'lastPayment' },
];

/** Big-first fields start descending on the first click, names and numbers ascending. */
const DESC_FIRST: ReadonlySet<SortField> = new Set(['debt', 'months', 'lastPayment']);

interface Props {
  query: RegistryQuery & { sort: RegistrySort };
  brackets?: readonly DebtBracket[] | undefined;
  onSortChange: (sort: RegistrySort) => void;
  /** Row to highlight and scroll to on mount (coming back from a card). */
  initialActive?: number;
  onActiveChange?: (index: number) => void;
  /** A card is being opened from the table (the page remembers to give the table the keyboard on return). */
  onOpen?: (accountId: number) => void;
  /** ↑ on the first row: the keyboard goes back to the search box. */
  onExitTop?: () => void;
  /** Called once the first page of the first query has arrived (or failed): the page then asks for the rest. */
  onSettled?: () => void;
  /** What the page may do with the table: move the keyboard into it. */
  handleRef?: Ref<RegistryTableHandle>;
}

export interface RegistryTableHandle {
  /** Selects the first row and gives the table the keyboard (↓ from the search box or a filter field). */
  focusFirstRow: () => void;
}

export function RegistryTable({
  query,
  brackets,
  onSortChange,
  initialActive = 0,
  onActiveChange,
  onOpen,
  onExitTop,
  onSettled,
  handleRef,
}: Props) {
  const { ready, total, totalDebtKopecks, tookMs, error, rowAt, ensure, retry } = useRegistryPages(query);
  const key = JSON.stringify(query);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The highlight belongs to one query: a new search starts again from the first row.
  const [activeState, setActiveState] = useState({ key, index: initialActive });
  const active = activeState.key === key ? activeState.index : 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer is meant to re-render
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => ensure(first, last), [ensure, first, last]);

  const settled = useRef(false);
  useEffect(() => {
    if (settled.current || (!ready && !error)) return;
    settled.current = true;
    onSettled?.();
  }, [ready, error, onSettled]);

  // A new query scrolls back to the top (not on mount: then the remembered row is restored below).
  const shownKey = useRef(key);
  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    virtualizer.scrollToOffset(0);
  }, [key, virtualizer]);

  const restored = useRef(initialActive === 0);
  useEffect(() => {
    if (restored.current || !ready) return;
    restored.current = true;
    virtualizer.scrollToIndex(Math.min(initialActive, total - 1), { align: 'center' });
  }, [ready, initialActive, total, virtualizer]);

  const select = (index: number): void => {
    setActiveState({ key, index });
    onActiveChange?.(index);
  };
  const open = (index: number): void => {
    const row = rowAt(index);
    if (!row) return;
    select(index);
    onOpen?.(row.accountId);
    navigate({ page: 'account', accountId: row.accountId });
  };
  const move = (index: number): void => {
    if (total === 0) return;
    const next = Math.min(total - 1, Math.max(0, index));
    select(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  useImperativeHandle(handleRef, () => ({
    focusFirstRow: () => {
      if (total === 0) return;
      scrollRef.current?.focus({ preventScroll: true });
      move(0);
    },
  }));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget) return; // keys on the header's sort buttons are theirs
    if (event.altKey || event.ctrlKey || event.metaKey) return; // Alt+digit and the browser's own keys pass
    const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => (active === 0 && onExitTop ? onExitTop() : move(active - 1)),
      PageDown: () => move(active + pageRows),
      PageUp: () => move(active - pageRows),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => open(active),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const sort = query.sort;
  const activeVisible = items.some((i) => i.index === active) && rowAt(active) !== undefined;
  const activeRow = ready && total > 0 ? rowAt(active) : undefined;
  return (
    <div className="registry">
      <p
        className="registry-summary"
        data-testid="registry-total"
        data-total={ready ? total : undefined}
        aria-live="polite"
      >
        {ready ? (
          <>
            Найдено: <strong>{formatCount(total)}</strong>{' '}
            {plural(total, ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'])} на сумму{' '}
            <strong>{formatRub(totalDebtKopecks)}</strong>
            <span className="muted"> · запрос {formatCount(tookMs)} мс</span>
          </>
        ) : (
          <span className="muted">{error ? 'Реестр не загружен.' : 'Поиск…'}</span>
        )}
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}{' '}
          <button type="button" className="secondary small" onClick={retry}>
            Повторить
          </button>
        </p>
      )}
      <div
        ref={scrollRef}
        className="registry-scroll"
        role="grid"
        data-testid="registry-grid"
        tabIndex={0}
        aria-label="Реестр лицевых счетов: стрелки — выбор строки, Enter — открыть карточку"
        aria-rowcount={total + 1}
        aria-colcount={COLUMNS.length}
        aria-activedescendant={activeVisible ? `registry-row-${active}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="registry-head registry-cols" role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => {
            const sorted = c.sort !== undefined && sort.field === c.sort;
            return (
              <div
                key={c.title}
                role="columnheader"
                className={c.num ? 'num' : undefined}
                aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {c.sort ? (
                  <button
                    type="button"
                    className="sort-button"
                    title="Сортировать"
                    onClick={() => {
                      const field = c.sort as SortField;
                      const dir = sorted
                        ? sort.dir === 'asc'
                          ? 'desc'
                          : 'asc'
                        : DESC_FIRST.has(field)
                          ? 'desc'
                          : 'asc';
                      onSortChange({ field, dir });
                    }}
                  >
                    {c.title}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.title
                )}
              </div>
            );
          })}
        </div>
        <div className="registry-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const style = { transform: `translateY(${item.start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT };
            return row ? (
              <RegistryRowView
                key={item.key}
                index={item.index}
                row={row}
                active={item.index === active}
                brackets={brackets}
                style={style}
                onOpen={open}
              />
            ) : (
              <div
                key={item.key}
                className="registry-row registry-cols placeholder"
                style={style}
                role="row"
                aria-rowindex={item.index + 2}
              >
                {COLUMNS.map((c) => (
                  <div key={c.title} role="gridcell">
                    <span className="placeholder-bar" />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {ready && total === 0 && (
          <p className="registry-nothing">Ничего не найдено. Измените условия поиска или сбросьте фильтры.</p>
        )}
      </div>
      {/* The selected row in full: whatever a narrow screen had to wrap, its address and payer are read here whole. */}
      <p className="registry-selected" data-testid="registry-selected">
        {activeRow ? (
          <>
            <span className="muted">Выбран:</span> <strong>{activeRow.number}</strong> · {activeRow.address}
            {activeRow.mainPerson && <> · {activeRow.mainPerson}</>}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
    </div>
  );
}
