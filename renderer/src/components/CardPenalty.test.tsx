// @vitest-environment jsdom
/**
 * The card's «Пени» against a stubbed core: today's date by default, the lines in the PDF's columns with the
 * moratorium marked and 1/300 · 1/130 as fractions, the total, the engine's stale-tables warning in view,
 * reasons under «Почему так», a new calculation when the date changes, and the PDF opened from a Blob URL —
 * with a download link when the new tab is refused.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AccountPenalty } from '../../../shared/api/contract-penalty';
import type { PenaltyLine } from '../../../shared/rules/penalty/penalty-types';
import { formatDate, todayIsoDate } from '../format';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { CardPenalty } from './CardPenalty';

const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const line = (over: Partial<PenaltyLine>): PenaltyLine => ({
  period: '2022-03',
  kind: 'housing',
  from: '2022-04-11',
  to: '2022-05-10',
  days: 30,
  delayDayFrom: 1,
  delayDayTo: 30,
  baseKopecks: 1_000_000,
  rateBasisPoints: 950,
  rateDates: ['2026-11-26'],
  fraction: { num: 0, den: 1 },
  moratorium: false,
  moratoriumId: null,
  scaleId: 'ч.14',
  penaltyKopecks: 0,
  ...over,
});

const PENALTY: AccountPenalty = {
  calculationDate: '2026-11-26',
  tablesVersion: 'seed-2026-11-26.1',
  totalKopecks: 123_456,
  lines: [
    line({ from: '2022-04-11', to: '2022-05-10', moratorium: true, moratoriumId: 'ПП-497' }),
    line({
      period: '2024-01',
      from: '2024-03-12',
      to: '2024-05-10',
      fraction: { num: 1, den: 300 },
      penaltyKopecks: 18_999,
    }),
    line({
      period: '2024-01',
      from: '2024-05-11',
      to: '2026-11-26',
      fraction: { num: 1, den: 130 },
      penaltyKopecks: 104_457,
    }),
  ],
  reasons: [
    {
      code: 'DUE_DATE',
      period: '2024-01',
      kind: 'housing',
      text: 'Срок оплаты за январь 2024: по 10.02.2024 включительно — 10-е число',
    },
    { code: 'TABLES_STALE', text: 'Ставка на 26.11.2026 взята из последней известной записи' },
  ],
  obligations: [],
  advanceKopecks: 0,
  accountId: 7,
  accountNumber: '5000000007',
  address: 'г. Красногорск, ул. Ленина, д. 5, кв. 12',
  companyName: 'ООО «УК Опалиха»',
  companyInn: '5024000002',
  rateDateRule: 'payment-day',
  tablesAsOf: '2026-07-27',
  rateDates: [{ date: '2026-11-26', rateBasisPoints: 950, text: '9,5 % — постановление' }],
  moratoria: [
    {
      id: 'ПП-497',
      validFrom: '2022-04-01',
      validTo: '2022-10-01',
      text: 'постановление Правительства РФ от 28.03.2022 № 497',
    },
  ],
  legalBasis: ['ч. 14 ст. 155 Жилищного кодекса РФ'],
};

beforeEach(() => {
  call.mockImplementation((method: string) => {
    if (method === 'penalty.forAccount') return Promise.resolve({ ok: true, value: PENALTY });
    if (method === 'penalty.calculationPdf')
      return Promise.resolve({
        ok: true,
        value: {
          fileName: '5000000007-2026-11-26.pdf',
          base64: btoa('%PDF-1.3'),
          savedPath: '/data/documents/penalty/5000000007-2026-11-26.pdf',
        },
      });
    return Promise.resolve({ ok: false, error: { code: 'API.UNKNOWN_METHOD', message: method } });
  });
});

afterEach(() => {
  cleanup();
  call.mockReset();
  vi.unstubAllGlobals();
});

describe('CardPenalty', () => {
  it('calculates on today’s date and shows the lines, total, warning and reasons', async () => {
    render(<CardPenalty accountId={7} />);
    expect(plain((await screen.findByTestId('card-penalty-total')).textContent)).toBe('1 234,56 ₽');
    expect(call).toHaveBeenCalledWith('penalty.forAccount', {
      accountId: 7,
      calculationDate: todayIsoDate(),
      rateDateRule: 'payment-day',
    });
    expect((screen.getByLabelText('Дата расчёта') as HTMLInputElement).value).toBe(formatDate(todayIsoDate())); // shown in the Russian order, sent as ISO

    const rows = screen.getAllByTestId('card-penalty-line');
    expect(rows).toHaveLength(3);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent));
    expect(cells(rows[0] as HTMLElement)).toEqual([
      '03.2022',
      '10 000,00',
      '11.04.2022',
      '10.05.2022',
      '30',
      '9,5 %',
      '0',
      'ПП-497',
      '0,00',
    ]);
    expect(rows[0]?.className).toBe('muted');
    expect(cells(rows[1] as HTMLElement)[6]).toBe('1/300');
    expect(cells(rows[2] as HTMLElement)[6]).toBe('1/130');
    expect(cells(rows[2] as HTMLElement)[8]).toBe('1 044,57');

    expect(screen.getByRole('note').textContent).toMatch(/последней известной записи/);
    const why = screen.getByText('Почему так').closest('details') as HTMLElement;
    expect(
      within(why).getAllByText('Срок оплаты за январь 2024: по 10.02.2024 включительно — 10-е число'),
    ).toHaveLength(1);
    // The stale-tables warning stands above the table, once: «Почему так» does not repeat it.
    expect(screen.getAllByText(/последней известной записи/)).toHaveLength(1);
    expect(why.textContent).not.toContain('последней известной записи');
    expect(why.textContent).toContain('по правовым таблицам со сведениями по 27.07.2026');
    expect(why.textContent).not.toMatch(/seed|\b\d{4}-\d{2}\b/);
  });

  it('recalculates when the clerk picks another date or rate rule', async () => {
    render(<CardPenalty accountId={7} />);
    await screen.findByTestId('card-penalty-total');
    fireEvent.change(screen.getByLabelText('Дата расчёта'), { target: { value: '2026-01-31' } });
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('penalty.forAccount', {
        accountId: 7,
        calculationDate: '2026-01-31',
        rateDateRule: 'payment-day',
      }),
    );
    fireEvent.change(screen.getByLabelText('Ставка'), { target: { value: 'calculation-day' } });
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('penalty.forAccount', {
        accountId: 7,
        calculationDate: '2026-01-31',
        rateDateRule: 'calculation-day',
      }),
    );
  });

  it('opens the PDF from a Blob URL, or offers it as a download when the tab is refused', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:test/1');
    // jsdom has no Blob URLs: a URL class with them, for this test only.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const open = vi.fn(() => null);
    vi.stubGlobal('open', open);
    render(<CardPenalty accountId={7} />);
    await screen.findByTestId('card-penalty-total');
    fireEvent.click(screen.getByTestId('penalty-pdf'));
    const link = await screen.findByRole('link', { name: /Скачать 5000000007-2026-11-26\.pdf/ });
    expect(call).toHaveBeenCalledWith('penalty.calculationPdf', {
      accountId: 7,
      calculationDate: todayIsoDate(),
      rateDateRule: 'payment-day',
    });
    expect(open).toHaveBeenCalledWith('blob:test/1', '_blank');
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(link.getAttribute('href')).toBe('blob:test/1');
    expect(link.getAttribute('download')).toBe('5000000007-2026-11-26.pdf');
    expect(screen.getByText(/Новая вкладка не открылась/)).toBeTruthy();
  });
});
