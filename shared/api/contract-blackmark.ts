/**
 * @file API methods — Мероприятие 7: рейды «Чёрная метка» и показательные отключения. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const blackmarkApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BlackmarkApiOutputs {}
