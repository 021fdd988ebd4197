/**
 * @file API methods — Долг по дням: просроченная задолженность округа в прошлом (по УК, группам, домам) и собранные суммы. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const debtHistoryApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DebtHistoryApiOutputs {}
