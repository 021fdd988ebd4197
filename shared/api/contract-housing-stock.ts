/**
 * @file API methods — Муниципальный жилой фонд (мера 12): реестр, загрузка, подбор и резерв жилья. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const housingStockApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HousingStockApiOutputs {}
