/**
 * @file Handlers of the roles' permissions (shared/api/contract-auth.ts).
 * STUB of the foundation commit: the roles service replaces it (issue 11).
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

const notYet = (): never => {
  throw new AppError('CONFLICT', 'Ещё не сделано.');
};

export function createRolesHandlers(_ctx: CoreContext): Pick<ApiHandlers, 'roles.get' | 'roles.save'> {
  return { 'roles.get': notYet, 'roles.save': notYet };
}
