/**
 * @file API methods — Ограничение услуг (мера 8): нормативы и тарифы по услугам, перечень ограничиваемых услуг, правила мер 8 и 12, исполнители. Spread into the one contract in contract.ts.
 */
import { type z } from './zod-russian';

export const restrictionDataApiInputs = {} satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RestrictionDataApiOutputs {}
