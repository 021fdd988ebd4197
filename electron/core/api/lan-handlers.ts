/**
 * @file Handlers — Сервер офиса в локальной сети: настройка, адрес и отпечаток сертификата. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { lanView, saveLan } from '../lan/lan-view';

type LanMethod = 'lan.get' | 'lan.save';

export function createLanHandlers(ctx: CoreContext): Pick<ApiHandlers, LanMethod> {
  return {
    'lan.get': () => lanView(ctx),
    'lan.save': (input, { actor }) => saveLan(ctx, input, journalActor(actor), ctx.clock()),
  };
}
