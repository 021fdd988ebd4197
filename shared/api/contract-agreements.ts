/**
 * @file API methods — Соглашения о погашении задолженности (меры 8, 9, 12): график, проверка оплат, документ. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const agreementsApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AgreementsApiOutputs {}
