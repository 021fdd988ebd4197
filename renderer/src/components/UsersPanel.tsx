/**
 * @file Users (administrator: permission users.manage): who works at the office, in which role, the operators' daily
 * quota of calls (the call queue is split among the active operators by these quotas), and their passwords. A new
 * user gets a temporary password with the card; «задать пароль» gives anyone a new one (a forgotten password). Either
 * way the user changes it at the next sign-in. The core refuses to remove or demote the last active administrator.
 */
import { useState } from 'react';
import type { UserView } from '../../../shared/api/contract-work';
import { ROLES, ROLE_LABELS } from '../../../shared/auth/roles';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { FormMessage, type FormMessageValue } from './FormMessage';
import { MIN_PASSWORD, NewPasswordFields, newPasswordProblem } from './NewPasswordFields';
import { NumberField } from './fields/NumberField';

type Draft = Omit<UserView, 'id' | 'hasPassword'> & { id: number | null };

const EMPTY: Draft = { id: null, login: '', fullName: '', role: 'operator', dailyQuota: 150, active: true };
const PASSWORD_SET = 'Пароль задан; при входе пользователь сменит его.';

export function UsersPanel() {
  const [users, reload] = useApi('users.list', {});
  const session = useSession();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [passwordFor, setPasswordFor] = useState<UserView | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const list = users.state === 'ready' ? users.value : [];

  const save = async (): Promise<void> => {
    if (!draft) return;
    if (draft.id === null && newPassword.length < MIN_PASSWORD) {
      return setMessage({ kind: 'error', text: `Временный пароль — не короче ${MIN_PASSWORD} знаков.` });
    }
    const r = await api.call('users.save', { user: draft });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    let text = `Сохранено: ${r.value.fullName}.`;
    if (draft.id === null) {
      const p = await api.call('users.resetPassword', { userId: r.value.id, newPassword });
      text = p.ok
        ? `Пользователь ${r.value.login} добавлен. ${PASSWORD_SET}`
        : `Пользователь добавлен, но пароль не задан: ${p.error.message}`;
    }
    setDraft(null);
    setNewPassword('');
    setMessage({ kind: 'ok', text });
    reload();
  };

  return (
    <section aria-labelledby="users-title" data-testid="users-panel">
      <h2 id="users-title">Пользователи</h2>
      {users.state === 'error' && <p className="error-text">{users.error.message}</p>}
      <table className="grid" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">ФИО</th>
            <th scope="col">Логин</th>
            <th scope="col">Роль</th>
            <th scope="col">Норма звонков в день</th>
            <th scope="col">Работает</th>
            <th scope="col">
              <span className="visually-hidden">Действия</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.login}`}>
              <td>
                {u.fullName}
                {u.id === session.user.id && <span className="muted small"> (вы)</span>}
              </td>
              <td>{u.login}</td>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>{u.role === 'operator' ? u.dailyQuota : '—'}</td>
              <td>{u.active ? 'да' : 'нет'}</td>
              <td className="nowrap">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setPasswordFor(null);
                    setMessage(null);
                    setDraft({
                      id: u.id,
                      login: u.login,
                      fullName: u.fullName,
                      role: u.role,
                      dailyQuota: u.dailyQuota,
                      active: u.active,
                    });
                  }}
                >
                  изменить
                </button>{' '}
                ·{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setDraft(null);
                    setMessage(null);
                    setPasswordFor(u);
                  }}
                >
                  задать пароль
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!draft && !passwordFor && (
        <p>
          <button
            type="button"
            onClick={() => {
              setMessage(null);
              setDraft({ ...EMPTY });
            }}
          >
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
              name="fullName"
              value={draft.fullName}
              onChange={(e) => setDraft({ ...draft, fullName: e.target.value })}
              size={30}
              required
            />
          </label>
          <label>
            Логин{' '}
            <input
              name="login"
              value={draft.login}
              onChange={(e) => setDraft({ ...draft, login: e.target.value })}
              size={12}
              required
            />
          </label>
          <label>
            Роль
            <select
              name="role"
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as UserView['role'] })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          <NumberField
            label="Норма в день"
            name="Норма в день"
            min={0}
            max={1000}
            required
            value={draft.dailyQuota}
            onChange={(v) => setDraft({ ...draft, dailyQuota: v ?? 0 })}
          />
          {draft.id === null && (
            <label>
              Временный пароль
              <input
                name="newPassword"
                type="password"
                autoComplete="new-password"
                value={newPassword}
                onChange={(e) => setNewPassword(e.target.value)}
                required
              />
            </label>
          )}
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
      {passwordFor && (
        <SetPasswordForm
          user={passwordFor}
          onDone={(m) => {
            setMessage(m);
            if (m.kind === 'ok') setPasswordFor(null);
          }}
          onCancel={() => setPasswordFor(null)}
        />
      )}
      <p data-testid="users-message">
        <FormMessage message={message} />
      </p>
    </section>
  );
}

function SetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: UserView;
  onDone: (m: FormMessageValue) => void;
  onCancel: () => void;
}) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const submit = async (): Promise<void> => {
    const problem = newPasswordProblem(password, repeat);
    if (problem) return onDone({ kind: 'error', text: problem });
    const r = await api.call('users.resetPassword', { userId: user.id, newPassword: password });
    onDone(r.ok ? { kind: 'ok', text: `${user.fullName}: ${PASSWORD_SET}` } : { kind: 'error', text: r.error.message });
  };
  return (
    <form
      className="form work-toolbar"
      aria-label={`Пароль для ${user.login}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <span>
        Новый пароль для <strong>{user.fullName}</strong> ({user.login})
      </span>
      <NewPasswordFields
        label="Пароль"
        repeatLabel="Повтор"
        name="resetPassword"
        value={password}
        repeat={repeat}
        onChange={setPassword}
        onRepeatChange={setRepeat}
        autoFocus
      />
      <button type="submit">Задать пароль</button>
      <button type="button" className="secondary" onClick={onCancel}>
        Отмена
      </button>
    </form>
  );
}
