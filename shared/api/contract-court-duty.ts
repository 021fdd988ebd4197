/**
 * @file API methods — State duty: the computation by filing date (the CLI `duty`), requests to each УК, payment orders matched to applications, exemptions.
 * Spread into the one contract in contract.ts. PLACEHOLDER inputs until the area is built: replace each `Todo`.
 */
import { z } from './zod-russian';

const Todo = z.object({}).strict();

export const courtDutyApiInputs = {
  'duty.compute': Todo,
  'duty.requests': Todo,
  'duty.createRequest': Todo,
  'duty.payments': Todo,
  'duty.recordPayment': Todo,
  'duty.recordExemption': Todo,
} as const;

export interface CourtDutyApiOutputs {
  'duty.compute': unknown;
  'duty.requests': unknown;
  'duty.createRequest': unknown;
  'duty.payments': unknown;
  'duty.recordPayment': unknown;
  'duty.recordExemption': unknown;
}
