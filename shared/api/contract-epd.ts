/**
 * @file API methods of the monthly penalty run (measure 4) and the ЕПД export with its coverage report (measure 3).
 * Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';

export const epdApiInputs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EpdApiOutputs {}

export { z };
