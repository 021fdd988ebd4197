/**
 * @file Handlers — Хранение: сроки хранения загруженных файлов, выгрузок и документов, очистка. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { RETENTION_DEFAULTS } from '../../../shared/api/contract-retention';
import { readLastPurge, readRetention } from '../retention/retention-settings';
import { purgeNow, saveRetention } from '../retention/retention-service';

type RetentionMethod = 'retention.get' | 'retention.save' | 'retention.purgeNow';

export function createRetentionHandlers(ctx: CoreContext): Pick<ApiHandlers, RetentionMethod> {
  return {
    'retention.get': () => ({
      settings: readRetention(ctx.db),
      defaults: RETENTION_DEFAULTS,
      lastPurge: readLastPurge(ctx.db),
    }),
    'retention.save': (input, { actor }) => saveRetention(ctx, journalActor(actor), input),
    'retention.purgeNow': (_input, { actor }) => purgeNow(ctx, journalActor(actor)),
  };
}
