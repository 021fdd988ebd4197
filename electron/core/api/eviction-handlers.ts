/**
 * @file Handlers — Выселение нанимателей (мера 12): кандидаты, дела, уважительные причины, документы. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type EvictionMethod = never;

export function createEvictionHandlers(_ctx: CoreContext): Pick<ApiHandlers, EvictionMethod> {
  return {};
}
