/**
 * @file Who may see the application: asks the core `auth.status` on start and shows, in turn, «Создание
 * администратора» (first start), «Вход», «Смена пароля» (a password the administrator set) — and the application
 * only once the core has a signed-in user for this window.
 *
 * Locking: after the security settings' idle minutes without keyboard or mouse, or when any API answer says the
 * session is gone (AUTH.SESSION_EXPIRED / AUTH.SIGN_IN_REQUIRED), the screen shows «Сеанс заблокирован» with the
 * sign-in form, the same login filled in. The application stays mounted behind it (hidden, not drawn), so the same
 * user signing in again finds the page and a half-filled form as they were; another user signing in instead gets a
 * fresh application on the overview.
 */
import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionUser } from '../../../shared/api/contract-auth';
import { api } from '../api/client';
import { onAuthRefusal } from '../api/auth-refusals';
import { AuthCard, ChangePasswordForm, SetupAdminForm, SignInForm } from './AuthScreens';
import { SessionContext, sessionOf } from './session-context';
import { useIdleLock } from './useIdleLock';
import { setCoreClock } from '../format';

type Phase =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'signIn' }
  | { kind: 'ready' }
  | { kind: 'locked'; reason: 'idle' | 'expired' }
  | { kind: 'changePassword' };

export function SessionGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [user, setUser] = useState<SessionUser | null>(null);
  const [idleMinutes, setIdleMinutes] = useState(15);
  // Bumped when a different user signs in on a locked screen: the previous user's page is not theirs to see.
  const [generation, setGeneration] = useState(0);

  const loadStatus = useCallback((): Promise<void> => {
    return api.call('auth.status', {}).then((r) => {
      if (!r.ok) return setPhase({ kind: 'unreachable', message: r.error.message });
      setIdleMinutes(r.value.idleMinutes);
      if (typeof r.value.nowMs === 'number') setCoreClock(r.value.nowMs);
      setUser(r.value.user);
      if (r.value.needsSetup) setPhase({ kind: 'setup' });
      else if (!r.value.user) setPhase({ kind: 'signIn' });
      else setPhase({ kind: r.value.user.mustChangePassword ? 'changePassword' : 'ready' });
    });
  }, []);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  const signedIn = useCallback(
    (next: SessionUser) => {
      if (user && user.id !== next.id) {
        setGeneration((g) => g + 1);
        window.location.hash = '#/';
      }
      setUser(next);
      setPhase({ kind: next.mustChangePassword ? 'changePassword' : 'ready' });
      // The administrator may have changed the idle minutes meanwhile.
      void api.call('auth.status', {}).then((r) => r.ok && setIdleMinutes(r.value.idleMinutes));
    },
    [user],
  );

  const signOut = useCallback(async () => {
    await api.call('auth.signOut', {});
    setUser(null);
    setGeneration((g) => g + 1);
    window.location.hash = '#/';
    setPhase({ kind: 'signIn' });
  }, []);

  const lock = useCallback((reason: 'idle' | 'expired') => {
    setPhase((p) => (p.kind === 'ready' || p.kind === 'changePassword' ? { kind: 'locked', reason } : p));
  }, []);

  useIdleLock(phase.kind === 'ready', idleMinutes, () => {
    lock('idle');
    // End the session in the core as well: whoever sits down next has to sign in.
    void api.call('auth.signOut', {});
  });

  useEffect(
    () =>
      onAuthRefusal((code) => {
        if (code === 'AUTH.PASSWORD_CHANGE_REQUIRED') setPhase({ kind: 'changePassword' });
        else lock('expired');
      }),
    [lock],
  );

  const session = useMemo(
    () =>
      user
        ? sessionOf(user, {
            idleMinutes,
            signOut,
            changePassword: () => setPhase({ kind: 'changePassword' }),
          })
        : null,
    [user, idleMinutes, signOut],
  );

  switch (phase.kind) {
    case 'loading':
      return (
        <div className="auth-screen">
          <p className="muted">Подключение…</p>
        </div>
      );
    case 'unreachable':
      return (
        <AuthCard title="Нет связи с программой" testId="auth-unreachable">
          <p className="error-text" role="alert">
            {phase.message}
          </p>
          <button type="button" onClick={() => void loadStatus()}>
            Повторить
          </button>
        </AuthCard>
      );
    case 'setup':
      return (
        <AuthCard title="Создание администратора" testId="auth-setup">
          <SetupAdminForm onDone={signedIn} />
        </AuthCard>
      );
    case 'signIn':
      return (
        <AuthCard title="Вход" testId="auth-sign-in">
          <SignInForm onDone={signedIn} />
        </AuthCard>
      );
    case 'ready':
    case 'locked':
    case 'changePassword':
      break;
  }

  // A user is (or was, until the lock) signed in: the application, and over it the lock or the password form.
  const mustChange = user?.mustChangePassword ?? false;
  return (
    <>
      {session && !mustChange && (
        <SessionContext.Provider value={session}>
          <div className="app-behind" hidden={phase.kind !== 'ready'}>
            <Fragment key={`${generation}:${user?.id ?? 0}`}>{children}</Fragment>
          </div>
        </SessionContext.Provider>
      )}
      {phase.kind === 'locked' && (
        <AuthCard title="Сеанс заблокирован" testId="auth-locked">
          <p className="muted">
            {phase.reason === 'idle'
              ? `Программа заблокирована после ${idleMinutes} мин. без действий.`
              : 'Сеанс завершён.'}{' '}
            Войдите снова — открытая страница сохранится. Другой сотрудник может войти под своим логином.
          </p>
          <SignInForm initialLogin={user?.login ?? ''} onDone={signedIn} />
        </AuthCard>
      )}
      {phase.kind === 'changePassword' && (
        <AuthCard title="Смена пароля" testId="auth-change-password">
          {user && (
            <p className="muted" data-testid="auth-user">
              {user.fullName} — {user.roleLabel}
            </p>
          )}
          <ChangePasswordForm
            forced={mustChange}
            onDone={signedIn}
            onCancel={() => (mustChange ? void signOut() : setPhase({ kind: 'ready' }))}
          />
        </AuthCard>
      )}
    </>
  );
}
