/**
 * @file Handlers — Court directory: courts, their territories, the building → court map, the dated court rules and
 * the state-duty scale editions. Thin: each calls a service in electron/core/court/.
 */
import fs from 'node:fs';
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { resolveUpload } from '../billing/upload-store';
import { listCourts } from '../court/courts-repo';
import { saveCourt, saveTerritories } from '../court/courts-service';
import { courtsCsvTemplate, exportCourtsCsv, importCourtsCsv, MAX_CSV_BYTES } from '../court/courts-csv';
import { listBuildingCourts, mapBuildings, setBuildingCourt } from '../court/building-courts-service';
import { addDutyScale, courtRulesView, saveCourtRule } from '../court/court-rules-service';

type CourtDirectoryMethod =
  | 'courts.list'
  | 'courts.save'
  | 'courts.saveTerritories'
  | 'courts.importCsv'
  | 'courts.exportCsv'
  | 'courts.buildings'
  | 'courts.mapBuildings'
  | 'courts.setBuildingCourt'
  | 'courtRules.get'
  | 'courtRules.save'
  | 'dutyScales.add';

export function createCourtDirectoryHandlers(ctx: CoreContext): Pick<ApiHandlers, CourtDirectoryMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'courts.list': ({ includeInactive }) => listCourts(ctx.sqlite, includeInactive ?? true),
    'courts.save': (input, { actor }) => saveCourt(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'courts.saveTerritories': ({ courtId, territories }, { actor }) =>
      saveTerritories(ctx.sqlite, courtId, territories, journalActor(actor), ctx.clock()),
    'courts.importCsv': ({ uploadId }, { actor }) => {
      const upload = resolveUpload(ctx.dataDir, uploadId);
      const size = fs.statSync(upload.path).size;
      if (size > MAX_CSV_BYTES)
        throw new AppError(
          'VALIDATION',
          `Файл больше 1 МБ (${Math.round(size / 1024)} КБ): это не справочник судов. Ничего не записано.`,
        );
      return importCourtsCsv(
        ctx.sqlite,
        fs.readFileSync(upload.path),
        upload.fileName,
        journalActor(actor),
        ctx.clock(),
      );
    },
    'courts.exportCsv': ({ template }) =>
      template ? courtsCsvTemplate(ctx.dataDir) : exportCourtsCsv(ctx.sqlite, ctx.dataDir, today()),
    'courts.buildings': ({ filter, search, courtId }) => listBuildingCourts(ctx.sqlite, filter, search, courtId),
    'courts.mapBuildings': (_input, { actor }) => mapBuildings(ctx.sqlite, journalActor(actor), ctx.clock()),
    'courts.setBuildingCourt': (input, { actor }) =>
      setBuildingCourt(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'courtRules.get': () => courtRulesView(ctx.sqlite, today()),
    'courtRules.save': (input, { actor }) =>
      saveCourtRule(ctx.sqlite, input, journalActor(actor), ctx.clock(), today()),
    'dutyScales.add': (input, { actor }) => addDutyScale(ctx.sqlite, input, journalActor(actor), ctx.clock(), today()),
  };
}
