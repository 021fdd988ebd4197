/**
 * @file API methods — Мероприятие 7: сводка для СМИ без персональных данных и журнал публикаций. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const pressApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PressApiOutputs {}
