/**
 * @file Handlers — the bailiffs' work, applications (measures 10 and 11). Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type FsspApplicationsMethod = never;

export function createFsspApplicationsHandlers(_ctx: CoreContext): Pick<ApiHandlers, FsspApplicationsMethod> {
  return {};
}
