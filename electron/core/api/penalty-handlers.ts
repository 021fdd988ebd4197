/**
 * @file Handlers of the penalty methods (shared/api/contract-penalty.ts).
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { penaltyApiInputs } from '../../../shared/api/contract-penalty';

export function createPenaltyHandlers(_ctx: CoreContext): Pick<ApiHandlers, keyof typeof penaltyApiInputs> {
  return {};
}
