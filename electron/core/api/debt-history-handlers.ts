/**
 * @file Handlers — Долг по дням: просроченная задолженность округа в прошлом (по УК, группам, домам) и собранные суммы. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type DebtHistoryMethod = never;

export function createDebtHistoryHandlers(_ctx: CoreContext): Pick<ApiHandlers, DebtHistoryMethod> {
  return {};
}
