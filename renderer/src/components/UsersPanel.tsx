/**
 * @file Users and roles (administrator): who works at the office, in which role, and the operators' daily quota of
 * calls. The call queue is split among the active operators by these quotas.
 */
import { useState } from 'react';
import type { UserView } from '../../../shared/api/contract-work';
import { api } from '../api/client';

const ROLES: Array<[UserView['role'], string]> = [
  ['operator', 'оператор'],
  ['claims_clerk', 'специалист по претензиям'],
  ['lawyer', 'юрист'],
  ['head', 'начальник отдела'],
  ['admin', 'администратор'],
];

type Draft = Omit<UserView, 'id'> & { id: number | null };

const EMPTY: Draft = { id: null, login: '', fullName: '', role: 'operator', dailyQuota: 150, active: true };

export function UsersPanel({
  users,
  actingUserId,
  isAdmin,
  onSaved,
}: {
  users: UserView[];
  actingUserId: number | null;
  isAdmin: boolean;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!draft || actingUserId === null) return;
    const r = await api.call('users.save', { actingUserId, user: draft });
    if (r.ok) {
      setDraft(null);
      setError(null);
      onSaved();
    } else setError(r.error.message);
  };
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Пользователи и роли</h2>
      <table className="grid" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">ФИО</th>
            <th scope="col">Логин</th>
            <th scope="col">Роль</th>
            <th scope="col">Норма звонков в день</th>
            <th scope="col">Работает</th>
            {isAdmin && <th scope="col" />}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.fullName}</td>
              <td>{u.login}</td>
              <td>{ROLES.find(([k]) => k === u.role)?.[1]}</td>
              <td>{u.role === 'operator' ? u.dailyQuota : '—'}</td>
              <td>{u.active ? 'да' : 'нет'}</td>
              {isAdmin && (
                <td>
                  <button type="button" className="link-button" onClick={() => setDraft({ ...u })}>
                    изменить
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && !draft && (
        <p>
          <button type="button" onClick={() => setDraft({ ...EMPTY })}>
            Добавить пользователя
          </button>
        </p>
      )}
      {draft && (
        <form
          className="form work-toolbar"
          aria-label="Пользователь"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            ФИО{' '}
            <input
              value={draft.fullName}
              onChange={(e) => setDraft({ ...draft, fullName: e.target.value })}
              size={30}
              required
            />
          </label>
          <label>
            Логин{' '}
            <input
              value={draft.login}
              onChange={(e) => setDraft({ ...draft, login: e.target.value })}
              size={12}
              required
            />
          </label>
          <label>
            Роль
            <select
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as UserView['role'] })}
            >
              {ROLES.map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            Норма в день
            <input
              type="number"
              min={0}
              value={draft.dailyQuota}
              onChange={(e) => setDraft({ ...draft, dailyQuota: Number(e.target.value) })}
            />
          </label>
          <label>
            <span>
              <input
                type="checkbox"
                checked={draft.active}
                onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
              />{' '}
              работает
            </span>
          </label>
          <button type="submit">Сохранить</button>
          <button type="button" className="secondary" onClick={() => setDraft(null)}>
            Отмена
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
