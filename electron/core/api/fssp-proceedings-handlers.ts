/**
 * @file Handlers — the bailiffs' work, proceedings (measures 10 and 11). Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type FsspProceedingsMethod = never;

export function createFsspProceedingsHandlers(_ctx: CoreContext): Pick<ApiHandlers, FsspProceedingsMethod> {
  return {};
}
