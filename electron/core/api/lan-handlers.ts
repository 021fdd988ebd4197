/**
 * @file Handlers — Сервер офиса в локальной сети: настройка, адрес и отпечаток сертификата. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type LanMethod = never;

export function createLanHandlers(_ctx: CoreContext): Pick<ApiHandlers, LanMethod> {
  return {};
}
