/**
 * @file Applies a charges file batch by batch: one row per account, billing month and service. A row for a key
 * that already exists from an EARLIER import replaces its amount (a corrected or repeated month), so re-imports
 * never double a charge; the same key twice within this file is an error (the upsert's WHERE sees the row
 * already carries this import's id — no in-memory set of keys, which would not fit for a 5-year district).
 */
import type { ParsedRecord } from '../import/parse-billing-file';
import type { ApplierContext, BatchApplier } from './apply-context';
import { accountIdsByNumber, ErrorList, tableSize, text, upsertOutcome } from './apply-context';

export function chargesApplier(ctx: ApplierContext): BatchApplier {
  const { sqlite, importId } = ctx;
  const errors = new ErrorList(ctx.mapping);
  const ids = accountIdsByNumber(sqlite);
  const before = tableSize(sqlite, 'charges');
  const upsert = sqlite.prepare(
    `INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, period, service) DO UPDATE SET amount_kopecks = excluded.amount_kopecks,
        import_id = excluded.import_id
      WHERE charges.import_id <> excluded.import_id`,
  );
  const touched = new Set<number>();
  let rows = 0;

  const add = (batch: ParsedRecord[], write: boolean): void => {
    for (const r of batch) {
      rows += 1;
      const number = text(r, 'accountNumber') as string;
      const accountId = ids.get(number);
      if (accountId === undefined) {
        errors.add(r, 'accountNumber', 'такого лицевого счёта нет в базе (загрузите сначала файл лицевых счетов)', number);
        continue;
      }
      if (!write || errors.count > 0) continue;
      const changed = upsert.run(accountId, r.values.period, r.values.service, r.values.amountKopecks, importId).changes;
      if (changed === 0) errors.add(r, 'service', 'начисление за этот месяц и услугу уже есть выше в этом файле', r.values.service);
      touched.add(accountId);
    }
  };

  return {
    add,
    finish: () => upsertOutcome(sqlite, 'charges', before, rows, errors, touched, 'начислений'),
    get errorCount() {
      return errors.count;
    },
  };
}
