/**
 * @file Handlers of the roles' permissions (shared/api/contract-auth.ts): input → roles service → view.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { rolesView, saveRolePermissions } from '../auth/roles-service';

export function createRolesHandlers(ctx: CoreContext): Pick<ApiHandlers, 'roles.get' | 'roles.save'> {
  return {
    'roles.get': () => rolesView(ctx.db),
    'roles.save': (input, call) => saveRolePermissions(ctx, journalActor(call.actor), ctx.clock(), input),
  };
}
