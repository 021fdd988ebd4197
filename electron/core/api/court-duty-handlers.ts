/**
 * @file Handlers — State duty: the computation by filing date (the CLI `duty`), requests to each УК, payment orders
 * matched to applications, exemptions. Thin: each calls a service in electron/core/court/duty-*.ts.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor, type Actor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { computeDuty } from '../court/duty-compute';
import { createDutyRequest, readDutyOverview, type DutyEnv } from '../court/duty-request';
import { readDutyPayments, recordDutyExemption, recordDutyPayment } from '../court/duty-payment';

type CourtDutyMethod =
  | 'duty.compute'
  | 'duty.requests'
  | 'duty.createRequest'
  | 'duty.payments'
  | 'duty.recordPayment'
  | 'duty.recordExemption';

export function createCourtDutyHandlers(ctx: CoreContext): Pick<ApiHandlers, CourtDutyMethod> {
  const env = (actor: Actor): DutyEnv => ({
    sqlite: ctx.sqlite,
    dataDir: ctx.dataDir,
    by: journalActor(actor),
    nowMs: ctx.clock(),
  });
  return {
    'duty.compute': ({ claimKopecks, filed, kind }) => computeDuty(ctx.sqlite, claimKopecks, filed, kind),
    'duty.requests': ({ managementCompanyId }) => readDutyOverview(ctx.sqlite, managementCompanyId),
    'duty.createRequest': (input, { actor }) =>
      createDutyRequest(env(actor), {
        managementCompanyId: input.managementCompanyId,
        ...(input.caseIds ? { caseIds: input.caseIds } : {}),
        requestDate: input.requestDate ?? isoDateInZone(ctx.clock()),
      }),
    'duty.payments': ({ managementCompanyId }) => readDutyPayments(ctx.sqlite, { managementCompanyId }),
    'duty.recordPayment': (input, { actor }) => recordDutyPayment(env(actor), input),
    'duty.recordExemption': (input, { actor }) => recordDutyExemption(env(actor), input),
  };
}
