/**
 * @file The handlers of the API table. Thin: dispatch has validated the input; each handler calls a service or
 * repository, and long work goes to the job manager.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { getSettings, saveSettings } from '../repositories/settings-repo';
import { writeJournal } from '../journal/journal-writer';
import { journalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { createAuthHandlers } from './auth-handlers';
import { createRolesHandlers } from './roles-handlers';
import { createJournalHandlers } from './journal-handlers';
import { saveMapping } from '../repositories/mappings-repo';
import { listImports } from '../repositories/imports-repo';
import { readAppInfo } from '../services/app-info';
import { hasAnyAccount } from '../repositories/table-counts-repo';
import { queryRegistry } from '../registry/registry-query';
import { registryFilterOptions } from '../registry/filter-options';
import { readAccountCard } from '../registry/account-card';
import { headerSignature, previewUpload } from '../billing/preview-upload';
import { resolveUpload } from '../billing/upload-store';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { formatCount } from '../../../shared/text/format-count';
import { createPenaltyHandlers } from './penalty-handlers';
import { addKeyRate, legalTablesView } from '../penalty/legal-tables-service';
import { addMoratorium, addRateRegime } from '../penalty/legal-decrees-service';
import { createEpdHandlers } from './epd-handlers';
import { createWorkHandlers } from './work-handlers';
import { createDocumentsHandlers } from './documents-handlers';
import { createMailingHandlers } from './mailing-handlers';
import { createCourtDirectoryHandlers } from './court-directory-handlers';
import { createCourtQueueHandlers } from './court-queue-handlers';
import { createCourtCasesHandlers } from './court-cases-handlers';
import { createCourtDutyHandlers } from './court-duty-handlers';
import { createCourtDocumentsHandlers } from './court-documents-handlers';
import { createFsspWritsHandlers } from './fssp-writs-handlers';
import { createFsspDepartmentsHandlers } from './fssp-departments-handlers';
import { createFsspApplicationsHandlers } from './fssp-applications-handlers';
import { createFsspProceedingsHandlers } from './fssp-proceedings-handlers';
import { createFsspReconciliationHandlers } from './fssp-reconciliation-handlers';
import { createFsspRaidsHandlers } from './fssp-raids-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createRetentionHandlers } from './retention-handlers';
import { createUploadLimitsHandlers } from './upload-limits-handlers';
import { createLanHandlers } from './lan-handlers';
import { createRestrictionDataHandlers } from './restriction-data-handlers';
import { createRestrictionHandlers } from './restriction-handlers';
import { createRestrictionOrdersHandlers } from './restriction-orders-handlers';
import { createAgreementsHandlers } from './agreements-handlers';
import { createEvictionHandlers } from './eviction-handlers';
import { createHousingStockHandlers } from './housing-stock-handlers';
import { createDebtHistoryHandlers } from './debt-history-handlers';
import { createReportPlanHandlers } from './report-plan-handlers';
import { createEffectivenessHandlers } from './effectiveness-handlers';
import { createPressHandlers } from './press-handlers';
import { createBlackmarkHandlers } from './blackmark-handlers';
import { createMeetingsHandlers } from './meetings-handlers';
import { accountDebtReport } from '../debt/account-debt-report';
import { answerLimitation } from '../../../shared/debt/limitation-request';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { loadPenaltyTables } from '../penalty/penalty-tables-repo';

/**
 * Five years of history for a district of up to 10,000 accounts; bigger demo districts get a shorter one so the
 * load takes minutes, not an hour (150,000 × 60 months is 66 million charge rows, a 3 GB file).
 */
export function defaultDemoMonths(accounts: number): number {
  if (accounts <= 10_000) return 60;
  if (accounts <= 50_000) return 24;
  return 12;
}

export function createHandlers(ctx: CoreContext): ApiHandlers {
  return {
    'app.info': () => readAppInfo(ctx),
    'settings.get': () => getSettings(ctx.db),
    'settings.update': (settings, { actor }) => {
      const nowMs = ctx.clock();
      // better-sqlite3 transactions belong to the connection, so drizzle calls on ctx.db inside run in it.
      ctx.sqlite.transaction(() => {
        const before = getSettings(ctx.db);
        saveSettings(ctx.db, settings, nowMs);
        writeJournal(ctx.sqlite, journalActor(actor), nowMs, {
          kind: 'settings.updated',
          summary: `Изменены настройки организации: «${settings.organisationName}»`,
          object: { type: 'settings', id: 'organisation' },
          before,
          after: settings,
        });
      })();
      return getSettings(ctx.db);
    },

    'registry.query': (query) => queryRegistry(ctx.sqlite, query),
    'registry.filterOptions': () => registryFilterOptions(ctx.sqlite),
    'account.card': ({ accountId }) => readAccountCard(ctx.sqlite, accountId, isoDateInZone(ctx.clock())),

    'import.preview': (input) => previewUpload(ctx.sqlite, ctx.dataDir, input),
    'import.start': ({ files }, { actor }) => {
      const specs = files.map((f) => {
        const upload = resolveUpload(ctx.dataDir, f.uploadId);
        return {
          path: upload.path,
          fileName: upload.fileName,
          ...(f.kind ? { kind: f.kind } : {}),
          ...(f.mapping ? { mapping: f.mapping } : {}),
        };
      });
      const title = specs.length === 1 ? `Загрузка файла «${specs[0]?.fileName}»` : `Загрузка файлов (${specs.length})`;
      return { jobId: ctx.jobs.start('import', title, { task: 'import', files: specs }, journalActor(actor)).id };
    },
    'import.history': ({ limit }) => listImports(ctx.sqlite, limit),
    'mappings.save': (input) =>
      saveMapping(ctx.sqlite, { ...input, signature: headerSignature(input.headers) }, ctx.clock()),
    'demo.load': ({ accounts, seed, months }, { actor }) => {
      if (hasAnyAccount(ctx.sqlite)) {
        throw new AppError('CONFLICT', 'Демонстрационный район загружается только в пустую базу.');
      }
      const history = months ?? defaultDemoMonths(accounts);
      const title = `Демонстрационный район: ${formatCount(accounts)} лицевых счетов, история ${history} мес.`;
      return {
        jobId: ctx.jobs.start('demo', title, { task: 'demo', accounts, seed, months: history }, journalActor(actor)).id,
      };
    },
    'jobs.get': ({ jobId }) => ctx.jobs.get(jobId),
    'jobs.list': () => ctx.jobs.list(),
    'legalTables.get': () => legalTablesView(ctx.sqlite),
    'legalTables.addKeyRate': (input, { actor }) => addKeyRate(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'legalTables.addRateRegime': (input, { actor }) =>
      addRateRegime(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    'legalTables.addMoratorium': (input, { actor }) =>
      addMoratorium(ctx.sqlite, input, journalActor(actor), ctx.clock()),
    ...createPenaltyHandlers(ctx),
    ...createEpdHandlers(ctx),
    ...createWorkHandlers(ctx),
    ...createDocumentsHandlers(ctx),
    ...createMailingHandlers(ctx),
    ...createCourtDirectoryHandlers(ctx),
    ...createCourtQueueHandlers(ctx),
    ...createCourtCasesHandlers(ctx),
    ...createCourtDutyHandlers(ctx),
    ...createCourtDocumentsHandlers(ctx),
    ...createFsspWritsHandlers(ctx),
    ...createFsspDepartmentsHandlers(ctx),
    ...createFsspApplicationsHandlers(ctx),
    ...createFsspProceedingsHandlers(ctx),
    ...createFsspReconciliationHandlers(ctx),
    ...createFsspRaidsHandlers(ctx),
    ...createBackupHandlers(ctx),
    ...createRetentionHandlers(ctx),
    ...createUploadLimitsHandlers(ctx),
    ...createLanHandlers(ctx),
    ...createRestrictionDataHandlers(ctx),
    ...createRestrictionHandlers(ctx),
    ...createRestrictionOrdersHandlers(ctx),
    ...createAgreementsHandlers(ctx),
    ...createEvictionHandlers(ctx),
    ...createHousingStockHandlers(ctx),
    ...createDebtHistoryHandlers(ctx),
    ...createReportPlanHandlers(ctx),
    ...createEffectivenessHandlers(ctx),
    ...createPressHandlers(ctx),
    ...createBlackmarkHandlers(ctx),
    ...createMeetingsHandlers(ctx),
    'account.debt': ({ number, asOf }) => accountDebtReport(ctx.sqlite, number, asOf ?? isoDateInZone(ctx.clock())),
    'debt.limitation': (request) => answerLimitation(request, loadPenaltyTables(ctx.sqlite), PRODUCTION_CALENDAR),
    ...createAuthHandlers(ctx),
    ...createRolesHandlers(ctx),
    ...createJournalHandlers(ctx),
  };
}
