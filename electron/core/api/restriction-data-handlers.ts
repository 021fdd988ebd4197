/**
 * @file Handlers — Ограничение услуг (мера 8): who may be warned, one account's debt per service against the
 * threshold, and the dated data (нормативы и тарифы, перечень ограничиваемых услуг, правила мер 8 и 12). Thin: each
 * calls a service in electron/core/restriction/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { restrictionWorklist } from '../restriction/restriction-worklist';
import { accountServiceDebts } from '../restriction/account-restriction';
import {
  addMeasureRule,
  addRestrictableService,
  addServiceNorm,
  restrictionData,
} from '../restriction/restriction-data-service';

type RestrictionDataMethod =
  | 'restriction.worklist'
  | 'restriction.serviceDebts'
  | 'restrictionData.get'
  | 'restrictionData.addNorm'
  | 'restrictionData.addRestrictable'
  | 'restrictionData.addRule';

export function createRestrictionDataHandlers(ctx: CoreContext): Pick<ApiHandlers, RestrictionDataMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'restriction.worklist': () => restrictionWorklist(ctx.sqlite, today()),
    'restriction.serviceDebts': ({ accountId }) => accountServiceDebts(ctx.sqlite, accountId, today()),
    'restrictionData.get': () => restrictionData(ctx.sqlite, today()),
    'restrictionData.addNorm': (input, { actor }) =>
      addServiceNorm(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'restrictionData.addRestrictable': (input, { actor }) =>
      addRestrictableService(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'restrictionData.addRule': (input, { actor }) =>
      addMeasureRule(ctx.sqlite, journalActor(actor), ctx.clock(), input),
  };
}
