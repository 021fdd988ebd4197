/**
 * @file Handlers — Ограничение услуг (мера 8): исполнители, заявки исполнителям, акты ограничения и
 * восстановления, восстановление. Thin: each calls a service in electron/core/restriction/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { listContractors, mapCompany, saveContractor } from '../restriction/contractors-repo';
import { closeRestrictionCase, createOrder, listOrders, orderCandidates } from '../restriction/restriction-order';
import { recordAct } from '../restriction/restriction-acts';
import { listActs, readActFile } from '../restriction/act-files';
import { caseRow } from '../restriction/restriction-case-rows';
import { listRestorations, RESTORATION_CHECKER } from '../restriction/restorations';

type RestrictionOrdersMethod =
  | 'restrictionOrders.contractors'
  | 'restrictionOrders.saveContractor'
  | 'restrictionOrders.mapCompany'
  | 'restrictionOrders.candidates'
  | 'restrictionOrders.create'
  | 'restrictionOrders.list'
  | 'restrictionOrders.recordAct'
  | 'restrictionOrders.actFiles'
  | 'restrictionOrders.actFile'
  | 'restrictionOrders.restorations'
  | 'restrictionOrders.closeCase';

export function createRestrictionOrdersHandlers(ctx: CoreContext): Pick<ApiHandlers, RestrictionOrdersMethod> {
  const today = () => isoDateInZone(ctx.clock());
  const env = (actor: Parameters<typeof journalActor>[0]) => ({
    sqlite: ctx.sqlite,
    dataDir: ctx.dataDir,
    by: journalActor(actor),
    nowMs: ctx.clock(),
  });
  return {
    'restrictionOrders.contractors': () => listContractors(ctx.sqlite),
    'restrictionOrders.saveContractor': (input, { actor }) =>
      saveContractor(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'restrictionOrders.mapCompany': (input, { actor }) =>
      mapCompany(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'restrictionOrders.candidates': () => orderCandidates(ctx.sqlite, today()),
    'restrictionOrders.create': (input, { actor }) => createOrder(env(actor), input),
    'restrictionOrders.list': () => listOrders(ctx.sqlite, today()),
    'restrictionOrders.recordAct': (input, { actor }) => recordAct(env(actor), input),
    'restrictionOrders.actFiles': ({ caseId }) => {
      caseRow(ctx.sqlite, caseId, today());
      return { caseId, acts: listActs(ctx.sqlite, caseId) };
    },
    'restrictionOrders.actFile': ({ fileId }) => readActFile(ctx.sqlite, ctx.dataDir, fileId),
    // The check moves cases by the program's rule, not by the clerk who opened the list: journaled as the program.
    'restrictionOrders.restorations': () => listRestorations(ctx.sqlite, today(), RESTORATION_CHECKER, ctx.clock()),
    'restrictionOrders.closeCase': (input, { actor }) =>
      closeRestrictionCase(ctx.sqlite, journalActor(actor), ctx.clock(), input),
  };
}
