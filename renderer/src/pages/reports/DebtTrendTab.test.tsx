// @vitest-environment jsdom
/**
 * @file The «Долг по месяцам» tab with a stubbed api: asks for the last 12 months by month, shows the chart with
 * its label and the table by УК with the change (figures as the core gave them, in rubles).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { DebtSeries } from '../../../../shared/api/contract-debt-history';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { DebtTrendTab, defaultFrom } from './DebtTrendTab';

const point = (date: string, a: number, b: number): DebtSeries['points'][number] => ({
  date,
  accounts: 2,
  debtKopecks: a + b,
  collectedKopecks: 10000,
  byBracket: [{ code: 'below_5k', label: 'до 5 000 ₽', accounts: 2, debtKopecks: a + b }],
  byCompany: [
    { id: 1, name: 'ООО «УК Первая»', accounts: 1, debtKopecks: a, collectedKopecks: 10000 },
    { id: 2, name: 'ООО «УК Вторая»', accounts: 1, debtKopecks: b, collectedKopecks: 0 },
  ],
});

afterEach(cleanup);

describe('DebtTrendTab', () => {
  it('shows the chart and the change per УК', async () => {
    const series: DebtSeries = {
      from: '2026-01-01',
      to: '2026-12-06',
      step: 'month',
      today: '2026-12-06',
      points: [point('2026-10-31', 300000, 100000), point('2026-12-06', 250000, 150000)],
    };
    call.mockResolvedValue({ ok: true, value: series });
    render(<DebtTrendTab />);
    const table = await screen.findByTestId('debt-by-company');
    expect(call).toHaveBeenCalledWith('debtHistory.series', expect.objectContaining({ step: 'month' }));
    const first = within(table).getByText('ООО «УК Первая»').closest('tr') as HTMLElement;
    // 3 000,00 → 2 500,00: −500,00.
    expect(first.textContent).toMatch(/−500,00/);
    expect(screen.getByTestId('debt-trend-chart').getAttribute('aria-label')).toMatch(
      /^Просроченный долг по группам на 2 дат/,
    );
    expect(defaultFrom('2026-12-06')).toBe('2026-01-01');
    expect(defaultFrom('2026-11-30')).toBe('2025-12-01');
  });
});
