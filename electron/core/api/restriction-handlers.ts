/**
 * @file Handlers — Ограничение услуг (мера 8): кандидаты, предупреждения, доставка и сроки. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type RestrictionMethod = never;

export function createRestrictionHandlers(_ctx: CoreContext): Pick<ApiHandlers, RestrictionMethod> {
  return {};
}
