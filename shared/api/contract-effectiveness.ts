/**
 * @file API methods — Эффективность мер: доля счетов, оплативших после действия, против группы сравнения. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const effectivenessApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EffectivenessApiOutputs {}
