/**
 * @file The handlers of the API table. Thin: each validates nothing itself (dispatch did) and calls
 * repositories and services.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { getSettings, saveSettings } from '../repositories/settings-repo';
import { appendJournal, recentJournal } from '../repositories/journal-repo';
import { readAppInfo } from '../services/app-info';
import { isoDateInZone } from '../../../shared/dates/iso-date';

export function createHandlers(ctx: CoreContext): ApiHandlers {
  return {
    'app.info': () => readAppInfo(ctx),
    'settings.get': () => getSettings(ctx.db),
    'settings.update': (settings) => {
      const nowMs = ctx.clock();
      // better-sqlite3 transactions belong to the connection, so drizzle calls on ctx.db inside run in it.
      ctx.sqlite.transaction(() => {
        saveSettings(ctx.db, settings, nowMs);
        appendJournal(ctx.db, {
          kind: 'settings.updated',
          actionDate: isoDateInZone(nowMs),
          atMs: nowMs,
          userName: ctx.userName,
          summary: `Изменены настройки организации: «${settings.organisationName}»`,
          details: settings,
        });
      })();
      return getSettings(ctx.db);
    },
    'journal.recent': ({ limit }) => recentJournal(ctx.db, limit),
  };
}
