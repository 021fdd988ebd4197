/**
 * @file Windows of the registry for the virtualised table: pages of 200 rows fetched with `registry.query` as
 * the clerk scrolls, cached by offset for the current query (filters + sort + search).
 *
 * The cache remembers the query it belongs to; a new query is recognised by its key and the old rows are no
 * longer shown (derived, not reset in an effect), while the old total keeps the scrollbar steady until the
 * first page of the new query arrives.
 */
import { useCallback, useRef, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { RegistryRow } from '../../../shared/registry/registry-types';
import { api } from '../api/client';

export const REGISTRY_PAGE_SIZE = 200;

export type RegistryQuery = Omit<ApiInput<'registry.query'>, 'offset' | 'limit'>;

interface Cache {
  key: string;
  pages: ReadonlyMap<number, RegistryRow[]>;
  total: number;
  totalDebtKopecks: number;
  tookMs: number;
  error: string | null;
}

export interface RegistryWindow {
  /** True once a page of the current query has arrived. */
  ready: boolean;
  /** Rows in the current query (the previous query's while the first page loads). */
  total: number;
  totalDebtKopecks: number;
  tookMs: number;
  error: string | null;
  /** The row at an index, or undefined while its page loads. */
  rowAt: (index: number) => RegistryRow | undefined;
  /** Asks for the pages covering rows first…last (called with the virtualizer's range). */
  ensure: (first: number, last: number) => void;
  retry: () => void;
}

const EMPTY: Cache = { key: '', pages: new Map(), total: 0, totalDebtKopecks: 0, tookMs: 0, error: null };

type PageAnswer = Promise<ApiResult<ApiOutput<'registry.query'>>>;

/** First pages asked for ahead of the table (on the way to the registry), by query key, for a few seconds. */
const early = new Map<string, { atMs: number; answer: PageAnswer }>();
const EARLY_TTL_MS = 5_000;

/**
 * Asks for the first page of `query` now, before the registry has rendered: the table, once mounted, takes this
 * answer instead of asking again. Called when the address changes to the registry, so the core works while React
 * draws the page (the first visit's rows came ~100 ms sooner on a busy 2-core machine).
 */
export function prefetchFirstPage(query: RegistryQuery): void {
  const key = JSON.stringify(query);
  const now = Date.now();
  for (const [k, v] of early) if (now - v.atMs > EARLY_TTL_MS) early.delete(k);
  if (early.has(key)) return;
  early.set(key, { atMs: now, answer: api.call('registry.query', { ...query, offset: 0, limit: REGISTRY_PAGE_SIZE }) });
}

function takeEarly(key: string): PageAnswer | undefined {
  const hit = early.get(key);
  early.delete(key);
  return hit && Date.now() - hit.atMs <= EARLY_TTL_MS ? hit.answer : undefined;
}

export function useRegistryPages(query: RegistryQuery): RegistryWindow {
  const key = JSON.stringify(query);
  const [cache, setCache] = useState<Cache>(EMPTY);
  const [attempt, setAttempt] = useState(0);
  // Pages asked for (in flight or loaded) of the query in `requestedKey`; touched only in callbacks.
  const requested = useRef<{ key: string; offsets: Set<number> }>({ key: '', offsets: new Set() });

  const ensure = useCallback(
    (first: number, last: number) => {
      const fullKey = `${key}#${attempt}`;
      if (requested.current.key !== fullKey) requested.current = { key: fullKey, offsets: new Set() };
      const asked = requested.current;
      const from = Math.floor(Math.max(0, first) / REGISTRY_PAGE_SIZE);
      const to = Math.floor(Math.max(first, last, 0) / REGISTRY_PAGE_SIZE);
      for (let page = from; page <= to; page += 1) {
        const offset = page * REGISTRY_PAGE_SIZE;
        if (asked.offsets.has(offset)) continue;
        asked.offsets.add(offset);
        const answer =
          (offset === 0 ? takeEarly(key) : undefined) ??
          api.call('registry.query', { ...query, offset, limit: REGISTRY_PAGE_SIZE });
        void answer.then((result) => {
          if (requested.current !== asked) return; // the query changed meanwhile: this answer is stale
          if (!result.ok) {
            asked.offsets.delete(offset);
            setCache((prev) => ({ ...(prev.key === key ? prev : { ...EMPTY, key }), error: result.error.message }));
            return;
          }
          const { rows, total, totalDebtKopecks, tookMs } = result.value;
          setCache((prev) => {
            const pages = new Map(prev.key === key ? prev.pages : []);
            pages.set(offset, rows);
            return { key, pages, total, totalDebtKopecks, tookMs, error: null };
          });
        });
      }
    },
    // `query` is fully described by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, attempt],
  );

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const pages = cache.key === key ? cache.pages : null;
  const rowAt = (index: number): RegistryRow | undefined =>
    pages?.get(Math.floor(index / REGISTRY_PAGE_SIZE) * REGISTRY_PAGE_SIZE)?.[index % REGISTRY_PAGE_SIZE];

  return {
    ready: pages !== null && pages.size > 0,
    total: cache.total,
    totalDebtKopecks: cache.totalDebtKopecks,
    tookMs: cache.tookMs,
    error: cache.key === key ? cache.error : null,
    rowAt,
    ensure,
    retry,
  };
}
