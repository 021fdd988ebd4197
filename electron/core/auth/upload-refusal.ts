/**
 * @file Who may hand a file to the core: the hosts' upload doors (the browser host's `POST /upload`, Electron's
 * upload channel) are not API methods, so they ask this instead of dispatch. A signed-in user who need not change
 * a temporary password, as for any signed-in method; what the file is then used for checks its own permission.
 */
import { ErrorCodes, type ErrorCode } from '../../../shared/api/error-codes';
import type { ActorLookup } from './resolve-actor';

export function uploadRefusal(who: ActorLookup): ErrorCode | null {
  if (!who.actor) return who.refusal;
  return who.actor.mustChangePassword ? ErrorCodes.passwordChangeRequired : null;
}
