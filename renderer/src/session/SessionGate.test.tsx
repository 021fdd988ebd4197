// @vitest-environment jsdom
/**
 * The session gate against a stubbed core: the first start asks for the administrator; «Вход» shows the core's
 * refusal (the lockout message) under the form; the page appears only for a signed-in user; an API answer «session
 * expired» locks the screen with the same login filled in, and signing in again as the same user finds the half-
 * filled form as it was; the idle timer locks after the security settings' minutes and ends the session.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { SessionUser } from '../../../shared/api/contract-auth';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { SessionGate } from './SessionGate';
import { useSession } from './session-context';
import { noticeAuthRefusal } from '../api/auth-refusals';

const IVANOVA: SessionUser = {
  id: 3,
  login: 'ivanova',
  fullName: 'Иванова Мария Петровна',
  role: 'operator',
  roleLabel: 'оператор',
  permissions: ['calls.own'],
  mustChangePassword: false,
};

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function stub(answers: Record<string, (input: Record<string, unknown>) => Answer>) {
  call.mockImplementation((method: string, input: Record<string, unknown>) =>
    Promise.resolve(answers[method]?.(input) ?? { ok: false, error: { code: 'NOT_FOUND', message: '—' } }),
  );
}

function Page() {
  const session = useSession();
  const [draft, setDraft] = useState('');
  return (
    <div>
      <p data-testid="who">
        {session.user.fullName} — {session.user.roleLabel}
      </p>
      <input aria-label="Заметка" value={draft} onChange={(e) => setDraft(e.target.value)} />
    </div>
  );
}

afterEach(() => {
  cleanup();
  call.mockReset();
  vi.useRealTimers();
});

describe('SessionGate', () => {
  it('on the first start creates the administrator, checking the repeat before asking the core', async () => {
    const admin = {
      ...IVANOVA,
      id: 1,
      login: 'admin',
      fullName: 'Петров Пётр',
      role: 'admin',
      roleLabel: 'администратор',
    };
    stub({
      'auth.status': () => ({ ok: true, value: { needsSetup: true, user: null, idleMinutes: 15 } }),
      'auth.setupAdmin': () => ({ ok: true, value: admin }),
    });
    render(
      <SessionGate>
        <Page />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Создание администратора' });
    fireEvent.change(screen.getByLabelText('ФИО'), { target: { value: 'Петров Пётр' } });
    fireEvent.change(screen.getByLabelText('Логин'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Пароль (не короче 8 знаков)'), { target: { value: 'секрет-2026' } });
    fireEvent.change(screen.getByLabelText('Повтор пароля'), { target: { value: 'секрет-2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Создать и войти' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Пароль и повтор не совпадают.');
    expect(call).not.toHaveBeenCalledWith('auth.setupAdmin', expect.anything());

    fireEvent.change(screen.getByLabelText('Повтор пароля'), { target: { value: 'секрет-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Создать и войти' }));
    expect((await screen.findByTestId('who')).textContent).toBe('Петров Пётр — администратор');
    expect(call).toHaveBeenCalledWith('auth.setupAdmin', {
      fullName: 'Петров Пётр',
      login: 'admin',
      password: 'секрет-2026',
    });
  });

  it('shows the core’s refusal under «Вход», and the page only after signing in', async () => {
    let attempts = 0;
    stub({
      'auth.status': () => ({ ok: true, value: { needsSetup: false, user: null, idleMinutes: 15 } }),
      'auth.signIn': (input) =>
        input.password === 'demo2026'
          ? { ok: true, value: IVANOVA }
          : ++attempts < 2
            ? { ok: false, error: { code: 'AUTH.BAD_CREDENTIALS', message: 'Неверный логин или пароль.' } }
            : {
                ok: false,
                error: { code: 'AUTH.LOCKED', message: 'Вход заблокирован до 12:45 после 5 неудачных попыток.' },
              },
    });
    render(
      <SessionGate>
        <Page />
      </SessionGate>,
    );
    await screen.findByRole('heading', { name: 'Вход' });
    expect(screen.queryByTestId('who')).toBeNull();
    fireEvent.change(screen.getByLabelText('Логин'), { target: { value: 'ivanova' } });
    fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: 'не тот' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Вход' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Неверный логин или пароль.');
    fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: 'опять не тот' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Вход' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Вход заблокирован до 12:45 после 5 неудачных попыток.'),
    );
    fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: 'demo2026' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Вход' }));
    expect((await screen.findByTestId('who')).textContent).toBe('Иванова Мария Петровна — оператор');
  });

  it('locks on «session expired» with the login filled in; the same user gets the half-filled form back', async () => {
    stub({
      'auth.status': () => ({ ok: true, value: { needsSetup: false, user: IVANOVA, idleMinutes: 15 } }),
      'auth.signIn': () => ({ ok: true, value: IVANOVA }),
    });
    render(
      <SessionGate>
        <Page />
      </SessionGate>,
    );
    fireEvent.change(await screen.findByLabelText('Заметка'), { target: { value: 'перезвонить в 15:00' } });
    act(() => noticeAuthRefusal('calls.myQueue', 'AUTH.SESSION_EXPIRED'));
    await screen.findByRole('heading', { name: 'Сеанс заблокирован' });
    expect((screen.getByLabelText('Логин') as HTMLInputElement).value).toBe('ivanova');
    expect(screen.getByTestId('who').closest('[hidden]')).not.toBeNull();
    fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: 'demo2026' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Вход' }));
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: 'Сеанс заблокирован' })).toBeNull());
    expect((screen.getByLabelText('Заметка') as HTMLInputElement).value).toBe('перезвонить в 15:00');
    expect(screen.getByTestId('who').closest('[hidden]')).toBeNull();
  });

  it('locks after the idle minutes without keyboard or mouse and ends the session in the core', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    stub({
      'auth.status': () => ({ ok: true, value: { needsSetup: false, user: IVANOVA, idleMinutes: 2 } }),
      'auth.signOut': () => ({ ok: true, value: { signedOut: true } }),
    });
    render(
      <SessionGate>
        <Page />
      </SessionGate>,
    );
    await screen.findByTestId('who');
    await act(() => vi.advanceTimersByTimeAsync(90_000));
    fireEvent.keyDown(window, { key: 'a' });
    await act(() => vi.advanceTimersByTimeAsync(90_000));
    // 90 s after the last key press: not yet.
    expect(screen.queryByRole('heading', { name: 'Сеанс заблокирован' })).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(35_000));
    expect(screen.getByRole('heading', { name: 'Сеанс заблокирован' })).toBeTruthy();
    expect(screen.getByTestId('auth-locked').textContent).toContain('после 2 мин. без действий');
    expect(call).toHaveBeenCalledWith('auth.signOut', {});
  });
});
