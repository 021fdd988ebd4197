// @vitest-environment jsdom
/**
 * The registry table against a stubbed core: it asks for the first window of 200, renders only the rows on
 * screen (virtualised), formats them, sorts by header clicks and opens a card with the keyboard.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { RegistryPage, RegistryRow } from '../../../shared/registry/registry-types';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { RegistryTable, type RegistrySort } from './RegistryTable';
import { wrappableAddress } from './RegistryRow';

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

function row(i: number): RegistryRow {
  return {
    accountId: 1000 + i,
    number: String(5_000_000_000 + i),
    address: `г. Красногорск, ул. Ленина, д. 5, кв. ${i + 1}`,
    companyName: 'ООО «УК Опалиха»',
    debtKopecks: 12_345_678 - i * 100,
    monthsInArrears: 7,
    debtSincePeriod: '2025-08',
    bracket: 'over_100k',
    lastPaymentDate: '2026-02-05',
    lastPaymentKopecks: 150_000,
    tenure: 'owner',
    status: 'open',
    mainPerson: `Иванов Иван ${i}`,
  };
}

const TOTAL = 1234;

beforeAll(() => {
  // jsdom lays nothing out: give the scroll box a size so the virtualizer has a window to fill.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
  HTMLElement.prototype.scrollTo = vi.fn() as unknown as typeof HTMLElement.prototype.scrollTo;
});

beforeEach(() => {
  call.mockImplementation((method: string, input: { offset: number; limit: number }) => {
    if (method !== 'registry.query') return Promise.resolve({ ok: false, error: { code: 'X', message: 'нет' } });
    const count = Math.max(0, Math.min(input.limit, TOTAL - input.offset));
    const page: RegistryPage = {
      total: TOTAL,
      totalDebtKopecks: 9_876_543_210,
      tookMs: 35,
      rows: Array.from({ length: count }, (_, k) => row(input.offset + k)),
    };
    return Promise.resolve({ ok: true, value: page });
  });
});

afterEach(() => {
  cleanup();
  call.mockReset();
  window.location.hash = '';
});

const QUERY = {
  search: '',
  brackets: [],
  companyIds: [],
  buildingId: null,
  minDebtKopecks: null,
  minMonthsInArrears: null,
  tenure: null,
  status: 'all' as const,
  sort: { field: 'debt', dir: 'desc' } as RegistrySort,
};

describe('RegistryTable', () => {
  it('renders the first window of a stubbed page, virtualised, with the totals line', async () => {
    render(<RegistryTable query={QUERY} onSortChange={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('registry-row').length).toBeGreaterThan(0));

    expect(call).toHaveBeenCalledWith('registry.query', expect.objectContaining({ offset: 0, limit: 200 }));
    expect(plain(screen.getByTestId('registry-total').textContent)).toBe(
      'Найдено: 1 234 лицевых счёта на сумму 98 765 432,10 ₽ · запрос 35 мс',
    );
    const rows = screen.getAllByTestId('registry-row');
    // Only the rows on screen and the overscan exist, not all 1 234.
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.length).toBeLessThan(80);
    const first = rows[0] as HTMLElement;
    expect(first.dataset.accountNumber).toBe('5000000000');
    const text = plain(first.textContent);
    expect(text).toContain('г. Красногорск, ул. Ленина, д. 5, кв. 1');
    expect(text).toContain('Иванов Иван 0');
    expect(text).toContain('123 456,78 ₽');
    expect(text).toContain('свыше 100 000 ₽');
    expect(text).toContain('05.02.2026');
    expect(within(first).getByRole('link').getAttribute('href')).toBe('#/accounts/1000');
  });

  it('sorts by header clicks and shows the order in aria-sort', async () => {
    const onSortChange = vi.fn();
    render(<RegistryTable query={QUERY} onSortChange={onSortChange} />);
    await screen.findAllByTestId('registry-row');
    const debtHeader = screen.getByRole('columnheader', { name: /Просрочено/ });
    expect(debtHeader.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(debtHeader).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'debt', dir: 'asc' });
    fireEvent.click(screen.getByRole('button', { name: /Лицевой счёт/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'number', dir: 'asc' });
  });

  it('moves the highlighted row with the arrows and opens its card with Enter', async () => {
    render(<RegistryTable query={QUERY} onSortChange={() => {}} />);
    await screen.findAllByTestId('registry-row');
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('registry-row-1');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(window.location.hash).toBe('#/accounts/1001');
  });

  it('says so when nothing matches', async () => {
    call.mockImplementation(() =>
      Promise.resolve({ ok: true, value: { total: 0, totalDebtKopecks: 0, tookMs: 2, rows: [] } }),
    );
    render(<RegistryTable query={{ ...QUERY, search: 'нет такого' }} onSortChange={() => {}} />);
    expect(await screen.findByText(/Ничего не найдено/)).toBeTruthy();
    expect(screen.queryAllByTestId('registry-row')).toHaveLength(0);
  });

  it('lets an address wrap only between its parts, never inside «кв. 12» or «корп. 1»', () => {
    expect(wrappableAddress('г. Красногорск, бульвар Красногорский, д. 23, корп. 1, кв. 100')).toBe(
      'г.\u00a0Красногорск, бульвар Красногорский, д.\u00a023, корп.\u00a01, кв.\u00a0100',
    );
    expect(wrappableAddress('р.п. Нахабино, ул. Покровская, д. 5/4')).toBe(
      'р.п.\u00a0Нахабино, ул.\u00a0Покровская, д.\u00a05/4',
    );
    expect(wrappableAddress('Опалиха, 12')).toBe('Опалиха, 12');
  });

  it('shows the selected row whole under the table', async () => {
    render(<RegistryTable query={QUERY} onSortChange={() => {}} initialActive={2} />);
    await screen.findAllByTestId('registry-row');
    expect(plain(screen.getByTestId('registry-selected').textContent)).toBe(
      'Выбран: 5000000002 · г. Красногорск, ул. Ленина, д. 5, кв. 3 · Иванов Иван 2',
    );
  });

  it('↑ on the first row hands the keyboard back; ↑ further down moves up', async () => {
    const onExitTop = vi.fn();
    render(<RegistryTable query={QUERY} onSortChange={() => {}} onExitTop={onExitTop} />);
    await screen.findAllByTestId('registry-row');
    const grid = screen.getByRole('grid');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(onExitTop).not.toHaveBeenCalled();
    expect(grid.getAttribute('aria-activedescendant')).toBe('registry-row-0');
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(onExitTop).toHaveBeenCalledTimes(1);
  });
});
