/**
 * @file Handlers — Муниципальный жилой фонд (мера 12): реестр, загрузка, подбор и резерв жилья. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type HousingStockMethod = never;

export function createHousingStockHandlers(_ctx: CoreContext): Pick<ApiHandlers, HousingStockMethod> {
  return {};
}
