/**
 * @file Handlers — Хранение: сроки хранения загруженных файлов, выгрузок и документов, очистка. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type RetentionMethod = never;

export function createRetentionHandlers(_ctx: CoreContext): Pick<ApiHandlers, RetentionMethod> {
  return {};
}
