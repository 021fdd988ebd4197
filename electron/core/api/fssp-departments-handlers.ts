/**
 * @file Handlers — the bailiffs' work, departments (measures 10 and 11). Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type FsspDepartmentsMethod = never;

export function createFsspDepartmentsHandlers(_ctx: CoreContext): Pick<ApiHandlers, FsspDepartmentsMethod> {
  return {};
}
