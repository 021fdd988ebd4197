/**
 * @file Handlers of the paper documents (shared/api/contract-documents.ts): claim batches (a job), stairwell notices
 * and postings, files from the registry. The mailing of claims: mailing-handlers.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import type { documentsApiInputs } from '../../../shared/api/contract-documents';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { AppError } from '../app-error';
import { claimCandidates, exclusionSummary } from '../claims/claim-candidates';
import { batchExclusions, createClaimBatch, discardClaimBatch } from '../claims/claim-batch';
import { claimLetterSettings, saveClaimLetterSettings } from '../claims/claim-letter-settings';
import { listClaimSigners, requireSigners, saveClaimSigner } from '../claims/claim-signers';
import { noticeBuildings } from '../notices/notice-buildings';
import { noticeRuleView, planNotices } from '../notices/notice-entrances';
import { generateNotices, planSummary } from '../notices/notice-generate';
import { listPostings, recordPosting } from '../notices/notice-postings';
import { batchDocuments } from '../documents/batch-documents';
import { journalActor, type Actor } from '../auth/actor';
import {
  batchDocumentId,
  listDocumentBatches,
  registeredDocument,
  requestBatchCancel,
} from '../documents/document-batches-repo';

export function createDocumentsHandlers(ctx: CoreContext): Pick<ApiHandlers, keyof typeof documentsApiInputs> {
  /** A file of the registry, only by its id: no path from the page is ever opened or read. */
  const registeredFile = (documentId: number): { savedPath: string; sha256: string } => {
    const doc = registeredDocument(ctx.sqlite, documentId);
    if (!doc) throw new AppError('NOT_FOUND', `Документ № ${documentId} не найден в реестре.`);
    const savedPath = path.join(ctx.dataDir, doc.filePath);
    if (!fs.existsSync(savedPath))
      throw new AppError('NOT_FOUND', `Файл документа № ${documentId} удалён из папки данных: ${savedPath}`);
    return { savedPath, sha256: doc.sha256 };
  };
  const today = () => isoDateInZone(ctx.clock());
  /** The day the rule book is evaluated on, as the account card's next step does. */
  const ruleToday = () => localMoment(ctx.clock()).date;
  const env = (actor: Actor) => ({
    sqlite: ctx.sqlite,
    dataDir: ctx.dataDir,
    by: journalActor(actor),
    nowMs: ctx.clock(),
  });
  const claimSettings = () => ({
    signers: listClaimSigners(ctx.sqlite),
    letters: claimLetterSettings(ctx.sqlite, today()),
  });
  return {
    'claims.preview': ({ bracket, companyId, asOfDate, limit }) => {
      const issuedDate = today();
      const found = claimCandidates(ctx.sqlite, {
        bracket,
        companyId,
        asOfDate: asOfDate ?? issuedDate,
        issuedDate,
        limit,
      });
      let signerProblem: string | null = null;
      try {
        requireSigners(
          ctx.sqlite,
          found.accounts.map((a) => a.companyId),
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        signerProblem = error.message;
      }
      return {
        asOfDate: asOfDate ?? issuedDate,
        accounts: found.accounts.length,
        letters: found.accounts.reduce((n, a) => n + a.letters, 0),
        cooldownDays: found.cooldownDays,
        paymentDays: claimLetterSettings(ctx.sqlite, issuedDate).paymentDays,
        ruleVersion: found.ruleVersion,
        excludedSummary: exclusionSummary(found.excluded),
        excluded: found.excluded.slice(0, 500),
        excludedCount: found.excluded.length,
        signerProblem,
        sample: found.accounts.slice(0, 50).map((a) => ({
          accountId: a.accountId,
          number: a.number,
          address: a.address,
          debtKopecks: a.debtKopecks,
          letters: a.letters,
        })),
      };
    },
    'claims.start': ({ bracket, companyId, asOfDate, limit }, { actor }) => {
      const issuedDate = today();
      const created = createClaimBatch(
        ctx.sqlite,
        { bracket, companyId, asOfDate: asOfDate ?? issuedDate, issuedDate, limit },
        journalActor(actor),
        ctx.clock(),
      );
      try {
        const job = ctx.jobs.start(
          'documents',
          created.title,
          { task: 'claim-batch', batchId: created.batchId },
          journalActor(actor),
        );
        return {
          batchId: created.batchId,
          jobId: job.id,
          accounts: created.accounts,
          letters: created.letters,
          title: created.title,
          excludedSummary: created.excludedSummary,
        };
      } catch (error) {
        // Another job is running: the batch was never started, so it must not stay «running».
        discardClaimBatch(ctx.sqlite, created.batchId);
        throw error;
      }
    },
    'claims.exclusions': ({ batchId }) => batchExclusions(ctx.sqlite, batchId),
    'claims.settings': () => claimSettings(),
    'claims.saveSigner': ({ companyId, signer }, { actor }) => {
      saveClaimSigner(ctx.sqlite, companyId, signer, journalActor(actor), ctx.clock(), today());
      return claimSettings();
    },
    'claims.saveLetterSettings': (settings, { actor }) => {
      saveClaimLetterSettings(ctx.sqlite, settings, journalActor(actor), ctx.clock(), today());
      return claimSettings();
    },
    'documents.batches': ({ kind }) => listDocumentBatches(ctx.sqlite, kind),
    'documents.ofBatch': ({ batchId }) => batchDocuments(ctx.db, batchId),
    'documents.cancel': ({ batchId }) => {
      if (!requestBatchCancel(ctx.sqlite, batchId))
        throw new AppError('CONFLICT', `Пакет № ${batchId} не выполняется — отменять нечего.`);
      return { batchId, cancelRequested: true };
    },
    'documents.file': ({ documentId }) => {
      const { savedPath, sha256 } = registeredFile(documentId);
      return {
        fileName: path.basename(savedPath),
        savedPath,
        base64: fs.readFileSync(savedPath).toString('base64'),
        sha256,
      };
    },
    'documents.openInViewer': async ({ documentId }) => {
      const { savedPath } = registeredFile(documentId);
      if (!ctx.openInViewer) {
        throw new AppError(
          'DOCUMENTS.NO_VIEWER',
          'Программа просмотра открывается из настольного приложения; в браузере документ открывается во вкладке.',
        );
      }
      await ctx.openInViewer(savedPath);
      return { savedPath };
    },
    'notices.buildings': () => {
      const day = ruleToday();
      return { ...noticeRuleView(ctx.sqlite, day), buildings: noticeBuildings(ctx.sqlite, day) };
    },
    'notices.preview': ({ buildingIds }) => {
      const plan = planNotices(ctx.sqlite, buildingIds, ruleToday());
      return {
        asOfDate: plan.asOfDate,
        ruleVersion: plan.ruleVersion,
        conditions: plan.conditions,
        allConditions: plan.allConditions,
        fewFlatsLimit: plan.fewFlatsLimit,
        entrances: plan.entrances.map((e) => ({
          buildingId: e.buildingId,
          buildingAddress: e.buildingAddress,
          entrance: e.entrance,
          flats: e.flats,
          mode: e.mode,
          rows: e.rows,
          debtorFlats: e.debtorFlats,
          totalKopecks: e.totalKopecks,
        })),
        leftOut: plan.leftOut,
        withoutDebtFlats: plan.withoutDebtFlats,
        notes: plan.notes,
        summary: planSummary(plan),
      };
    },
    'notices.generate': async ({ buildingIds }, { actor }) => {
      const result = await generateNotices({ ...env(actor), issuedDate: today() }, { buildingIds, today: ruleToday() });
      const printDocumentId = batchDocumentId(ctx.sqlite, result.batchId, 'notices_print');
      if (printDocumentId === undefined) throw new Error(`Пакет объявлений № ${result.batchId} без файла для печати.`);
      return { ...result, printDocumentId };
    },
    'notices.recordPosting': (input, { actor }) => recordPosting(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'notices.postings': () => listPostings(ctx.sqlite),
  };
}
