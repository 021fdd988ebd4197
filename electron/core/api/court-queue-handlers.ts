/**
 * @file Handlers — The court queue (measure 9): accounts by bracket with the trace of why each is in or out, batches the head approves, cases prepared from them.
 * Thin: each calls a service in electron/core/court/. PLACEHOLDERS until the area is built.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type CourtQueueMethod = 'court.queue' | 'court.traceAccount' | 'court.batchCreate' | 'court.batches' | 'court.batchDecide' | 'court.prepareCases';

export function createCourtQueueHandlers(_ctx: CoreContext): Pick<ApiHandlers, CourtQueueMethod> {
  const notYet = (): never => {
    throw new AppError('INTERNAL', 'Раздел ещё не готов.');
  };
  return {
    'court.queue': notYet,
    'court.traceAccount': notYet,
    'court.batchCreate': notYet,
    'court.batches': notYet,
    'court.batchDecide': notYet,
    'court.prepareCases': notYet,
  };
}
