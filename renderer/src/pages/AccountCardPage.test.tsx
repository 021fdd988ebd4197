// @vitest-environment jsdom
/**
 * The account card against a stubbed core: header and debt, a person without СНИЛС flagged twice (chip and an
 * orange «—» in the cell), the ledger newest first with months that open to their services.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { AccountCard } from '../../../shared/registry/registry-types';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { AccountCardPage } from './AccountCardPage';
import { asUser } from '../session/test-session';

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const CARD: AccountCard = {
  accountId: 7,
  number: '5000000007',
  tenure: 'owner',
  status: 'open',
  pausedUntilDate: null,
  pauseReason: null,
  address: 'г. Красногорск, ул. Ленина, д. 5, кв. 12',
  buildingId: 3,
  entrance: 2,
  apartment: '12',
  area: '54.3',
  ownershipForm: 'private',
  company: { id: 1, name: 'ООО «УК Опалиха»', inn: '5024000002', phone: null },
  persons: [
    {
      personId: 1,
      fullName: 'Петрова Анна Сергеевна',
      role: 'owner',
      share: { num: 1, den: 2 },
      birthDate: '1970-04-01',
      birthPlace: 'г. Красногорск',
      snils: null,
      inn: '502400000000',
      passport: '4600 123456',
      phone: '+7 900 000-00-00',
      smsConsent: true,
      missing: ['СНИЛС'],
    },
    {
      personId: 2,
      fullName: 'Петров Олег Иванович',
      role: 'family',
      share: null,
      birthDate: '1968-01-02',
      birthPlace: 'г. Москва',
      snils: '123-456-789 01',
      inn: '502400000001',
      passport: '4600 654321',
      phone: null,
      smsConsent: null,
      missing: [],
    },
  ],
  debtors: [
    {
      personId: 1,
      fullName: 'Петрова Анна Сергеевна',
      role: 'owner',
      shareText: '1/2',
      shareAssumed: false,
      jointly: [],
      overdueKopecks: 250_000,
    },
    {
      personId: 2,
      fullName: 'Петров Олег Иванович',
      role: 'owner',
      shareText: '1/2',
      shareAssumed: false,
      jointly: [],
      overdueKopecks: 250_000,
    },
  ],
  ledger: [
    {
      period: '2026-01',
      chargedKopecks: 500_000,
      paidKopecks: 0,
      openKopecks: 500_000,
      dueDate: '2026-02-10',
      limitationExpiresOn: '2029-02-12',
      status: 'overdue',
      services: [],
    },
    {
      period: '2026-02',
      chargedKopecks: 520_000,
      paidKopecks: 100_000,
      openKopecks: 420_000,
      dueDate: '2026-03-15',
      limitationExpiresOn: '2029-03-15',
      status: 'not_yet_due',
      services: [
        {
          service: 'Отопление',
          creditor: 'management_company',
          chargedKopecks: 320_000,
          paidKopecks: 61_538,
          openKopecks: 258_462,
        },
        {
          service: 'Холодное водоснабжение',
          creditor: 'management_company',
          chargedKopecks: 200_000,
          paidKopecks: 38_462,
          openKopecks: 161_538,
        },
      ],
    },
  ],
  payments: [
    { id: 1, date: '2026-02-05', amountKopecks: 100_000, period: '2026-01', source: 'Сбербанк', documentNumber: null },
  ],
  totals: {
    asOfDate: '2026-03-10',
    chargedKopecks: 1_020_000,
    paidKopecks: 100_000,
    debtKopecks: 500_000,
    notYetDueKopecks: 420_000,
    timeBarredKopecks: 0,
    balanceKopecks: 920_000,
    advanceKopecks: 0,
    monthsInArrears: 1,
    debtSincePeriod: '2026-01',
    lastPaymentDate: '2026-02-05',
    bracket: 'from_5k',
  },
  timeline: [],
};

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('AccountCardPage', () => {
  it('shows the card and flags the missing СНИЛС', async () => {
    // The card; the next-step panel beside it gets no answer here (its own tests are in test/rules).
    call.mockImplementation((method: string) =>
      Promise.resolve(
        method === 'account.card'
          ? { ok: true, value: CARD }
          : { ok: false, error: { code: 'NOT_FOUND', message: '—' } },
      ),
    );
    render(asUser(<AccountCardPage accountId={7} />));
    expect((await screen.findByTestId('card-number')).textContent).toBe('5000000007');
    expect(call).toHaveBeenCalledWith('account.card', { accountId: 7 });
    // Overdue and not-yet-due apart: the February bill, due 15.03.2026, is not debt on 10.03.2026.
    expect(plain(screen.getByTestId('card-debt').textContent)).toBe('5 000,00 ₽');
    expect(plain(screen.getByTestId('card-not-yet-due').textContent)).toBe('4 200,00 ₽');
    expect(plain(screen.getByTestId('card-time-barred').textContent)).toBe('0,00 ₽');
    const debtors = screen.getByTestId('card-debtors');
    expect(plain(debtors.textContent)).toContain('Петрова Анна Сергеевна · собственник1/22 500,00 ₽');

    const flags = screen.getAllByTestId('card-missing-flag');
    expect(flags.map((f) => f.textContent)).toEqual(['нет СНИЛС']);
    const persons = screen.getByTestId('card-persons');
    const annaRow = within(persons).getByText('Петрова Анна Сергеевна').closest('tr') as HTMLElement;
    expect(within(annaRow).getByTitle(/Нет данных: СНИЛС/).textContent).toBe('—');
    expect(annaRow.textContent).toContain('собственник');
    expect(annaRow.textContent).toContain('1/2');
    // Oleg lacks only a phone, which a court does not need: a plain «—», no flag.
    const olegRow = within(persons).getByText('Петров Олег Иванович').closest('tr') as HTMLElement;
    expect(within(olegRow).queryByTitle(/Нет данных/)).toBeNull();
    expect(screen.getByText('Действий по счёту ещё не было.')).toBeTruthy();
  });

  it('lists months newest first and opens one to its services', async () => {
    // The card; the next-step panel beside it gets no answer here (its own tests are in test/rules).
    call.mockImplementation((method: string) =>
      Promise.resolve(
        method === 'account.card'
          ? { ok: true, value: CARD }
          : { ok: false, error: { code: 'NOT_FOUND', message: '—' } },
      ),
    );
    render(asUser(<AccountCardPage accountId={7} />));
    const ledger = await screen.findByTestId('card-ledger');
    const buttons = within(ledger).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/[▸▾]\s*/, ''))).toEqual(['февраль 2026', 'январь 2026']);
    const february = buttons[0] as HTMLElement;
    expect(february.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(february);
    expect(february.getAttribute('aria-expanded')).toBe('true');
    expect(within(ledger).getByText('Отопление')).toBeTruthy();
  });

  it('shows the core’s message when the account does not exist', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'NOT_FOUND', message: 'Лицевой счёт не найден.' } });
    render(asUser(<AccountCardPage accountId={99} />));
    expect((await screen.findByRole('alert')).textContent).toBe('Лицевой счёт не найден.');
  });
});
