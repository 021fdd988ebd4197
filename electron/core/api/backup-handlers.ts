/**
 * @file Handlers — Резервные копии: ежедневная и при выходе копия (VACUUM INTO) с проверкой, ротация, список, восстановление. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type BackupMethod = never;

export function createBackupHandlers(_ctx: CoreContext): Pick<ApiHandlers, BackupMethod> {
  return {};
}
