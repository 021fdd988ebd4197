/**
 * @file Handlers of the penalty methods (shared/api/contract-penalty.ts). Thin: the services in
 * electron/core/documents/ read the account, run the engine with the office's tables and render the PDF.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { penaltyApiInputs } from '../../../shared/api/contract-penalty';
import { accountPenalty } from '../documents/account-penalty';
import { penaltyCalculationPdf } from '../documents/penalty-calculation-pdf';
import { journalActor } from '../auth/actor';

export function createPenaltyHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof penaltyApiInputs> {
  return {
    'penalty.forAccount': (input) => accountPenalty(ctx.sqlite, input),
    'penalty.calculationPdf': (input, { actor }) => penaltyCalculationPdf(ctx, input, journalActor(actor)),
  };
}
