// @vitest-environment jsdom
/**
 * The warnings tab against a stubbed core: an ended term stands out with «последний день», a warning waiting for
 * delivery offers «Отметить доставку» whose date defaults to the core's today and whose sewage action shows the
 * legal-risk note first; the call carries the method and the date the clerk chose.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RestrictionCaseView, RestrictionTimers } from '../../../../shared/api/contract-restriction';
import type * as Format from '../../format';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ api: { call, hostLabel: 'тест' } }));
vi.mock('../../format', async (importActual) => ({
  ...(await importActual<typeof Format>()),
  todayIsoDate: () => '2026-12-28',
}));

import { RestrictionWarningsTab } from './RestrictionWarningsTab';

const base: RestrictionCaseView = {
  id: 1,
  accountId: 11,
  accountNumber: '8100000001',
  address: 'г. Красногорск, ул. Кирова, д. 5, кв. 1',
  service: 'Водоотведение',
  status: 'delivered',
  debtKopecks: 275000,
  thresholdKopecks: 100000,
  thresholdBasis: 'average',
  asOfDate: '2026-12-06',
  restrictionPossible: true,
  warningDate: '2026-12-06',
  warningDocumentId: 5,
  deliveryMethod: 'signature',
  mailItemId: null,
  batchId: null,
  mailOutcome: null,
  trackingNumber: null,
  deliveredDate: '2026-12-08',
  timerEndsDate: '2026-12-28',
  daysLeft: 0,
  closedReason: null,
  userName: 'Иванова',
};
const waiting: RestrictionCaseView = {
  ...base,
  id: 2,
  accountNumber: '8100000005',
  status: 'warned',
  deliveryMethod: 'epd',
  deliveredDate: null,
  timerEndsDate: null,
  daysLeft: null,
};
const TIMERS: RestrictionTimers = { today: '2026-12-28', warningDays: 20, running: [], ended: [], waiting: [] };

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('RestrictionWarningsTab', () => {
  it('highlights the ended term and records a delivery with today’s date by default', async () => {
    call.mockImplementation((method: string) => {
      if (method === 'restriction.cases')
        return Promise.resolve({ ok: true, value: { total: 2, items: [base, waiting] } });
      if (method === 'restriction.timers') return Promise.resolve({ ok: true, value: TIMERS });
      if (method === 'restriction.recordDelivery')
        return Promise.resolve({ ok: true, value: { ...waiting, status: 'delivered', timerEndsDate: '2027-01-17' } });
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: '—' } });
    });
    render(<RestrictionWarningsTab />);
    const ended = await screen.findByTestId('restriction-case-1');
    expect(ended.className).toBe('restriction-ended');
    expect(ended.textContent).toContain('28.12.2026 · последний день');
    fireEvent.click(screen.getByRole('button', { name: 'Отметить доставку' }));
    expect(screen.getByRole('note', { name: 'Правовой риск ограничения водоотведения' })).toBeTruthy();
    const date = screen.getByLabelText('Дата доставки') as HTMLInputElement;
    expect(date.value).toBe('28.12.2026');
    fireEvent.change(screen.getByLabelText('Способ'), { target: { value: 'epd' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Доставка предупреждения, дело № 2' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('restriction.recordDelivery', {
        caseId: 2,
        method: 'epd',
        deliveredDate: '2026-12-28',
      }),
    );
    expect(await screen.findByText('Доставка отмечена: срок по 17.01.2027.')).toBeTruthy();
  });
});
