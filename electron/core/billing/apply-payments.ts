/**
 * @file Applies a payments file. Each payment gets a key — its document number when the file has one, else date,
 * amount and its ordinal among identical payments of the account in the file — so importing a corrected or
 * overlapping file replaces payments instead of counting them twice.
 */
import type { ApplyInput, ApplyOutcome } from './apply-context';
import { accountIdsByNumber, ErrorList, ruCount, text } from './apply-context';

export function applyPayments(input: ApplyInput): ApplyOutcome {
  const { sqlite, records, importId, today } = input;
  const errors = new ErrorList(input.mapping);
  const ids = accountIdsByNumber(sqlite);
  const keys: string[] = new Array<string>(records.length);
  const resolved = new Int32Array(records.length);
  const seen = new Map<string, number>();
  const firstLineOfKey = new Map<string, number>();
  records.forEach((r, i) => {
    const number = text(r, 'accountNumber') as string;
    const id = ids.get(number);
    if (id === undefined) {
      errors.add(r, 'accountNumber', 'такого лицевого счёта нет в базе (загрузите сначала файл лицевых счетов)', number);
      return;
    }
    resolved[i] = id;
    const date = r.values.paymentDate as string;
    if (date > today) errors.add(r, 'paymentDate', 'дата оплаты позже сегодняшнего дня', date);
    if (r.values.amountKopecks === 0) errors.add(r, 'amountKopecks', 'нулевая сумма оплаты', '0');
    const doc = text(r, 'documentNumber');
    let key: string;
    if (doc) {
      key = `№${doc}`;
      const earlier = firstLineOfKey.get(`${id}|${key}`);
      if (earlier !== undefined) errors.add(r, 'documentNumber', `платёж с этим номером уже есть в строке ${earlier}`, doc);
      firstLineOfKey.set(`${id}|${key}`, r.line);
    } else {
      const base = `${id}|${date}|${String(r.values.amountKopecks)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      key = `${date}|${String(r.values.amountKopecks)}|${n}`;
    }
    keys[i] = key;
  });
  if (errors.count > 0) return { errors: errors.errors, errorCount: errors.count, touchedAccountIds: new Set(), summary: '', counts: {} };

  const before = (sqlite.prepare('SELECT count(*) AS n FROM payments').get() as { n: number }).n;
  const upsert = sqlite.prepare(
    `INSERT INTO payments (account_id, payment_date, amount_kopecks, period, source, document_number, payment_key, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_id, payment_key) DO UPDATE SET payment_date = excluded.payment_date,
        amount_kopecks = excluded.amount_kopecks, period = excluded.period, source = excluded.source,
        import_id = excluded.import_id`,
  );
  const touched = new Set<number>();
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i]!;
    const accountId = resolved[i]!;
    upsert.run(
      accountId,
      r.values.paymentDate,
      r.values.amountKopecks,
      text(r, 'period'),
      text(r, 'source'),
      text(r, 'documentNumber'),
      keys[i],
      importId,
    );
    touched.add(accountId);
    if (i % 50_000 === 0) input.onProgress?.(i, records.length);
  }
  const added = (sqlite.prepare('SELECT count(*) AS n FROM payments').get() as { n: number }).n - before;
  return {
    errors: [],
    errorCount: 0,
    touchedAccountIds: touched,
    summary: `оплат: ${ruCount(added)} новых, ${ruCount(records.length - added)} заменено`,
    counts: { paymentsAdded: added, paymentsReplaced: records.length - added },
  };
}
