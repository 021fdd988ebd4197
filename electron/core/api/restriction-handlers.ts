/**
 * @file Handlers — Ограничение услуг (мера 8): предупреждения, доставка и сроки. Thin: each calls a service in
 * electron/core/restriction/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { warnRestriction } from '../restriction/restriction-warn';
import { recordDelivery, takePostOutcomes } from '../restriction/restriction-delivery';
import { listCases } from '../restriction/restriction-cases-repo';
import { restrictionTimers } from '../restriction/restriction-timers';
import { closeRestrictionCase } from '../restriction/restriction-close';

type RestrictionMethod =
  'restriction.warn' | 'restriction.recordDelivery' | 'restriction.cases' | 'restriction.timers' | 'restriction.close';

export function createRestrictionHandlers(ctx: CoreContext): Pick<ApiHandlers, RestrictionMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'restriction.warn': (input, { actor }) =>
      warnRestriction({ sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() }, input),
    'restriction.recordDelivery': (input, { actor }) =>
      recordDelivery(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'restriction.cases': (input, { actor }) => {
      takePostOutcomes(ctx.sqlite, journalActor(actor), ctx.clock());
      return listCases(ctx.sqlite, input, today());
    },
    'restriction.timers': (_input, { actor }) => restrictionTimers(ctx.sqlite, journalActor(actor), ctx.clock()),
    'restriction.close': (input, { actor }) =>
      closeRestrictionCase(ctx.sqlite, journalActor(actor), ctx.clock(), input),
  };
}
