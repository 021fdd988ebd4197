/**
 * @file Handlers of the journal page (shared/api/contract-auth.ts): one page of the filtered journal with its
 * total, the users the filter offers, and the whole filtered history as XLSX.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { searchJournal } from '../journal/journal-search';
import { journalUsers } from '../journal/journal-users';
import { exportJournalXlsx } from '../journal/journal-xlsx';
import { writeJournal } from '../journal/journal-writer';
import { journalActor } from '../auth/actor';

export function createJournalHandlers(
  ctx: CoreContext,
): Pick<ApiHandlers, 'journal.search' | 'journal.users' | 'journal.exportXlsx'> {
  return {
    'journal.search': ({ offset, limit, ...filter }) => searchJournal(ctx.db, filter, { offset, limit }),
    'journal.users': () => journalUsers(ctx.db),
    'journal.exportXlsx': async (filter, { actor }) => {
      const file = await exportJournalXlsx(ctx.db, ctx.dataDir, filter, ctx.clock());
      // Who took the history out of the office, and which part of it.
      writeJournal(ctx.sqlite, journalActor(actor), ctx.clock(), {
        kind: 'journal.exported',
        summary: `Журнал выгружен в XLSX: ${file.rows} записей (${file.fileName})`,
        details: { filter, fileName: file.fileName, rows: file.rows },
      });
      return file;
    },
  };
}
