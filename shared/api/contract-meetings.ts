/**
 * @file API methods — Мероприятие 13: встречи с жителями, поручения, сводка по дому. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const meetingsApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MeetingsApiOutputs {}
