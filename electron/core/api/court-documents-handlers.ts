/**
 * @file Handlers — Court documents and packages: making the documents of cases (a job), the documents of a case, one
 * ZIP per court with a manifest (a job), the courts' cases and packages, re-checking a package.
 * Thin: each calls a service in electron/core/court/.
 */
import path from 'node:path';
import type { ApiHandlers } from './dispatch';
import { listCourtRepresentatives, saveCourtRepresentative } from '../court/court-representatives';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';
import { journalActor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { resolveUpload } from '../billing/upload-store';
import { caseDocuments } from '../court/make-case-documents';
import { documentTargets, packageFileOf } from '../court/court-documents-targets';
import { selectPackageCases } from '../court/court-package';
import { courtPackagesView } from '../court/court-packages-view';
import { verifyPackageFile } from '../court/verify-package';

type CourtDocumentsMethod =
  | 'court.makeDocuments'
  | 'court.caseDocuments'
  | 'court.exportPackage'
  | 'court.packages'
  | 'court.verifyPackage'
  | 'court.representatives'
  | 'court.saveRepresentative';

export function createCourtDocumentsHandlers(ctx: CoreContext): Pick<ApiHandlers, CourtDocumentsMethod> {
  const today = (): string => isoDateInZone(ctx.clock());
  return {
    'court.makeDocuments': ({ caseIds, batchId, documentDate }, { actor }) => {
      const ids = documentTargets(ctx.sqlite, caseIds, batchId);
      const title = `Документы в суд: ${ids.length} ${ids.length === 1 ? 'дело' : 'дел'}`;
      const job = ctx.jobs.start(
        'court',
        title,
        { task: 'court-documents', caseIds: ids, documentDate: documentDate ?? today() },
        journalActor(actor),
      );
      return { jobId: job.id, title, cases: ids.length };
    },
    'court.caseDocuments': ({ caseId }) => caseDocuments(ctx.sqlite, caseId),
    'court.exportPackage': ({ courtId, caseIds, outDir }, { actor }) => {
      if (outDir !== undefined && ctx.host !== 'cli') {
        throw new AppError(
          'VALIDATION',
          'Папку для пакета указывают только в командной строке; в окне программы пакет скачивается.',
        );
      }
      const { court, rows } = selectPackageCases(ctx.sqlite, courtId, caseIds);
      const count = rows.length;
      const title = `Пакет в суд: ${court.name}`;
      const job = ctx.jobs.start(
        'court',
        title,
        {
          task: 'court-package',
          courtId,
          caseIds: caseIds ?? null,
          outDir: outDir === undefined ? null : path.resolve(outDir),
        },
        journalActor(actor),
      );
      return { jobId: job.id, title, cases: count };
    },
    'court.packages': ({ courtId }) => courtPackagesView(ctx.sqlite, courtId),
    'court.verifyPackage': async ({ packageId, uploadId }) => {
      if (uploadId !== undefined) {
        const upload = resolveUpload(ctx.dataDir, uploadId);
        return verifyPackageFile(upload.path, upload.fileName);
      }
      const file = packageFileOf(ctx.sqlite, ctx.dataDir, packageId!);
      return verifyPackageFile(file.fullPath, file.fileName, file.sha256);
    },
    'court.representatives': () => listCourtRepresentatives(ctx.sqlite),
    'court.saveRepresentative': ({ managementCompanyId, representative }, { actor }) => {
      saveCourtRepresentative(ctx.sqlite, managementCompanyId, representative, journalActor(actor), ctx.clock());
      return listCourtRepresentatives(ctx.sqlite);
    },
  };
}
