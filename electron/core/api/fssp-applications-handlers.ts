/**
 * @file Handlers — the bailiffs' work, applications (measure 10): the writs to send, the applications with their
 * petitions, the transfer registers and their handing over. Thin: each calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor, type Actor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { applicationCandidates } from '../fssp/application-candidates';
import { createApplications, listApplications, withdrawApplication, type FsspEnv } from '../fssp/application-create';
import { createTransferRegister, listRegisters, registerFiles } from '../fssp/transfer-register';
import { markRegisterHanded } from '../fssp/transfer-register-handed';

type FsspApplicationsMethod =
  | 'fsspApplications.candidates'
  | 'fsspApplications.create'
  | 'fsspApplications.list'
  | 'fsspApplications.withdraw'
  | 'fsspRegisters.create'
  | 'fsspRegisters.list'
  | 'fsspRegisters.files'
  | 'fsspRegisters.markHanded';

export function createFsspApplicationsHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspApplicationsMethod> {
  const env = (actor: Actor): FsspEnv => {
    const nowMs = ctx.clock();
    return { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs, today: isoDateInZone(nowMs) };
  };
  return {
    'fsspApplications.candidates': () => applicationCandidates(ctx.sqlite, isoDateInZone(ctx.clock())),
    'fsspApplications.create': (input, { actor }) => createApplications(env(actor), input),
    'fsspApplications.list': (input) =>
      listApplications(ctx.sqlite, {
        ...(input.status ? { status: input.status } : {}),
        unregistered: input.unregistered,
      }),
    'fsspApplications.withdraw': ({ applicationId }, { actor }) => withdrawApplication(env(actor), applicationId),
    'fsspRegisters.create': (input, { actor }) => createTransferRegister(env(actor), input),
    'fsspRegisters.list': () => listRegisters(ctx.sqlite),
    'fsspRegisters.files': ({ registerId }) => registerFiles(ctx.sqlite, ctx.dataDir, registerId),
    'fsspRegisters.markHanded': (input, { actor }) => markRegisterHanded(env(actor), input),
  };
}
