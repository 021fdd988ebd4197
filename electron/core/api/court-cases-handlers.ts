/**
 * @file Handlers — Court cases: the list, one case, its steps (filed, order, copy received, in force, cancelled, lawsuit…), the «Сроки» list, the debtor identifiers (ГПК ст.124).
 * Thin: each calls a service in electron/core/court/. PLACEHOLDERS until the area is built.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

type CourtCasesMethod = 'court.cases' | 'court.case' | 'court.caseStep' | 'court.createLawsuit' | 'court.deadlines' | 'court.saveIdentifiers' | 'court.confirmIdentifiersUnknown' | 'court.missingIdentifiersXlsx';

export function createCourtCasesHandlers(_ctx: CoreContext): Pick<ApiHandlers, CourtCasesMethod> {
  const notYet = (): never => {
    throw new AppError('INTERNAL', 'Раздел ещё не готов.');
  };
  return {
    'court.cases': notYet,
    'court.case': notYet,
    'court.caseStep': notYet,
    'court.createLawsuit': notYet,
    'court.deadlines': notYet,
    'court.saveIdentifiers': notYet,
    'court.confirmIdentifiersUnknown': notYet,
    'court.missingIdentifiersXlsx': notYet,
  };
}
