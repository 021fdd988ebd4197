/**
 * @file Handlers — the bailiffs' work, reconciliation (measures 10 and 11). Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type FsspReconciliationMethod = never;

export function createFsspReconciliationHandlers(_ctx: CoreContext): Pick<ApiHandlers, FsspReconciliationMethod> {
  return {};
}
