/**
 * @file The renderer's ear for the core saying «this connection is not signed in (any more)»: every API answer
 * with AUTH.SESSION_EXPIRED / AUTH.SIGN_IN_REQUIRED (the session locked after idle time or ended elsewhere) or
 * AUTH.PASSWORD_CHANGE_REQUIRED is announced here, so the session gate (session/SessionGate.tsx) can lock the
 * screen whichever page made the call. The auth.* methods answer their own forms and are not announced.
 */
export type AuthRefusalCode = 'AUTH.SESSION_EXPIRED' | 'AUTH.SIGN_IN_REQUIRED' | 'AUTH.PASSWORD_CHANGE_REQUIRED';

const CODES: ReadonlySet<string> = new Set<AuthRefusalCode>([
  'AUTH.SESSION_EXPIRED',
  'AUTH.SIGN_IN_REQUIRED',
  'AUTH.PASSWORD_CHANGE_REQUIRED',
]);

type Listener = (code: AuthRefusalCode) => void;

const listeners = new Set<Listener>();

export function onAuthRefusal(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the API client with every answer's error code. */
export function noticeAuthRefusal(method: string, code: string): void {
  if (method.startsWith('auth.') || !CODES.has(code)) return;
  for (const listener of listeners) listener(code as AuthRefusalCode);
}
