/**
 * @file The sign-in screens, the same in the Electron window and the browser host: «Создание администратора» on the
 * first start, «Вход», «Сеанс заблокирован» (sign-in again after idle time, the same login filled in) and «Смена
 * пароля». Each form submits with Enter and shows the core's Russian answer under its buttons (wrong password,
 * «Вход заблокирован до 12:45…»).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SessionUser } from '../../../shared/api/contract-auth';
import { api } from '../api/client';
import { FormMessage, type FormMessageValue } from '../components/FormMessage';
import { NewPasswordFields, newPasswordProblem } from '../components/NewPasswordFields';

export function AuthCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <div className="auth-screen" data-testid={testId}>
      <main className="auth-card" aria-labelledby="auth-title">
        <p className="auth-brand">АРМ «Долги ЖКУ»</p>
        <h1 id="auth-title" tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}

function useSubmit(): {
  busy: boolean;
  message: FormMessageValue | null;
  setMessage: (m: FormMessageValue | null) => void;
  run: (work: () => Promise<string | null>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const run = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const error = await work();
    setBusy(false);
    if (error) setMessage({ kind: 'error', text: error });
  };
  return { busy, message, setMessage, run };
}

export function SetupAdminForm({ onDone }: { onDone: (user: SessionUser) => void }) {
  const [fullName, setFullName] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, message, setMessage, run } = useSubmit();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const problem = newPasswordProblem(password, repeat);
    if (problem) return setMessage({ kind: 'error', text: problem });
    void run(async () => {
      const r = await api.call('auth.setupAdmin', { fullName, login, password });
      if (!r.ok) return r.error.message;
      onDone(r.value);
      return null;
    });
  };
  return (
    <>
      <p className="muted">
        Первый запуск: создайте учётную запись администратора. Он заведёт остальных сотрудников и выдаст им пароли.
      </p>
      <form className="form" aria-label="Создание администратора" onSubmit={submit}>
        <label>
          ФИО
          <input name="fullName" autoFocus value={fullName} onChange={(e) => setFullName(e.target.value)} required />
        </label>
        <label>
          Логин
          <input
            name="login"
            autoComplete="username"
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            required
          />
        </label>
        <NewPasswordFields
          label="Пароль (не короче 8 знаков)"
          repeatLabel="Повтор пароля"
          name="password"
          value={password}
          repeat={repeat}
          onChange={setPassword}
          onRepeatChange={setRepeat}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Создание…' : 'Создать и войти'}
          </button>
        </div>
        <div className="auth-message" data-testid="auth-message">
          <FormMessage message={message} />
        </div>
      </form>
    </>
  );
}

export function SignInForm({
  initialLogin = '',
  onDone,
  extraAction,
}: {
  initialLogin?: string;
  onDone: (user: SessionUser) => void;
  extraAction?: ReactNode;
}) {
  const [login, setLogin] = useState(initialLogin);
  const [password, setPassword] = useState('');
  const { busy, message, run } = useSubmit();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void run(async () => {
      const r = await api.call('auth.signIn', { login, password });
      if (!r.ok) {
        setPassword('');
        return r.error.message;
      }
      onDone(r.value);
      return null;
    });
  };
  return (
    <form className="form" aria-label="Вход" onSubmit={submit}>
      <label>
        Логин
        <input
          name="login"
          autoComplete="username"
          autoFocus={initialLogin === ''}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          required
        />
      </label>
      <label>
        Пароль
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          autoFocus={initialLogin !== ''}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Вход…' : 'Войти'}
        </button>
        {extraAction}
      </div>
      <div className="auth-message" data-testid="auth-message">
        <FormMessage message={message} />
      </div>
    </form>
  );
}

export function ChangePasswordForm({
  forced,
  onDone,
  onCancel,
}: {
  /** The administrator set a temporary password: no way round the form but «Выйти». */
  forced: boolean;
  onDone: (user: SessionUser) => void;
  onCancel: () => void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, message, setMessage, run } = useSubmit();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const problem = newPasswordProblem(next, repeat, 'Новый пароль');
    if (problem) return setMessage({ kind: 'error', text: problem });
    void run(async () => {
      const r = await api.call('auth.changePassword', { currentPassword: current, newPassword: next });
      if (!r.ok) return r.error.message;
      onDone(r.value);
      return null;
    });
  };
  return (
    <>
      {forced && (
        <p className="muted">
          Пароль задан администратором. Придумайте свой: не короче 8 знаков, известный только вам.
        </p>
      )}
      <form className="form" aria-label="Смена пароля" onSubmit={submit}>
        <label>
          {forced ? 'Пароль, выданный администратором' : 'Текущий пароль'}
          <input
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </label>
        <NewPasswordFields
          label="Новый пароль"
          repeatLabel="Повтор нового пароля"
          name="newPassword"
          value={next}
          repeat={repeat}
          onChange={setNext}
          onRepeatChange={setRepeat}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Сохранение…' : 'Сменить пароль'}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {forced ? 'Выйти' : 'Отмена'}
          </button>
        </div>
        <div className="auth-message" data-testid="auth-message">
          <FormMessage message={message} />
        </div>
      </form>
    </>
  );
}
