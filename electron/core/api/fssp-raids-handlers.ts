/**
 * @file Handlers — the bailiffs' work, raids (measures 10 and 11). Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type FsspRaidsMethod = never;

export function createFsspRaidsHandlers(_ctx: CoreContext): Pick<ApiHandlers, FsspRaidsMethod> {
  return {};
}
