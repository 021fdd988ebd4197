/**
 * @file API methods — Совместные рейды: адреса, маршрутный лист, итоги по адресам (measures 10 and 11). Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const fsspRaidsApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FsspRaidsApiOutputs {}
