/**
 * @file Handlers — Муниципальный жилой фонд (мера 12): реестр, загрузка, подбор и резерв жилья. Thin: each calls a
 * service in electron/core/housing/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { resolveUpload } from '../billing/upload-store';
import { applyHousingFile, previewHousingFile } from '../housing/housing-import';
import { listDwellings } from '../housing/housing-repo';
import { dwellingMatch } from '../housing/dwelling-match';
import { releaseDwelling, reserveDwelling, setStatusByHand } from '../housing/dwelling-reserve';

type HousingStockMethod =
  | 'housing.preview'
  | 'housing.apply'
  | 'housing.list'
  | 'housing.setStatus'
  | 'housing.candidates'
  | 'housing.reserve'
  | 'housing.release';

export function createHousingStockHandlers(ctx: CoreContext): Pick<ApiHandlers, HousingStockMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'housing.preview': ({ uploadId }) => {
      const upload = resolveUpload(ctx.dataDir, uploadId);
      return previewHousingFile(ctx.sqlite, upload.path, upload.fileName);
    },
    'housing.apply': ({ uploadId }, { actor }) => {
      const upload = resolveUpload(ctx.dataDir, uploadId);
      return applyHousingFile(ctx.sqlite, upload.path, upload.fileName, journalActor(actor), ctx.clock());
    },
    'housing.list': (filter) => listDwellings(ctx.sqlite, filter),
    'housing.setStatus': ({ id, status, note }, { actor }) =>
      setStatusByHand(ctx.sqlite, id, status, note, journalActor(actor), ctx.clock()),
    'housing.candidates': ({ caseId }) => dwellingMatch(ctx.sqlite, caseId, today()),
    'housing.reserve': ({ caseId, dwellingId }, { actor }) =>
      reserveDwelling(ctx.sqlite, caseId, dwellingId, journalActor(actor), ctx.clock(), today()),
    'housing.release': ({ caseId }, { actor }) =>
      releaseDwelling(ctx.sqlite, caseId, journalActor(actor), ctx.clock(), today()),
  };
}
