/**
 * @file API methods — Court directory: courts, their territories, the building → court map, the dated court rules and the state-duty scale editions.
 * Spread into the one contract in contract.ts. PLACEHOLDER inputs until the area is built: replace each `Todo`.
 */
import { z } from './zod-russian';

const Todo = z.object({}).strict();

export const courtDirectoryApiInputs = {
  'courts.list': Todo,
  'courts.save': Todo,
  'courts.saveTerritories': Todo,
  'courts.importCsv': Todo,
  'courts.exportCsv': Todo,
  'courts.buildings': Todo,
  'courts.mapBuildings': Todo,
  'courts.setBuildingCourt': Todo,
  'courtRules.get': Todo,
  'courtRules.save': Todo,
  'dutyScales.add': Todo,
} as const;

export interface CourtDirectoryApiOutputs {
  'courts.list': unknown;
  'courts.save': unknown;
  'courts.saveTerritories': unknown;
  'courts.importCsv': unknown;
  'courts.exportCsv': unknown;
  'courts.buildings': unknown;
  'courts.mapBuildings': unknown;
  'courts.setBuildingCourt': unknown;
  'courtRules.get': unknown;
  'courtRules.save': unknown;
  'dutyScales.add': unknown;
}
