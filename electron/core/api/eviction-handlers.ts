/**
 * @file Handlers — Выселение нанимателей (мера 12): кандидаты, дела, уважительные причины, документы. Thin: each
 * calls a service in electron/core/eviction/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { evictionCandidates } from '../eviction/eviction-candidates';
import { listCases, openCase, readCase } from '../eviction/eviction-cases-repo';
import { saveChecklist, takeStep } from '../eviction/eviction-steps';

type EvictionMethod =
  'eviction.candidates' | 'eviction.open' | 'eviction.case' | 'eviction.cases' | 'eviction.checklist' | 'eviction.step';

export function createEvictionHandlers(ctx: CoreContext): Pick<ApiHandlers, EvictionMethod> {
  const today = () => isoDateInZone(ctx.clock());
  return {
    'eviction.candidates': () => evictionCandidates(ctx.sqlite, today()),
    'eviction.open': ({ accountId }, { actor }) => openCase(ctx.sqlite, journalActor(actor), ctx.clock(), accountId),
    'eviction.case': ({ id }) => readCase(ctx.sqlite, id, today()),
    'eviction.cases': ({ status }) => listCases(ctx.sqlite, status, today()),
    'eviction.checklist': (input, { actor }) =>
      saveChecklist({ sqlite: ctx.sqlite, by: journalActor(actor), nowMs: ctx.clock() }, input),
    'eviction.step': (input, { actor }) =>
      takeStep({ sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() }, input),
  };
}
