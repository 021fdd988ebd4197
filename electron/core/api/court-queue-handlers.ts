/**
 * @file Handlers — The court queue (measure 9): accounts by bracket with the trace of why each is in or out, batches
 * the head approves, cases prepared from them. Thin: each calls a service in electron/core/court/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { courtQueue, traceCourtAccount } from '../court/court-queue';
import { createBatch, decideBatch, listBatches } from '../court/court-batches';
import { prepareCases } from '../court/prepare-cases';

type CourtQueueMethod =
  | 'court.queue'
  | 'court.traceAccount'
  | 'court.batchCreate'
  | 'court.batches'
  | 'court.batchDecide'
  | 'court.prepareCases';

export function createCourtQueueHandlers(ctx: CoreContext): Pick<ApiHandlers, CourtQueueMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'court.queue': ({ brackets, asOf, offset, limit, list }) =>
      courtQueue(ctx.sqlite, { ...(brackets ? { brackets } : {}), asOf: asOf ?? today(), offset, limit, list }),
    'court.traceAccount': ({ accountId, asOf }) => traceCourtAccount(ctx.sqlite, accountId, asOf ?? today()),
    'court.batchCreate': ({ brackets, accountIds, asOf }, { actor }) =>
      createBatch(
        ctx.sqlite,
        { brackets, accountIds, asOf: asOf ?? today() },
        journalActor(actor),
        ctx.clock(),
        today(),
      ),
    'court.batches': ({ status }) => listBatches(ctx.sqlite, status),
    'court.batchDecide': (input, { actor }) => decideBatch(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'court.prepareCases': ({ batchId, filingDate, includeTimeBarred }, { actor }) =>
      prepareCases(
        ctx.sqlite,
        { batchId, filingDate: filingDate ?? today(), ...(includeTimeBarred ? { includeTimeBarred } : {}) },
        journalActor(actor),
        ctx.clock(),
        today(),
      ),
  };
}
