/**
 * @file Handlers — Court cases: the list, one case, its steps (filed, order, copy received, in force, cancelled,
 * lawsuit…), the «Сроки» list, the debtor identifiers (ГПК ст.124). Thin: each calls a service in
 * electron/core/court/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { courtCasesApiInputs } from '../../../shared/api/contract-court-cases';
import { journalActor } from '../auth/actor';
import { listCases, readCaseView } from '../court/court-cases-repo';
import { applyCaseStep } from '../court/case-steps-apply';
import { createLawsuit } from '../court/create-lawsuit';
import { courtDeadlines } from '../court/court-deadlines';
import { confirmIdentifiersUnknown, missingIdentifiersXlsx, saveIdentifiers } from '../court/debtor-identifiers';

export function createCourtCasesHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof courtCasesApiInputs> {
  return {
    'court.cases': (input) => listCases(ctx.sqlite, input),
    'court.case': ({ caseId }) => readCaseView(ctx.sqlite, caseId, ctx.clock()),
    'court.caseStep': (input, { actor }) => {
      applyCaseStep(ctx.sqlite, input, journalActor(actor), ctx.clock());
      return readCaseView(ctx.sqlite, input.caseId, ctx.clock());
    },
    'court.createLawsuit': ({ caseId, filingDate }, { actor }) => {
      const id = createLawsuit(ctx.sqlite, caseId, filingDate, journalActor(actor), ctx.clock());
      return readCaseView(ctx.sqlite, id, ctx.clock());
    },
    'court.deadlines': (input) => courtDeadlines(ctx.sqlite, input, ctx.clock()),
    'court.saveIdentifiers': (input, { actor }) => saveIdentifiers(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'court.confirmIdentifiersUnknown': ({ caseId, note }, { actor }) => {
      confirmIdentifiersUnknown(ctx.sqlite, caseId, note, journalActor(actor), ctx.clock());
      return readCaseView(ctx.sqlite, caseId, ctx.clock());
    },
    'court.missingIdentifiersXlsx': ({ managementCompanyId }) =>
      missingIdentifiersXlsx(ctx.sqlite, ctx.dataDir, managementCompanyId, ctx.clock()),
  };
}
