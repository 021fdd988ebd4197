/**
 * @file Handlers — Мероприятие 7: рейды «Чёрная метка» и показательные отключения. Thin: each calls a service in
 * electron/core/blackmark/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { blackmarkCandidates } from '../blackmark/raid-candidates';
import { createBlackmarkRaid } from '../blackmark/raid-plan';
import { listBlackmarkRaids, readBlackmarkRaid } from '../blackmark/raid-read';
import { blackmarkRouteSheet, blackmarkVisitCards } from '../blackmark/raid-documents';
import { recordBlackmarkOutcome } from '../blackmark/raid-outcome';
import { attachRaidFiles, readRaidFile } from '../blackmark/raid-files';
import { cancelBlackmarkRaid, closeBlackmarkRaid } from '../blackmark/raid-close';

type BlackmarkMethod =
  | 'blackmark.list'
  | 'blackmark.candidates'
  | 'blackmark.create'
  | 'blackmark.get'
  | 'blackmark.routeSheet'
  | 'blackmark.visitCards'
  | 'blackmark.recordOutcome'
  | 'blackmark.attachFiles'
  | 'blackmark.file'
  | 'blackmark.close'
  | 'blackmark.cancel';

export function createBlackmarkHandlers(ctx: CoreContext): Pick<ApiHandlers, BlackmarkMethod> {
  const env = (actor: Parameters<typeof journalActor>[0]) => ({
    sqlite: ctx.sqlite,
    dataDir: ctx.dataDir,
    by: journalActor(actor),
    nowMs: ctx.clock(),
  });
  return {
    'blackmark.list': () => listBlackmarkRaids(ctx.sqlite),
    'blackmark.candidates': (input) => blackmarkCandidates(ctx.sqlite, ctx.clock(), input),
    'blackmark.create': (input, { actor }) => createBlackmarkRaid(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'blackmark.get': ({ raidId }) => readBlackmarkRaid(ctx.sqlite, raidId),
    'blackmark.routeSheet': (input, { actor }) => blackmarkRouteSheet(env(actor), input),
    'blackmark.visitCards': (input, { actor }) => blackmarkVisitCards(env(actor), input),
    'blackmark.recordOutcome': (input, { actor }) =>
      recordBlackmarkOutcome(ctx.sqlite, journalActor(actor), ctx.clock(), input),
    'blackmark.attachFiles': (input, { actor }) =>
      attachRaidFiles(ctx.sqlite, ctx.dataDir, journalActor(actor), ctx.clock(), input),
    'blackmark.file': ({ fileId }) => readRaidFile(ctx.sqlite, ctx.dataDir, fileId),
    'blackmark.close': ({ raidId }, { actor }) =>
      closeBlackmarkRaid(ctx.sqlite, journalActor(actor), ctx.clock(), raidId),
    'blackmark.cancel': (input, { actor }) => cancelBlackmarkRaid(ctx.sqlite, journalActor(actor), ctx.clock(), input),
  };
}
