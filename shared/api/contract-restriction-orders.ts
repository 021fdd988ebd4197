/**
 * @file API methods — Ограничение услуг (мера 8): заявки исполнителям, акты ограничения и восстановления, восстановление. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const restrictionOrdersApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RestrictionOrdersApiOutputs {}
