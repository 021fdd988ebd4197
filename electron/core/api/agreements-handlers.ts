/**
 * @file Handlers — Соглашения о погашении задолженности (меры 8, 9, 12): график, проверка оплат, документ. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type AgreementsMethod = never;

export function createAgreementsHandlers(_ctx: CoreContext): Pick<ApiHandlers, AgreementsMethod> {
  return {};
}
