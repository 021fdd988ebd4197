/**
 * @file Handlers of sign-in, passwords and the security settings (shared/api/contract-auth.ts).
 * STUB of the foundation commit: the sign-in service replaces it (issue 11).
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type AuthMethods =
  | 'auth.status'
  | 'auth.setupAdmin'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.changePassword'
  | 'users.resetPassword'
  | 'security.get'
  | 'security.save';

const notYet = (): never => {
  throw new AppError('CONFLICT', 'Ещё не сделано.');
};

export function createAuthHandlers(_ctx: CoreContext): Pick<ApiHandlers, AuthMethods> {
  return {
    'auth.status': notYet,
    'auth.setupAdmin': notYet,
    'auth.signIn': notYet,
    'auth.signOut': notYet,
    'auth.changePassword': notYet,
    'users.resetPassword': notYet,
    'security.get': notYet,
    'security.save': notYet,
  };
}
