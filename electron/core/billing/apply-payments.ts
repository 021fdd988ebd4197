/**
 * @file Applies a payments file batch by batch. Each payment gets a key — its document number when the file has
 * one, else date, amount and its ordinal among identical payments of the account in the file — so importing a
 * corrected or overlapping file replaces payments instead of counting them twice. The same document number
 * twice in one file is an error (detected by the upsert itself, as for charges).
 */
import type { ParsedRecord } from '../import/parse-billing-file';
import type { ApplierContext, BatchApplier } from './apply-context';
import { accountIdsByNumber, ErrorList, tableSize, text, upsertOutcome } from './apply-context';

export function paymentsApplier(ctx: ApplierContext): BatchApplier {
  const { sqlite, importId, today } = ctx;
  const errors = new ErrorList(ctx.mapping);
  const ids = accountIdsByNumber(sqlite);
  const before = tableSize(sqlite, 'payments');
  const upsert = sqlite.prepare(
    `INSERT INTO payments (account_id, payment_date, amount_kopecks, period, source, document_number, payment_key, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_id, payment_key) DO UPDATE SET payment_date = excluded.payment_date,
        amount_kopecks = excluded.amount_kopecks, period = excluded.period, source = excluded.source,
        import_id = excluded.import_id
      WHERE payments.import_id <> excluded.import_id`,
  );
  // Only payments without a document number need counting (their key includes the ordinal).
  const seen = new Map<string, number>();
  const touched = new Set<number>();
  let rows = 0;

  const add = (batch: ParsedRecord[], write: boolean): void => {
    for (const r of batch) {
      rows += 1;
      const number = text(r, 'accountNumber') as string;
      const accountId = ids.get(number);
      if (accountId === undefined) {
        errors.add(
          r,
          'accountNumber',
          'такого лицевого счёта нет в базе (загрузите сначала файл лицевых счетов)',
          number,
        );
        continue;
      }
      const date = r.values.paymentDate as string;
      const amount = r.values.amountKopecks as number;
      if (date > today) errors.add(r, 'paymentDate', 'дата оплаты позже сегодняшнего дня', date);
      if (amount === 0) errors.add(r, 'amountKopecks', 'нулевая сумма оплаты', '0');
      const doc = text(r, 'documentNumber');
      let key: string;
      if (doc) {
        key = `№${doc}`;
      } else {
        const base = `${accountId}|${date}|${amount}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        key = `${date}|${amount}|${n}`;
      }
      if (!write || errors.count > 0) continue;
      const changed = upsert.run(
        accountId,
        date,
        amount,
        text(r, 'period'),
        text(r, 'source'),
        doc,
        key,
        importId,
      ).changes;
      if (changed === 0) errors.add(r, 'documentNumber', 'платёж с этим номером уже есть выше в этом файле', doc ?? '');
      touched.add(accountId);
    }
  };

  return {
    add,
    finish: () => upsertOutcome(sqlite, 'payments', before, rows, errors, touched, 'оплат'),
    get errorCount() {
      return errors.count;
    },
  };
}
