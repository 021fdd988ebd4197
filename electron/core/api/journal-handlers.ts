/**
 * @file Handlers of the journal page (shared/api/contract-auth.ts).
 * STUB of the foundation commit: the journal search replaces it (issue 11).
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { AppError } from '../app-error';

const notYet = (): never => {
  throw new AppError('CONFLICT', 'Ещё не сделано.');
};

export function createJournalHandlers(_ctx: CoreContext): Pick<ApiHandlers, 'journal.search' | 'journal.exportXlsx'> {
  return { 'journal.search': notYet, 'journal.exportXlsx': notYet };
}
