/**
 * @file Handlers — Мероприятие 7: сводка для СМИ без персональных данных и журнал публикаций. Thin: each calls a
 * service in electron/core/media/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { makePressSummary, previewPressSummary } from '../media/press-summary';
import { addPublication, editPublication, listPublications, pressSummaryDocuments } from '../media/publications';
import { readPublicationFile } from '../media/publication-files';

type PressMethod =
  'press.summary' | 'press.make' | 'publications.list' | 'publications.add' | 'publications.edit' | 'publications.file';

export function createPressHandlers(ctx: CoreContext): Pick<ApiHandlers, PressMethod> {
  const env = (actor: Parameters<typeof journalActor>[0]) => {
    const nowMs = ctx.clock();
    return { sqlite: ctx.sqlite, dataDir: ctx.dataDir, by: journalActor(actor), nowMs, today: isoDateInZone(nowMs) };
  };
  return {
    'press.summary': (input) => {
      const nowMs = ctx.clock();
      return previewPressSummary({ sqlite: ctx.sqlite, nowMs, today: isoDateInZone(nowMs) }, input);
    },
    'press.make': (input, { actor }) => makePressSummary(env(actor), input),
    'publications.list': ({ from, to }) => ({
      rows: listPublications(ctx.sqlite, from, to),
      summaries: pressSummaryDocuments(ctx.sqlite),
    }),
    'publications.add': (input, { actor }) => addPublication(env(actor), input),
    'publications.edit': (input, { actor }) => editPublication(env(actor), input),
    'publications.file': ({ fileId }) => readPublicationFile(ctx.sqlite, ctx.dataDir, fileId),
  };
}
