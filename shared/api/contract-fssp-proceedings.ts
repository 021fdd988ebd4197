/**
 * @file API methods — Исполнительные производства, взысканные суммы, ходатайства и ответы на них, жалобы старшему приставу (measures 10 and 11). Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const fsspProceedingsApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FsspProceedingsApiOutputs {}
