/**
 * @file Retention: the terms an administrator sets, the purge on demand, and the purge a serving host runs at start
 * and then daily (the CLI and the tests do not: a command must not delete files as a side effect).
 */
import type { RetentionPurgeCounts, RetentionSettings } from '../../../shared/api/contract-retention';
import type { JournalActor } from '../auth/actor';
import type { CoreContext } from '../core-context';
import { writeJournal } from '../journal/journal-writer';
import { purgeOldFiles } from './purge-old-files';
import { readRetention, writeLastPurge, writeRetention } from './retention-settings';

/** Who the journal names for the purge the program runs by itself. */
export const AUTOMATIC_PURGE: JournalActor = { userId: null, name: 'Программа (плановая очистка)' };

const DAY_MS = 24 * 60 * 60 * 1000;

export function saveRetention(ctx: CoreContext, by: JournalActor, next: RetentionSettings): RetentionSettings {
  const before = readRetention(ctx.db);
  ctx.sqlite.transaction(() => {
    writeRetention(ctx.db, next, ctx.clock());
    writeJournal(ctx.sqlite, by, ctx.clock(), {
      kind: 'retention.settings',
      summary:
        `Сроки хранения: загруженные файлы ${next.importsMonths} мес., выгрузки ${next.exportsMonths} мес., ` +
        `документы ${next.documentsMonths} мес.`,
      before,
      after: next,
    });
  })();
  return next;
}

/**
 * Deletes what is past its term now. A purge asked for by a user is always journaled; the automatic one only when
 * it removed something (a daily «nothing to do» would drown the journal).
 */
export function purgeNow(ctx: CoreContext, by: JournalActor): RetentionPurgeCounts {
  const atMs = ctx.clock();
  const counts = purgeOldFiles(ctx.dataDir, readRetention(ctx.db), atMs);
  const total = counts.imports + counts.exports + counts.documents + counts.incoming;
  ctx.sqlite.transaction(() => {
    writeLastPurge(ctx.db, { atMs, counts });
    if (total > 0 || by !== AUTOMATIC_PURGE) {
      writeJournal(ctx.sqlite, by, atMs, {
        kind: 'retention.purged',
        summary:
          `Удалены устаревшие файлы: загруженных ${counts.imports}, выгрузок ${counts.exports}, ` +
          `документов ${counts.documents}, непринятых загрузок ${counts.incoming} (${megabytes(counts.bytes)} МБ).`,
        details: counts,
      });
    }
  })();
  if (total > 0) ctx.logger.info(`Удалены устаревшие файлы: ${total}`);
  return counts;
}

/** The purge at start (soon after, not delaying the window) and then once a day; returns the stop for close(). */
export function scheduleRetention(ctx: CoreContext): () => void {
  const run = (): void => {
    try {
      purgeNow(ctx, AUTOMATIC_PURGE);
    } catch (error) {
      ctx.logger.error('Плановая очистка устаревших файлов не выполнена', error);
    }
  };
  const first = setTimeout(run, 1_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}
