/**
 * @file Handlers — Мероприятие 7: сводка для СМИ без персональных данных и журнал публикаций. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type PressMethod = never;

export function createPressHandlers(_ctx: CoreContext): Pick<ApiHandlers, PressMethod> {
  return {};
}
