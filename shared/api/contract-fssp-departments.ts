/**
 * @file API methods — Отделы судебных приставов (ОСП) с территориями, привязка домов, банковские счета должников (measures 10 and 11). Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const fsspDepartmentsApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FsspDepartmentsApiOutputs {}
