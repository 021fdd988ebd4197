/**
 * @file Handlers — Соглашения о погашении задолженности (меры 8, 9, 12): график, проверка оплат, документ. Thin: each
 * calls a service in electron/core/agreements/. Listing runs the check of signed agreements first, so the tab shows
 * the broken and completed ones as such.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { createAgreement } from '../agreements/agreement-create';
import { cancelAgreement, signAgreement } from '../agreements/agreement-steps';
import { AGREEMENT_CHECKER, checkAgreements } from '../agreements/agreement-check';
import { accountAgreements, listAgreements, readAgreementView } from '../agreements/agreements-repo';

type AgreementsMethod =
  | 'agreements.create'
  | 'agreements.sign'
  | 'agreements.cancel'
  | 'agreements.list'
  | 'agreements.get'
  | 'agreements.forAccount';

export function createAgreementsHandlers(ctx: CoreContext): Pick<ApiHandlers, AgreementsMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'agreements.create': (input, { actor }) =>
      createAgreement({ sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() }, input),
    'agreements.sign': (input, { actor }) =>
      signAgreement({ sqlite: ctx.sqlite, by: journalActor(actor), nowMs: ctx.clock() }, input),
    'agreements.cancel': (input, { actor }) =>
      cancelAgreement({ sqlite: ctx.sqlite, by: journalActor(actor), nowMs: ctx.clock() }, input),
    'agreements.list': (input) => {
      const nowMs = ctx.clock();
      const checked = checkAgreements(ctx.sqlite, isoDateInZone(nowMs), AGREEMENT_CHECKER, nowMs);
      return {
        agreements: listAgreements(ctx.sqlite, input, isoDateInZone(nowMs)),
        checked: { broken: checked.broken, completed: checked.completed },
      };
    },
    'agreements.get': ({ id }) => readAgreementView(ctx.sqlite, id, today()),
    'agreements.forAccount': ({ accountId }) => accountAgreements(ctx.sqlite, accountId, today()),
  };
}
