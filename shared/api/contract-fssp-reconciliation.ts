/**
 * @file API methods — Сверка со списком отдела ФССП: загрузка, сопоставление, расхождения, история (measures 10 and 11). Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const fsspReconciliationApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FsspReconciliationApiOutputs {}
