/**
 * @file Handlers — Court documents and packages: making the documents of cases, one ZIP per court with a manifest, re-checking a package.
 * Thin: each calls a service in electron/core/court/. PLACEHOLDERS until the area is built.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type CourtDocumentsMethod = 'court.makeDocuments' | 'court.caseDocuments' | 'court.exportPackage' | 'court.packages' | 'court.verifyPackage';

export function createCourtDocumentsHandlers(_ctx: CoreContext): Pick<ApiHandlers, CourtDocumentsMethod> {
  const notYet = (): never => {
    throw new AppError('INTERNAL', 'Раздел ещё не готов.');
  };
  return {
    'court.makeDocuments': notYet,
    'court.caseDocuments': notYet,
    'court.exportPackage': notYet,
    'court.packages': notYet,
    'court.verifyPackage': notYet,
  };
}
