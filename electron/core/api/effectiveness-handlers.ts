/**
 * @file Handlers — Эффективность мер: доля счетов, оплативших после действия, против группы сравнения. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type EffectivenessMethod = never;

export function createEffectivenessHandlers(_ctx: CoreContext): Pick<ApiHandlers, EffectivenessMethod> {
  return {};
}
