// @vitest-environment jsdom
/**
 * «Правила»: the notice threshold (measure 6, «включить квартиру в объявление в подъезде») typed by the administrator
 * is read as rubles with the shared parser; «пять тысяч», «-1» or «12,345» keep the text, say why beside the field and
 * save nothing — never a silent 5 000 or 0; a good sum is saved in kopecks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_RULE_BOOK } from '../../../shared/rules/eligibility/default-rule-book';
import type { RulesView } from '../../../shared/api/contract-work';
import { SessionContext, sessionOf } from '../session/session-context';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { RulesPage } from './RulesPage';

const VIEW: RulesView = { book: DEFAULT_RULE_BOOK, versions: [], facts: [] };

afterEach(() => {
  cleanup();
  call.mockReset();
});

async function open() {
  call.mockImplementation(async (method: string, input: { book: typeof DEFAULT_RULE_BOOK }) =>
    method === 'rules.save'
      ? { ok: true, value: { ...VIEW, book: { ...DEFAULT_RULE_BOOK, ...input.book, version: '2026-12-07/1' } } }
      : { ok: true, value: VIEW },
  );
  const admin = sessionOf({
    id: 1,
    login: 'admin',
    fullName: 'Администратор',
    role: 'admin',
    roleLabel: 'администратор',
    permissions: ['rules.manage' as never],
    mustChangePassword: false,
  });
  render(
    <SessionContext.Provider value={{ ...admin, canCall: () => true }}>
      <RulesPage />
    </SessionContext.Provider>,
  );
  return (await screen.findByTestId('rule-6-debtKopecks')) as HTMLInputElement;
}

function save() {
  fireEvent.change(screen.getByTestId('rules-note'), { target: { value: 'порог объявлений' } });
  fireEvent.submit(screen.getByTestId('rules-save').closest('form')!);
}

const saved = () => call.mock.calls.filter(([m]) => m === 'rules.save');

describe('RulesPage: the notice threshold', () => {
  it('shows the threshold in rubles', async () => {
    const threshold = await open();
    expect(threshold.value).toBe('10\u00a0000');
  });

  it.each([
    ['пять тысяч', 'Порог «долг»: не сумма в рублях — например, 5 000.'],
    ['-1', 'Порог «долг» не может быть меньше 0.'],
    ['12,345', 'Порог «долг»: копейки — не больше двух цифр после запятой.'],
    ['', 'Порог «долг»: укажите сумму.'],
  ])('«%s» is refused beside the field and nothing is saved', async (typed, reason) => {
    const threshold = await open();
    fireEvent.change(threshold, { target: { value: typed } });
    save();
    expect(saved()).toEqual([]);
    expect(threshold.value).toBe(typed);
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(reason);
  });

  it('«5 000» is saved as 500 000 kopecks', async () => {
    const threshold = await open();
    fireEvent.change(threshold, { target: { value: '5 000' } });
    save();
    await waitFor(() => expect(saved()).toHaveLength(1));
    const book = (saved()[0]?.[1] as { book: typeof DEFAULT_RULE_BOOK }).book;
    expect(book.measures.find((m) => m.measure === 6)?.conditions.find((c) => c.fact === 'debtKopecks')?.value).toBe(
      500_000,
    );
    // Exactly that one number changed: the rest of the book goes back as it came, with the clerk's note; the
    // version and its date are the core's to give.
    const expected = structuredClone(DEFAULT_RULE_BOOK) as Partial<typeof DEFAULT_RULE_BOOK>;
    delete expected.version;
    delete expected.validFrom;
    const six = expected.measures?.find((m) => m.measure === 6)?.conditions.find((c) => c.fact === 'debtKopecks');
    expect(six?.value).toBe(1_000_000); // 10 000 ₽ before the change
    if (six) six.value = 500_000;
    expect(saved()[0]?.[1]).toEqual({ book: expected, note: 'порог объявлений' });
    expect(await screen.findByText('Сохранены правила от 7 декабря 2026 г., редакция 1.')).toBeTruthy();
  });

  it('shows the core’s refusal in its words and keeps the typed threshold', async () => {
    const threshold = await open();
    call.mockImplementation(async (method: string) =>
      method === 'rules.save'
        ? { ok: false, error: { code: 'PERMISSION_DENIED', message: 'Правила меняет администратор.' } }
        : { ok: true, value: VIEW },
    );
    fireEvent.change(threshold, { target: { value: '7 500' } });
    save();
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Правила меняет администратор.');
    expect(threshold.value).toBe('7 500');
  });
});
