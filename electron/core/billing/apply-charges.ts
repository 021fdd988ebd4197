/**
 * @file Applies a charges file batch by batch: one row per account, billing month and service. A row for a key
 * that already exists from an EARLIER import replaces its amount (a corrected or repeated month), so re-imports
 * never double a charge; the same key twice within this file is an error (the upsert's WHERE sees the row
 * already carries this import's id — no in-memory set of keys, which would not fit for a 5-year district).
 *
 * Speed (a million rows): rows are written 200 per statement — one multi-row upsert costs a third of 200
 * single-row ones (statement overhead and AUTOINCREMENT bookkeeping are paid per statement). Each such write runs
 * in a savepoint: if it changed fewer rows than it carried, some row repeats a key of this file (the parser's own
 * duplicate check makes that practically impossible), and the write is undone and redone row by row, so the
 * error names exactly the rows the row-by-row upsert names.
 */
import type { ParsedRecord } from '../import/parse-billing-file';
import type { ApplierContext, BatchApplier } from './apply-context';
import { accountIdsByNumber, ErrorList, tableSize, text, upsertOutcome } from './apply-context';

/** Rows per multi-row statement (× 5 parameters, well under SQLite's limit of 32,766). */
const ROWS_PER_STATEMENT = 200;

function upsertSql(rows: number): string {
  return `INSERT INTO charges (account_id, period, service, amount_kopecks, import_id)
     VALUES ${Array<string>(rows).fill('(?, ?, ?, ?, ?)').join(', ')}
     ON CONFLICT (account_id, period, service) DO UPDATE SET amount_kopecks = excluded.amount_kopecks,
        import_id = excluded.import_id
      WHERE charges.import_id <> excluded.import_id`;
}

export function chargesApplier(ctx: ApplierContext): BatchApplier {
  const { sqlite, importId } = ctx;
  const errors = new ErrorList(ctx.mapping);
  const ids = accountIdsByNumber(sqlite);
  const before = tableSize(sqlite, 'charges');
  const upsertOne = sqlite.prepare(upsertSql(1));
  const upsertMany = sqlite.prepare(upsertSql(ROWS_PER_STATEMENT));
  const savepoint = sqlite.prepare('SAVEPOINT charges_rows');
  const release = sqlite.prepare('RELEASE charges_rows');
  const undo = sqlite.prepare('ROLLBACK TO charges_rows');
  const touched = new Set<number>();
  let rows = 0;
  /** Checked rows waiting to be written, and their account ids. */
  const pending: ParsedRecord[] = [];
  const pendingIds: number[] = [];
  const params: unknown[] = new Array<unknown>(ROWS_PER_STATEMENT * 5);

  const writeOne = (r: ParsedRecord, accountId: number): void => {
    const changed = upsertOne.run(
      accountId,
      r.values.period,
      r.values.service,
      r.values.amountKopecks,
      importId,
    ).changes;
    if (changed === 0)
      errors.add(r, 'service', 'начисление за этот месяц и услугу уже есть выше в этом файле', r.values.service);
    touched.add(accountId);
  };

  const flush = (): void => {
    const n = pending.length;
    if (n === ROWS_PER_STATEMENT && errors.count === 0) {
      for (let j = 0, k = 0; j < n; j++) {
        const values = (pending[j] as ParsedRecord).values;
        params[k++] = pendingIds[j];
        params[k++] = values.period;
        params[k++] = values.service;
        params[k++] = values.amountKopecks;
        params[k++] = importId;
      }
      savepoint.run();
      const changed = upsertMany.run(params).changes;
      if (changed === n) {
        release.run();
        for (const id of pendingIds) touched.add(id);
        pending.length = 0;
        pendingIds.length = 0;
        return;
      }
      undo.run();
      release.run();
    }
    for (let j = 0; j < n && errors.count === 0; j++) writeOne(pending[j] as ParsedRecord, pendingIds[j] as number);
    pending.length = 0;
    pendingIds.length = 0;
  };

  const add = (batch: ParsedRecord[], write: boolean): void => {
    for (const r of batch) {
      rows += 1;
      const number = text(r, 'accountNumber') as string;
      const accountId = ids.get(number);
      if (accountId === undefined) {
        flush(); // the rows above are written (and their errors reported) first, as row by row
        errors.add(
          r,
          'accountNumber',
          'такого лицевого счёта нет в базе (загрузите сначала файл лицевых счетов)',
          number,
        );
        continue;
      }
      if (!write || errors.count > 0) continue;
      pending.push(r);
      pendingIds.push(accountId);
      if (pending.length === ROWS_PER_STATEMENT) flush();
    }
    flush();
  };

  return {
    add,
    finish: () => upsertOutcome(sqlite, 'charges', before, rows, errors, touched, 'начислений'),
    get errorCount() {
      return errors.count;
    },
  };
}
