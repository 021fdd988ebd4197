/**
 * @file API methods — The court queue (measure 9): accounts by bracket with the trace of why each is in or out, batches the head approves, cases prepared from them.
 * Spread into the one contract in contract.ts. PLACEHOLDER inputs until the area is built: replace each `Todo`.
 */
import { z } from './zod-russian';

const Todo = z.object({}).strict();

export const courtQueueApiInputs = {
  'court.queue': Todo,
  'court.traceAccount': Todo,
  'court.batchCreate': Todo,
  'court.batches': Todo,
  'court.batchDecide': Todo,
  'court.prepareCases': Todo,
} as const;

export interface CourtQueueApiOutputs {
  'court.queue': unknown;
  'court.traceAccount': unknown;
  'court.batchCreate': unknown;
  'court.batches': unknown;
  'court.batchDecide': unknown;
  'court.prepareCases': unknown;
}
