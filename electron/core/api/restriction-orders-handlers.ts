/**
 * @file Handlers — Ограничение услуг (мера 8): заявки исполнителям, акты ограничения и восстановления, восстановление. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type RestrictionOrdersMethod = never;

export function createRestrictionOrdersHandlers(_ctx: CoreContext): Pick<ApiHandlers, RestrictionOrdersMethod> {
  return {};
}
