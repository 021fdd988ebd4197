/**
 * @file Handlers — Мероприятие 7: рейды «Чёрная метка» и показательные отключения. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type BlackmarkMethod = never;

export function createBlackmarkHandlers(_ctx: CoreContext): Pick<ApiHandlers, BlackmarkMethod> {
  return {};
}
