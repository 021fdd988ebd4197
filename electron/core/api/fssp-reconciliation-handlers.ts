/**
 * @file Handlers — the bailiffs' work, reconciliation with a department's list (measure 11). Thin: each calls a
 * service in electron/core/fssp/reconciliation-*.ts.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor, type Actor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { previewReconciliation, runReconciliation, type ReconciliationEnv } from '../fssp/reconciliation-run';
import { getReconciliation, listReconciliations, resolveDifference } from '../fssp/reconciliation-history';
import { reconciliationReportPdf, reconciliationReportXlsx } from '../fssp/reconciliation-report';

type FsspReconciliationMethod =
  | 'reconciliation.preview'
  | 'reconciliation.run'
  | 'reconciliation.list'
  | 'reconciliation.get'
  | 'reconciliation.resolve'
  | 'reconciliation.reportXlsx'
  | 'reconciliation.reportPdf';

export function createFsspReconciliationHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspReconciliationMethod> {
  const env = (actor: Actor): ReconciliationEnv => {
    const nowMs = ctx.clock();
    return { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs, today: isoDateInZone(nowMs) };
  };
  const today = () => isoDateInZone(ctx.clock());
  return {
    'reconciliation.preview': (input, { actor }) => previewReconciliation(env(actor), input),
    'reconciliation.run': (input, { actor }) => runReconciliation(env(actor), input),
    'reconciliation.list': ({ departmentId }) => listReconciliations(ctx.sqlite, departmentId),
    'reconciliation.get': ({ reconciliationId }) => getReconciliation(ctx.sqlite, reconciliationId),
    'reconciliation.resolve': (input, { actor }) =>
      resolveDifference(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'reconciliation.reportXlsx': ({ reconciliationId }) =>
      reconciliationReportXlsx(ctx.sqlite, ctx.dataDir, reconciliationId, today()),
    'reconciliation.reportPdf': ({ reconciliationId }) =>
      reconciliationReportPdf(ctx.sqlite, ctx.dataDir, reconciliationId, today()),
  };
}
