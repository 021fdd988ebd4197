/**
 * @file Handlers — Пределы для файлов: наибольший размер загрузки и разбора файла. Thin: each calls a service of the core.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { saveUploadLimits, uploadLimitsView } from '../billing/upload-limits';

type UploadLimitsMethod = 'uploadLimits.get' | 'uploadLimits.save';

export function createUploadLimitsHandlers(ctx: CoreContext): Pick<ApiHandlers, UploadLimitsMethod> {
  return {
    'uploadLimits.get': () => uploadLimitsView(ctx.sqlite),
    'uploadLimits.save': (input, { actor }) => saveUploadLimits(ctx.sqlite, input, journalActor(actor), ctx.clock()),
  };
}
