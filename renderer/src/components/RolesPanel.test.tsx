// @vitest-environment jsdom
/**
 * «Роли и права»: the matrix shows each role's permissions, a role's column is saved on its own with exactly its
 * ticks, the administrator's «пользователи и пароли» / «права ролей» cannot be unticked, the arrow keys move between
 * the boxes, and a user the core refuses (403) does not see the panel at all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RolesView } from '../../../shared/api/contract-auth';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', () => ({ api: { call, hostLabel: 'тест' } }));

import { RolesPanel } from './RolesPanel';

const VIEW: RolesView = {
  roles: [
    { role: 'operator', label: 'оператор', permissions: ['calls.own'], users: 3 },
    { role: 'claims_clerk', label: 'специалист по претензиям', permissions: ['registry.view', 'sms.work'], users: 1 },
    { role: 'lawyer', label: 'юрист', permissions: ['registry.view'], users: 1 },
    { role: 'head', label: 'начальник отдела', permissions: ['registry.view', 'calls.own', 'reports.view'], users: 1 },
    { role: 'admin', label: 'администратор', permissions: ['registry.view', 'users.manage', 'roles.manage'], users: 1 },
  ],
  permissions: [
    { code: 'registry.view', group: 'Работа', label: 'просмотр реестра и карточек лицевых счетов' },
    { code: 'calls.own', group: 'Работа', label: 'своя очередь обзвона и запись звонков' },
    { code: 'sms.work', group: 'Работа', label: 'СМС-рассылки' },
    { code: 'reports.view', group: 'Руководство', label: 'отчёты и журнал действий' },
    { code: 'users.manage', group: 'Администрирование', label: 'пользователи и пароли' },
    { code: 'roles.manage', group: 'Администрирование', label: 'права ролей' },
  ],
};

afterEach(() => {
  cleanup();
  call.mockReset();
});

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('RolesPanel', () => {
  it("shows the matrix by group with each role's ticks and its users", async () => {
    call.mockResolvedValueOnce({ ok: true, value: VIEW });
    render(<RolesPanel />);
    await screen.findByRole('table', { name: 'Права ролей' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Право',
      'операторпольз.: 3',
      'специалист по претензиямпольз.: 1',
      'юристпольз.: 1',
      'начальник отделапольз.: 1',
      'администраторпольз.: 1',
      'Работа',
      'Руководство',
      'Администрирование',
    ]);
    expect(box('оператор: своя очередь обзвона и запись звонков').checked).toBe(true);
    expect(box('оператор: СМС-рассылки').checked).toBe(false);
    expect(box('администратор: пользователи и пароли')).toMatchObject({ checked: true, disabled: true });
    expect(box('администратор: права ролей')).toMatchObject({ checked: true, disabled: true });
    expect(box('администратор: СМС-рассылки').disabled).toBe(false);
  });

  it('saves one role with exactly its ticks and says so; other columns keep their unsaved ticks', async () => {
    call.mockResolvedValueOnce({ ok: true, value: VIEW });
    render(<RolesPanel />);
    await screen.findByRole('table', { name: 'Права ролей' });
    fireEvent.click(box('оператор: просмотр реестра и карточек лицевых счетов'));
    fireEvent.click(box('юрист: отчёты и журнал действий'));
    const saved: RolesView = {
      ...VIEW,
      roles: VIEW.roles.map((r) => (r.role === 'operator' ? { ...r, permissions: ['registry.view', 'calls.own'] } : r)),
    };
    call.mockResolvedValueOnce({ ok: true, value: saved });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить права роли «оператор»' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Права роли «оператор» сохранены.');
    expect(call).toHaveBeenLastCalledWith('roles.save', {
      role: 'operator',
      permissions: ['calls.own', 'registry.view'],
    });
    expect(box('оператор: просмотр реестра и карточек лицевых счетов').checked).toBe(true);
    expect(box('юрист: отчёты и журнал действий').checked).toBe(true);
  });

  it("shows the core's refusal as an alert", async () => {
    call.mockResolvedValueOnce({ ok: true, value: VIEW });
    render(<RolesPanel />);
    await screen.findByRole('table', { name: 'Права ролей' });
    call.mockResolvedValueOnce({
      ok: false,
      error: { code: 'CONFLICT', message: 'У роли «администратор» нельзя снять право «права ролей».' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить права роли «администратор»' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'У роли «администратор» нельзя снять право «права ролей».',
    );
  });

  it('arrow keys move between the boxes', async () => {
    call.mockResolvedValueOnce({ ok: true, value: VIEW });
    render(<RolesPanel />);
    await screen.findByRole('table', { name: 'Права ролей' });
    const start = box('юрист: своя очередь обзвона и запись звонков');
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(box('юрист: СМС-рассылки'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(box('начальник отдела: СМС-рассылки'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(start);
  });

  it('is not shown to a user the core refuses', async () => {
    call.mockResolvedValueOnce({
      ok: false,
      error: { code: 'AUTH.PERMISSION_DENIED', message: 'Недостаточно прав: права ролей.' },
    });
    const { container } = render(<RolesPanel />);
    await waitFor(() => expect(call).toHaveBeenCalledWith('roles.get', {}));
    await new Promise((r) => setTimeout(r, 0));
    expect(container.textContent).toBe('');
  });
});
