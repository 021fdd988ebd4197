/**
 * @file Applies a charges file: one row per account, billing month and service. A row for a key that already
 * exists replaces the amount (a corrected or repeated month), so re-imports never double a charge.
 */
import type { ApplyInput, ApplyOutcome } from './apply-context';
import { accountIdsByNumber, ErrorList, ruCount, text } from './apply-context';

export function applyCharges(input: ApplyInput): ApplyOutcome {
  const { sqlite, records, importId } = input;
  const errors = new ErrorList(input.mapping);
  const ids = accountIdsByNumber(sqlite);
  const resolved = new Int32Array(records.length);
  records.forEach((r, i) => {
    const number = text(r, 'accountNumber') as string;
    const id = ids.get(number);
    if (id === undefined) errors.add(r, 'accountNumber', 'такого лицевого счёта нет в базе (загрузите сначала файл лицевых счетов)', number);
    else resolved[i] = id;
  });
  if (errors.count > 0) return { errors: errors.errors, errorCount: errors.count, touchedAccountIds: new Set(), summary: '', counts: {} };

  const before = (sqlite.prepare('SELECT count(*) AS n FROM charges').get() as { n: number }).n;
  const upsert = sqlite.prepare(
    `INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, period, service) DO UPDATE SET amount_kopecks = excluded.amount_kopecks,
        import_id = excluded.import_id`,
  );
  const touched = new Set<number>();
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i]!;
    const accountId = resolved[i]!;
    upsert.run(accountId, r.values.period, r.values.service, r.values.amountKopecks, importId);
    touched.add(accountId);
    if (i % 50_000 === 0) input.onProgress?.(i, records.length);
  }
  const added = (sqlite.prepare('SELECT count(*) AS n FROM charges').get() as { n: number }).n - before;
  return {
    errors: [],
    errorCount: 0,
    touchedAccountIds: touched,
    summary: `начислений: ${ruCount(added)} новых, ${ruCount(records.length - added)} заменено`,
    counts: { chargesAdded: added, chargesReplaced: records.length - added },
  };
}
