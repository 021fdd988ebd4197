/**
 * @file Handlers — Court directory: courts, their territories, the building → court map, the dated court rules and the state-duty scale editions.
 * Thin: each calls a service in electron/core/court/. PLACEHOLDERS until the area is built.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type CourtDirectoryMethod = 'courts.list' | 'courts.save' | 'courts.saveTerritories' | 'courts.importCsv' | 'courts.exportCsv' | 'courts.buildings' | 'courts.mapBuildings' | 'courts.setBuildingCourt' | 'courtRules.get' | 'courtRules.save' | 'dutyScales.add';

export function createCourtDirectoryHandlers(_ctx: CoreContext): Pick<ApiHandlers, CourtDirectoryMethod> {
  const notYet = (): never => {
    throw new AppError('INTERNAL', 'Раздел ещё не готов.');
  };
  return {
    'courts.list': notYet,
    'courts.save': notYet,
    'courts.saveTerritories': notYet,
    'courts.importCsv': notYet,
    'courts.exportCsv': notYet,
    'courts.buildings': notYet,
    'courts.mapBuildings': notYet,
    'courts.setBuildingCourt': notYet,
    'courtRules.get': notYet,
    'courtRules.save': notYet,
    'dutyScales.add': notYet,
  };
}
