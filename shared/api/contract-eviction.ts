/**
 * @file API methods — Выселение нанимателей (мера 12): кандидаты, дела, уважительные причины, документы. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const evictionApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EvictionApiOutputs {}
