/**
 * @file Who is working, in the header: «ФИО — роль», with «Сменить пароль» and «Выйти».
 */
import { useSession } from '../session/session-context';

export function SessionBadge() {
  const session = useSession();
  return (
    <div className="session-badge" data-testid="session-badge">
      <span data-testid="session-user">
        {session.user.fullName} — {session.user.roleLabel}
      </span>
      <button type="button" className="topbar-button" onClick={session.changePassword}>
        Сменить пароль
      </button>
      <button type="button" className="topbar-button" onClick={() => void session.signOut()}>
        Выйти
      </button>
    </div>
  );
}
