/**
 * @file Handlers — Ограничение услуг (мера 8): нормативы и тарифы по услугам, перечень ограничиваемых услуг, правила мер 8 и 12, исполнители. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type RestrictionDataMethod = never;

export function createRestrictionDataHandlers(_ctx: CoreContext): Pick<ApiHandlers, RestrictionDataMethod> {
  return {};
}
