// @vitest-environment jsdom
/**
 * The candidates tab: each account and service with its debt, threshold and basis; the sewage legal-risk note
 * while a sewage line is listed; the chosen rows go to `restriction.warn` with the delivery method, and its refusal
 * («ещё не подключены» until the warnings are merged) is shown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RestrictionWorklist } from '../../../../shared/restriction/restriction-types';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { RestrictionCandidatesTab } from './RestrictionCandidatesTab';

const LIST: RestrictionWorklist = {
  today: '2026-12-06',
  candidates: [
    {
      accountId: 7,
      number: '5000000007',
      address: 'г. Красногорск, ул. Ленина, д. 5, кв. 7',
      companyName: 'ООО «УК Тест»',
      tenure: 'owner',
      services: [
        {
          service: 'Водоотведение',
          debtKopecks: 146000,
          thresholdKopecks: 80000,
          basis: 'norm',
          detail: 'по нормативу',
        },
        { service: 'Электроэнергия', debtKopecks: 90000, thresholdKopecks: 60000, basis: 'average', detail: 'среднее' },
      ],
    },
  ],
  skipped: [{ reason: 'соблюдаемое соглашение', count: 3 }],
};

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('RestrictionCandidatesTab', () => {
  it('lists services with their basis, warns about sewage, and sends the chosen rows to restriction.warn', async () => {
    call.mockImplementation((method: string) =>
      Promise.resolve(
        method === 'restriction.worklist'
          ? { ok: true, value: LIST }
          : { ok: false, error: { code: 'CONFLICT', message: 'Предупреждения об ограничении ещё не подключены.' } },
      ),
    );
    render(<RestrictionCandidatesTab />);
    expect(await screen.findByText('по нормативу')).toBeTruthy();
    expect(screen.getByText('по среднему')).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Правовой риск ограничения водоотведения' })).toBeTruthy();
    expect(screen.getByText('1 460,00 ₽', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Выбрать 5000000007, Водоотведение' }));
    fireEvent.change(screen.getByRole('combobox', { name: /Способ доставки/ }), { target: { value: 'signature' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сформировать предупреждения' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('ещё не подключены'));
    expect(call).toHaveBeenCalledWith('restriction.warn', {
      items: [{ accountId: 7, service: 'Водоотведение' }],
      restrictionPossible: true,
      deliveryMethod: 'signature',
    });
  });
});
