/**
 * @file API methods — Заявления о возбуждении исполнительного производства (или в банк), ходатайства при заявлении, реестры передачи (measures 10 and 11). Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const fsspApplicationsApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FsspApplicationsApiOutputs {}
