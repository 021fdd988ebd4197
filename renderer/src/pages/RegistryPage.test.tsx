// @vitest-environment jsdom
/**
 * The registry page by keyboard against a stubbed core: ↓ from the search box selects the first row and gives the
 * table the keyboard, Enter opens that row's card, ↑ on the first row returns to the search box; the first page is
 * asked for before the count line and the filters' lists; a search at the contract's limit says so beside the box.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RegistryPage as RegistryPageData, RegistryRow } from '../../../shared/registry/registry-types';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { RegistryPage } from './RegistryPage';

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

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
  HTMLElement.prototype.scrollTo = vi.fn() as unknown as typeof HTMLElement.prototype.scrollTo;
});

beforeEach(() => {
  call.mockImplementation((method: string, input: { offset: number; limit: number; search: string }) => {
    if (method === 'registry.query') {
      const total = input.search === '' ? 50 : 3;
      const count = Math.max(0, Math.min(input.limit, total - input.offset));
      const page: RegistryPageData = {
        total,
        totalDebtKopecks: 100_000,
        tookMs: 3,
        rows: Array.from({ length: count }, (_, k) => row(input.offset + k + (input.search === '' ? 0 : 10))),
      };
      return Promise.resolve({ ok: true, value: page });
    }
    if (method === 'app.info') return Promise.resolve({ ok: true, value: { counts: { accounts: 50 } } });
    if (method === 'registry.filterOptions')
      return Promise.resolve({ ok: true, value: { companies: [], buildings: [], brackets: [] } });
    return Promise.resolve({ ok: false, error: { code: 'X', message: 'нет' } });
  });
});

afterEach(() => {
  cleanup();
  call.mockReset();
  window.location.hash = '';
});

describe('RegistryPage by keyboard', () => {
  it('asks for the first page before the count line and the filters', async () => {
    render(<RegistryPage />);
    await screen.findAllByTestId('registry-row');
    await waitFor(() => expect(call.mock.calls.map((c) => c[0] as string)).toContain('registry.filterOptions'));
    const methods = call.mock.calls.map((c) => c[0] as string);
    expect(methods[0]).toBe('registry.query');
    expect(methods).toContain('app.info');
  });

  it('↓ from the search box selects the first row, Enter opens it, ↑ on the first row returns to the box', async () => {
    render(<RegistryPage />);
    await screen.findAllByTestId('registry-row');
    const search = screen.getByTestId('registry-search');
    search.focus();
    fireEvent.change(search, { target: { value: 'иванов' } });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    const grid = screen.getByTestId('registry-grid');
    expect(document.activeElement).toBe(grid);
    // The typed search went out at once (no typing pause after ↓), and its first row is selected.
    await waitFor(() => expect(screen.getAllByTestId('registry-row')[0]?.dataset.accountNumber).toBe('5000000010'));
    expect(call).toHaveBeenCalledWith('registry.query', expect.objectContaining({ search: 'иванов', offset: 0 }));
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toBe('registry-row-0'));
    expect(screen.getAllByTestId('registry-row')[0]?.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('registry-row-1');
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(grid);
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search);

    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(window.location.hash).toBe('#/accounts/1011');
  });

  it('↓ from a text filter goes to the table too', async () => {
    render(<RegistryPage />);
    await screen.findAllByTestId('registry-row');
    const months = screen.getByLabelText('Месяцев просрочки от');
    months.focus();
    fireEvent.keyDown(months, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('registry-grid'));
  });

  it('says beside the search box when the search reaches 200 characters, and the box takes no more', async () => {
    render(<RegistryPage />);
    await screen.findAllByTestId('registry-row');
    const search = screen.getByTestId('registry-search') as HTMLInputElement;
    expect(search.maxLength).toBe(200);
    expect(screen.queryByTestId('registry-search-long')).toBeNull();
    act(() => {
      fireEvent.change(search, { target: { value: 'а'.repeat(200) } });
    });
    expect(screen.getByTestId('registry-search-long').textContent).toBe(
      'Слишком длинный запрос: не больше 200 знаков.',
    );
    expect(search.getAttribute('aria-invalid')).toBe('true');
  });
});
