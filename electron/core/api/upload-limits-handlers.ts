/**
 * @file Handlers — Пределы для файлов: наибольший размер загрузки и разбора файла. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type UploadLimitsMethod = never;

export function createUploadLimitsHandlers(_ctx: CoreContext): Pick<ApiHandlers, UploadLimitsMethod> {
  return {};
}
