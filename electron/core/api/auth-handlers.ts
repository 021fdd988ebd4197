/**
 * @file Handlers of sign-in, passwords and the security settings (shared/api/contract-auth.ts): thin, over the
 * sign-in service (electron/core/auth/sign-in-service.ts). The session token goes into the call's Connection; the
 * host keeps it.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { readSecurity } from '../auth/security-settings-repo';
import {
  authStatus,
  changePassword,
  resetPassword,
  saveSecurity,
  setupAdmin,
  signIn,
  signOut,
} from '../auth/sign-in-service';

type AuthMethods =
  | 'auth.status'
  | 'auth.setupAdmin'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.changePassword'
  | 'users.resetPassword'
  | 'security.get'
  | 'security.save';

export function createAuthHandlers(ctx: CoreContext): Pick<ApiHandlers, AuthMethods> {
  return {
    'auth.status': (_input, call) => authStatus(ctx, call),
    'auth.setupAdmin': (input, { connection }) => setupAdmin(ctx, input, connection),
    'auth.signIn': (input, { connection }) => signIn(ctx, input, connection),
    'auth.signOut': (_input, call) => signOut(ctx, call),
    'auth.changePassword': (input, call) => changePassword(ctx, input, call),
    'users.resetPassword': (input, call) => resetPassword(ctx, input, call),
    'security.get': () => readSecurity(ctx.db),
    'security.save': (input, call) => saveSecurity(ctx, input, call),
  };
}
