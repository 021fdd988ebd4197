/**
 * @file `app.info`: where the data lives, the schema version, how much is in it.
 */
import type { AppInfo } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { readTableCounts } from '../repositories/table-counts-repo';

export function readAppInfo(ctx: CoreContext): AppInfo {
  return {
    appVersion: ctx.appVersion,
    host: ctx.host,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    schemaVersion: ctx.schema.version,
    schemaTag: ctx.schema.tag,
    counts: readTableCounts(ctx.sqlite),
  };
}
