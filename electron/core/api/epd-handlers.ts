/**
 * @file Handlers of the monthly penalty run and the ЕПД export (shared/api/contract-epd.ts).
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { epdApiInputs } from '../../../shared/api/contract-epd';

export function createEpdHandlers(_ctx: CoreContext): Pick<ApiHandlers, keyof typeof epdApiInputs> {
  return {};
}
