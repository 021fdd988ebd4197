/**
 * @file Handlers — the bailiffs' work, joint raids (measure 11): candidates, planning, the route sheet, outcomes,
 * summary. Thin: each calls a service in electron/core/fssp/raid-*.ts.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { createRaid, raidCandidates } from '../fssp/raid-plan';
import { listRaids, readRaid, readRaidSummary } from '../fssp/raid-read';
import { raidRouteSheet } from '../fssp/raid-route-sheet';
import { recordRaidOutcome } from '../fssp/raid-outcome';

type FsspRaidsMethod =
  | 'raids.candidates'
  | 'raids.create'
  | 'raids.list'
  | 'raids.get'
  | 'raids.routeSheet'
  | 'raids.recordOutcome'
  | 'raids.summary';

export function createFsspRaidsHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspRaidsMethod> {
  return {
    'raids.candidates': (input) => raidCandidates(ctx.sqlite, input),
    'raids.create': (input, { actor }) => createRaid(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'raids.list': () => listRaids(ctx.sqlite),
    'raids.get': ({ raidId }) => readRaid(ctx.sqlite, raidId),
    'raids.routeSheet': (input, { actor }) =>
      raidRouteSheet({ sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs: ctx.clock() }, input),
    'raids.recordOutcome': (input, { actor }) => recordRaidOutcome(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'raids.summary': ({ raidId }) => readRaidSummary(ctx.sqlite, raidId),
  };
}
