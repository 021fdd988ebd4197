/**
 * @file API methods of the penalty calculation for one account (account card, «Расчёт пени» PDF).
 * Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';

export const penaltyApiInputs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PenaltyApiOutputs {}

export { z };
