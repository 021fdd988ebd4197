/**
 * @file `useSession()`: who is signed in on this window, as the core said (auth.status / auth.signIn), and what
 * they may do. Pages show and enable controls by `can(permission)`; the core checks the same permission again on
 * every call (shared/api/method-access.ts), so hiding a control is for the clerk's comfort, not for security.
 */
import { createContext, useContext } from 'react';
import type { SessionUser } from '../../../shared/api/contract-auth';
import type { ApiMethod } from '../../../shared/api/contract';
import { METHOD_ACCESS, type MethodAccess } from '../../../shared/api/method-access';

export interface Session {
  user: SessionUser;
  /** Whether the user's role has this permission ('public' and 'signedIn' always hold here). */
  can(access: MethodAccess): boolean;
  /** Whether the user may call this API method (its permission from METHOD_ACCESS). */
  canCall(method: ApiMethod): boolean;
  /** Minutes without activity before the screen locks. */
  idleMinutes: number;
  /** Opens «Смена пароля» over the page (the page stays as it was). */
  changePassword(): void;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the session gate');
  return session;
}

/** The session object for a user (also used by component tests to stand in for the gate). */
export function sessionOf(
  user: SessionUser,
  extra: Partial<Pick<Session, 'idleMinutes' | 'changePassword' | 'signOut'>> = {},
): Session {
  const granted = new Set<string>(user.permissions);
  const can = (access: MethodAccess): boolean => access === 'public' || access === 'signedIn' || granted.has(access);
  return {
    user,
    can,
    canCall: (method) => can(METHOD_ACCESS[method]),
    idleMinutes: extra.idleMinutes ?? 15,
    changePassword: extra.changePassword ?? (() => undefined),
    signOut: extra.signOut ?? (() => Promise.resolve()),
  };
}
