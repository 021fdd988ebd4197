/**
 * @file Handlers — Долг по дням: просроченная задолженность округа в прошлом (по УК, группам, домам) и собранные суммы. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { debtSeries } from '../reports/debt-series';

type DebtHistoryMethod = 'debtHistory.series';

export function createDebtHistoryHandlers(ctx: CoreContext): Pick<ApiHandlers, DebtHistoryMethod> {
  return {
    'debtHistory.series': (input) => debtSeries(ctx.sqlite, input, ctx.clock()),
  };
}
