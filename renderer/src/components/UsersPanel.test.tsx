// @vitest-environment jsdom
/**
 * «Пользователи» (administrator): the list as the clerk reads it (role in Russian, the operators' quota, who is
 * blocked, «(вы)»), a new user saved with exactly the typed fields and then given the temporary password, a short
 * temporary password refused before anything is sent, the core's refusal shown in its own Russian words, a user
 * blocked and moved to another role, and a password reset that is sent only when typed twice alike.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { UserView } from '../../../shared/api/contract-work';
import { asUser } from '../session/test-session';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { UsersPanel } from './UsersPanel';

const USERS: UserView[] = [
  {
    id: 1,
    login: 'test',
    fullName: 'Проверяющий Тест Тестович',
    role: 'admin',
    dailyQuota: 150,
    active: true,
    hasPassword: true,
  },
  {
    id: 2,
    login: 'ivanova',
    fullName: 'Иванова Ольга Петровна',
    role: 'operator',
    dailyQuota: 120,
    active: true,
    hasPassword: true,
  },
  {
    id: 3,
    login: 'sidorov',
    fullName: 'Сидоров Пётр Ильич',
    role: 'lawyer',
    dailyQuota: 150,
    active: false,
    hasPassword: true,
  },
];

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** The core as the panel sees it: the list, and whatever the test answers to users.save / users.resetPassword. */
function core(answers: Partial<Record<'users.save' | 'users.resetPassword', (input: unknown) => Reply>> = {}) {
  call.mockImplementation(async (method: string, input: unknown) => {
    if (method === 'users.list') return { ok: true, value: USERS };
    const answer = answers[method as keyof typeof answers];
    if (answer) return answer(input);
    throw new Error(`unexpected call ${method}`);
  });
}

const calls = (method: string) => call.mock.calls.filter(([m]) => m === method).map(([, input]) => input);
const cells = (login: string) =>
  within(screen.getByTestId(`user-row-${login}`))
    .getAllByRole('cell')
    .map((c) => c.textContent);

async function openPanel() {
  render(asUser(<UsersPanel />, 'admin'));
  await screen.findByTestId('user-row-ivanova');
}

afterEach(() => {
  cleanup();
  call.mockReset();
});

describe('UsersPanel', () => {
  it('lists each user with the role in Russian, the quota for operators only, who works and «(вы)»', async () => {
    core();
    await openPanel();
    expect(cells('test').slice(0, 5)).toEqual(['Проверяющий Тест Тестович (вы)', 'test', 'администратор', '—', 'да']);
    expect(cells('ivanova').slice(0, 5)).toEqual(['Иванова Ольга Петровна', 'ivanova', 'оператор', '120', 'да']);
    expect(cells('sidorov').slice(0, 5)).toEqual(['Сидоров Пётр Ильич', 'sidorov', 'юрист', '—', 'нет']);
  });

  it('adds a user with exactly the typed fields, then sets the temporary password, and reloads the list', async () => {
    core({
      'users.save': () => ({
        ok: true,
        value: {
          id: 7,
          login: 'petrova',
          fullName: 'Петрова Анна Сергеевна',
          role: 'operator',
          dailyQuota: 200,
          active: true,
          hasPassword: false,
        },
      }),
      'users.resetPassword': () => ({ ok: true, value: null }),
    });
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Добавить пользователя' }));
    const form = screen.getByRole('form', { name: 'Пользователь' });
    fireEvent.change(within(form).getByLabelText('ФИО'), { target: { value: 'Петрова Анна Сергеевна' } });
    fireEvent.change(within(form).getByLabelText('Логин'), { target: { value: 'petrova' } });
    const quota = within(form).getByLabelText('Норма в день');
    fireEvent.change(quota, { target: { value: '200' } });
    fireEvent.blur(quota);
    fireEvent.change(within(form).getByLabelText('Временный пароль'), { target: { value: 'врем-2026' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Пользователь petrova добавлен. Пароль задан; при входе пользователь сменит его.',
    );
    expect(calls('users.save')).toEqual([
      {
        user: {
          id: null,
          login: 'petrova',
          fullName: 'Петрова Анна Сергеевна',
          role: 'operator',
          dailyQuota: 200,
          active: true,
        },
      },
    ]);
    // The password goes to the id the core gave the new user.
    expect(calls('users.resetPassword')).toEqual([{ userId: 7, newPassword: 'врем-2026' }]);
    await waitFor(() => expect(calls('users.list')).toHaveLength(2));
    expect(screen.queryByRole('form', { name: 'Пользователь' })).toBeNull();
  });

  it('refuses a temporary password shorter than 8 characters without sending anything', async () => {
    core();
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Добавить пользователя' }));
    const form = screen.getByRole('form', { name: 'Пользователь' });
    fireEvent.change(within(form).getByLabelText('ФИО'), { target: { value: 'Петрова Анна Сергеевна' } });
    fireEvent.change(within(form).getByLabelText('Логин'), { target: { value: 'petrova' } });
    fireEvent.change(within(form).getByLabelText('Временный пароль'), { target: { value: '1234567' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Временный пароль — не короче 8 знаков.');
    expect(calls('users.save')).toEqual([]);
    expect(calls('users.resetPassword')).toEqual([]);
  });

  it('shows the core’s refusal in its words and keeps the form as typed', async () => {
    core({
      'users.save': () => ({ ok: false, error: { code: 'CONFLICT', message: 'Логин «ivanova» уже занят.' } }),
    });
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Добавить пользователя' }));
    const form = screen.getByRole('form', { name: 'Пользователь' });
    fireEvent.change(within(form).getByLabelText('ФИО'), { target: { value: 'Иванова Мария' } });
    fireEvent.change(within(form).getByLabelText('Логин'), { target: { value: 'ivanova' } });
    fireEvent.change(within(form).getByLabelText('Временный пароль'), { target: { value: 'пароль-2026' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Логин «ivanova» уже занят.');
    expect(calls('users.resetPassword')).toEqual([]);
    expect((within(form).getByLabelText('Логин') as HTMLInputElement).value).toBe('ivanova');
    expect(calls('users.list')).toHaveLength(1);
  });

  it('blocks a user and moves her to another role, sending her id and every field', async () => {
    core({
      'users.save': (input) => ({ ok: true, value: { ...(input as { user: UserView }).user, hasPassword: true } }),
    });
    await openPanel();
    fireEvent.click(within(screen.getByTestId('user-row-ivanova')).getByRole('button', { name: 'изменить' }));
    const form = screen.getByRole('form', { name: 'Пользователь' });
    // Editing a user asks for no temporary password.
    expect(within(form).queryByLabelText('Временный пароль')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Роль'), { target: { value: 'claims_clerk' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'работает' }));
    fireEvent.submit(form);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Сохранено: Иванова Ольга Петровна.');
    expect(calls('users.save')).toEqual([
      {
        user: {
          id: 2,
          login: 'ivanova',
          fullName: 'Иванова Ольга Петровна',
          role: 'claims_clerk',
          dailyQuota: 120,
          active: false,
        },
      },
    ]);
    expect(calls('users.resetPassword')).toEqual([]);
  });

  it('shows the refusal to demote the last administrator', async () => {
    const refusal = 'Нельзя снять роль администратора с последнего работающего администратора.';
    core({ 'users.save': () => ({ ok: false, error: { code: 'CONFLICT', message: refusal } }) });
    await openPanel();
    fireEvent.click(within(screen.getByTestId('user-row-test')).getByRole('button', { name: 'изменить' }));
    const form = screen.getByRole('form', { name: 'Пользователь' });
    fireEvent.change(within(form).getByLabelText('Роль'), { target: { value: 'head' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', refusal);
    expect(calls('users.save')).toEqual([
      {
        user: {
          id: 1,
          login: 'test',
          fullName: 'Проверяющий Тест Тестович',
          role: 'head',
          dailyQuota: 150,
          active: true,
        },
      },
    ]);
  });

  it('sets a new password only when typed twice alike, for that user', async () => {
    core({ 'users.resetPassword': () => ({ ok: true, value: null }) });
    await openPanel();
    fireEvent.click(within(screen.getByTestId('user-row-sidorov')).getByRole('button', { name: 'задать пароль' }));
    const form = screen.getByRole('form', { name: 'Пароль для sidorov' });
    fireEvent.change(within(form).getByLabelText('Пароль'), { target: { value: 'новый-пароль' } });
    fireEvent.change(within(form).getByLabelText('Повтор'), { target: { value: 'новый-парол' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Пароль и повтор не совпадают.');
    expect(calls('users.resetPassword')).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Повтор'), { target: { value: 'новый-пароль' } });
    fireEvent.submit(form);
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Сидоров Пётр Ильич: Пароль задан; при входе пользователь сменит его.',
    );
    expect(calls('users.resetPassword')).toEqual([{ userId: 3, newPassword: 'новый-пароль' }]);
    expect(screen.queryByRole('form', { name: 'Пароль для sidorov' })).toBeNull();
  });
});
