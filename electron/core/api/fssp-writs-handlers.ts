/**
 * @file Handlers — the writ registry (measure 10): the presentation deadline, the writs and their events, the
 * deadlines list, the import. Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { journalActor } from '../auth/actor';
import { resolveUpload } from '../billing/upload-store';
import { answerWritDeadline } from '../fssp/writ-deadline-answer';
import { accountWithPersons, listWrits, readWrit } from '../fssp/writs-repo';
import { addWritEventByHand, createWrit, updateWrit } from '../fssp/writs-service';
import { listWritDeadlines } from '../fssp/writ-deadlines';
import { importWrits, previewWritsImport, writsImportTemplate } from '../fssp/writs-import';

type FsspWritsMethod =
  | 'writs.deadline'
  | 'writs.list'
  | 'writs.get'
  | 'writs.accountPersons'
  | 'writs.create'
  | 'writs.update'
  | 'writs.addEvent'
  | 'writs.deadlines'
  | 'writs.importTemplate'
  | 'writs.importPreview'
  | 'writs.import';

export function createFsspWritsHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspWritsMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'writs.deadline': (input) => answerWritDeadline(ctx.sqlite, input),
    'writs.list': (input) => listWrits(ctx.sqlite, input, today()),
    'writs.get': ({ writId }) => readWrit(ctx.sqlite, writId, today()),
    'writs.accountPersons': ({ accountNumber }) => accountWithPersons(ctx.sqlite, accountNumber),
    'writs.create': (input, { actor }) => createWrit(ctx.sqlite, input, journalActor(actor), ctx.clock(), today()),
    'writs.update': (input, { actor }) => updateWrit(ctx.sqlite, input, journalActor(actor), ctx.clock(), today()),
    'writs.addEvent': (input, { actor }) =>
      addWritEventByHand(ctx.sqlite, input, journalActor(actor), ctx.clock(), today()),
    'writs.deadlines': ({ asOf, managementCompanyId }) =>
      listWritDeadlines(ctx.sqlite, asOf ?? today(), managementCompanyId),
    'writs.importTemplate': () => writsImportTemplate(),
    'writs.importPreview': ({ uploadId }) => {
      const upload = resolveUpload(ctx.dataDir, uploadId);
      return previewWritsImport(ctx.sqlite, upload.path, upload.fileName, today());
    },
    'writs.import': ({ uploadId }, { actor }) => {
      const upload = resolveUpload(ctx.dataDir, uploadId);
      return importWrits(ctx.sqlite, upload.path, upload.fileName, journalActor(actor), ctx.clock(), today());
    },
  };
}
