/**
 * @file Handlers — Ограничение услуг (мера 8): предупреждения, доставка и сроки. Thin: each calls a service in
 * electron/core/restriction/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type RestrictionMethod = 'restriction.warn';

export function createRestrictionHandlers(_ctx: CoreContext): Pick<ApiHandlers, RestrictionMethod> {
  return {
    // FOUNDATION STUB: the warnings helper implements it (electron/core/restriction/restriction-warn.ts).
    'restriction.warn': () => {
      throw new AppError('CONFLICT', 'Предупреждения об ограничении ещё не подключены.');
    },
  };
}
