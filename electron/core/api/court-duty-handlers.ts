/**
 * @file Handlers — State duty: the computation by filing date (the CLI `duty`), requests to each УК, payment orders matched to applications, exemptions.
 * Thin: each calls a service in electron/core/court/. PLACEHOLDERS until the area is built.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type CourtDutyMethod = 'duty.compute' | 'duty.requests' | 'duty.createRequest' | 'duty.payments' | 'duty.recordPayment' | 'duty.recordExemption';

export function createCourtDutyHandlers(_ctx: CoreContext): Pick<ApiHandlers, CourtDutyMethod> {
  const notYet = (): never => {
    throw new AppError('INTERNAL', 'Раздел ещё не готов.');
  };
  return {
    'duty.compute': notYet,
    'duty.requests': notYet,
    'duty.createRequest': notYet,
    'duty.payments': notYet,
    'duty.recordPayment': notYet,
    'duty.recordExemption': notYet,
  };
}
