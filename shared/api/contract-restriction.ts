/**
 * @file API methods — Ограничение услуг (мера 8): кандидаты, предупреждения, доставка и сроки. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const restrictionApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RestrictionApiOutputs {}
