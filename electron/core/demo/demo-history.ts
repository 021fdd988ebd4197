/**
 * @file The demo district's six months of recorded work across the measures, with payments that respond to some of
 * it (seeded), so the cockpit, the plan report and the effectiveness report show realistic figures on a first start.
 *
 * Runs at the end of the demo load (electron/core/jobs/run-job-task.ts). The window and why it cannot change today's
 * worklists: demo-history-context.ts. Per month: measure 1 an SMS batch, measure 2 calls with promises
 * (demo-history-contacts.ts); measure 5 claims delivered and measure 8 restriction warnings, journal only
 * (demo-history-paper.ts); measure 7 a «Чёрная метка» raid and publications (demo-history-media.ts); measure 13
 * meetings (demo-history-meetings.ts). Measures 9 and 11 are left out: the demo has no court cases and no
 * proceedings, and an application or a proceeding without them would be a record of nothing.
 *
 * The payments that answer the actions go in as real `payments` rows under ONE `imports` row titled as demonstration
 * data (payment keys «demo-history|…»), the touched accounts' summaries are recounted by the billing code, promises are
 * judged by the promise rule against all the payments, and only then is the journal written — every per-account entry
 * with the account's overdue debt on its day (the debt history's count, as accountDebtsOn gives it), at 11:00 Moscow time of that day, by «Демонстрационные
 * данные». Kinds and details are those shared/reports/effect-kinds.ts reads. Deterministic from the seed.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import { journalWriter } from '../journal/journal-writer';
import { recomputeSummaries } from '../billing/recompute-summaries';
import { forEachAccountAtDates } from '../reports/debt-at-dates';
import { judgePromise } from '../calls/promise-verdict';
import { currentRuleBook } from '../rules/rule-book-repo';
import { PAYMENT_SOURCES } from './payments';
import { atMsOf, DEMO_USER, historyMonths, HistoryPlan, type PendingEntry } from './demo-history-context';
import { addHistoryCalls, addHistorySms } from './demo-history-contacts';
import { addHistoryClaims, addHistoryWarnings } from './demo-history-paper';
import { addHistoryPublications, addHistoryRaid } from './demo-history-media';
import { addHistoryMeetings } from './demo-history-meetings';

export interface DemoHistory {
  actions: number;
  payments: number;
}

export const DEMO_HISTORY_IMPORT_TITLE =
  'Демонстрационные данные: оплаты после мероприятий (история работы за полгода)';

export function addDemoHistory(
  sqlite: Database.Database,
  _by: JournalActor,
  today: string,
  nowMs: number,
  seed: string,
): DemoHistory {
  const months = historyMonths(sqlite, today);
  if (months.length === 0) return { actions: 0, payments: 0 };
  const actor: JournalActor = { userId: null, name: DEMO_USER };
  return sqlite.transaction(() => {
    const plan = new HistoryPlan(sqlite, actor, today, seed);
    const lettered = new Set(
      sqlite
        .prepare<[], { id: number }>(
          `SELECT DISTINCT m.account_id AS id FROM mail_items m JOIN document_batches b ON b.id = m.batch_id
            WHERE b.kind = 'claims'`,
        )
        .all()
        .map((r) => r.id),
    );
    const promisesBefore = maxId(sqlite, 'payment_promises');
    plan.prefetchDebts(months.map((m) => m.from));
    const claimed = new Set<number>();
    months.forEach((month, i) => {
      addHistorySms(plan, month);
      addHistoryCalls(plan, month);
      addHistoryClaims(plan, month, lettered, claimed);
      addHistoryWarnings(plan, month);
      addHistoryRaid(plan, month, i);
      addHistoryPublications(plan, month);
      addHistoryMeetings(plan, month, i);
    });
    const touched = insertPayments(plan, nowMs);
    recomputeSummaries(sqlite, touched, nowMs);
    judgePromises(plan, promisesBefore);
    const actions = writeEntries(plan);
    return { actions, payments: plan.payments.length };
  })();
}

/** The history's payments under one import row marked as demonstration data; answers the accounts touched. */
function insertPayments(plan: HistoryPlan, nowMs: number): Set<number> {
  const { sqlite } = plan;
  const rows = [...plan.payments].sort((a, b) => a.date.localeCompare(b.date) || a.accountId - b.accountId);
  const sha = createHash('sha256')
    .update(
      `demo-history|${plan.seed}|${plan.today}|${rows.map((p) => `${p.accountId}:${p.date}:${p.kopecks}`).join(',')}`,
    )
    .digest('hex');
  const importId = Number(
    sqlite
      .prepare(
        `INSERT INTO imports (kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
         VALUES ('payments', ?, ?, 0, '', ?, ?, ?, ?)`,
      )
      .run(
        DEMO_HISTORY_IMPORT_TITLE,
        sha,
        rows.length,
        JSON.stringify({ demo: true, history: true, added: rows.length }),
        DEMO_USER,
        nowMs,
      ).lastInsertRowid,
  );
  const insert = sqlite.prepare(
    `INSERT INTO payments (account_id, payment_date, amount_kopecks, period, source, document_number, payment_key, import_id)
     VALUES (?, ?, ?, NULL, ?, NULL, ?, ?)`,
  );
  const seen = new Map<string, number>();
  const touched = new Set<number>();
  const rng = plan.rng('payment-sources');
  for (const p of rows) {
    const base = `${p.accountId}|${p.date}|${p.kopecks}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    insert.run(
      p.accountId,
      p.date,
      p.kopecks,
      rng.pick(PAYMENT_SOURCES),
      `demo-history|${p.date}|${p.kopecks}|${n}`,
      importId,
    );
    touched.add(p.accountId);
  }
  return touched;
}

/** The promises made in the history, judged by the promise rule against every payment (the file's and the history's). */
function judgePromises(plan: HistoryPlan, afterId: number): void {
  const { sqlite } = plan;
  const rules = currentRuleBook(sqlite).promise;
  const open = sqlite
    .prepare<
      [number],
      { id: number; accountId: number; madeDate: string; promisedDate: string; amountKopecks: number }
    >(
      `SELECT id, account_id AS accountId, made_date AS madeDate, promised_date AS promisedDate, amount_kopecks AS amountKopecks
         FROM payment_promises WHERE id > ? AND status = 'open' ORDER BY id`,
    )
    .all(afterId);
  const paymentsOf = sqlite.prepare<[number, string], { date: string; kopecks: number }>(
    'SELECT payment_date AS date, amount_kopecks AS kopecks FROM payments WHERE account_id = ? AND payment_date >= ?',
  );
  const update = sqlite.prepare(
    'UPDATE payment_promises SET status = ?, paid_kopecks = ?, checked_date = ? WHERE id = ?',
  );
  for (const p of open) {
    const checked = addDays(p.promisedDate, rules.graceDays + 1);
    const verdict = judgePromise(p, paymentsOf.all(p.accountId, p.madeDate), rules, plan.today);
    if (verdict.status === 'open') continue;
    update.run(verdict.status, verdict.paidKopecks, checked, p.id);
    plan.entry({
      day:
        verdict.status === 'kept'
          ? minDate(checked, firstCovering(paymentsOf.all(p.accountId, p.madeDate), p))
          : checked,
      kind: verdict.status === 'kept' ? 'promise.kept' : 'promise.broken',
      accountId: p.accountId,
      summary:
        verdict.status === 'kept'
          ? `Обещание выполнено: оплачено ${formatKopecksAsRub(verdict.paidKopecks)} из ${formatKopecksAsRub(p.amountKopecks)}`
          : `Обещание нарушено: до ${formatRuDate(p.promisedDate)} оплачено ${formatKopecksAsRub(verdict.paidKopecks)} из ${formatKopecksAsRub(p.amountKopecks)}`,
      details: { promiseId: p.id, paidKopecks: verdict.paidKopecks },
    });
  }
}

/** The day the promise's payments first reached its sum. */
function firstCovering(
  payments: ReadonlyArray<{ date: string; kopecks: number }>,
  p: { madeDate: string; amountKopecks: number },
): string {
  let sum = 0;
  for (const x of [...payments].sort((a, b) => a.date.localeCompare(b.date))) {
    if (x.date < p.madeDate) continue;
    sum += x.kopecks;
    if (sum >= p.amountKopecks) return x.date;
  }
  return p.madeDate;
}

const minDate = (a: string, b: string): string => (a < b ? a : b);

/**
 * The journal, oldest day first, each per-account entry with the account's overdue debt on its day as the data now
 * stand (the history's own payments counted), or the debt the entry carries.
 */
function writeEntries(plan: HistoryPlan): number {
  const byDay = new Map<string, PendingEntry[]>();
  for (const e of plan.entries) {
    const list = byDay.get(e.day) ?? [];
    list.push(e);
    byDay.set(e.day, list);
  }
  const days = [...byDay.keys()].sort();
  // The debts of every account with an entry on every day of the history, in one pass (accountDebtsOn day by day
  // would read the charges and payments once a day).
  const ids = [...new Set(plan.entries.flatMap((e) => (e.accountId !== undefined ? [e.accountId] : [])))];
  const debtOn = new Map<number, number[]>();
  if (ids.length > 0)
    forEachAccountAtDates(plan.sqlite, { kind: 'ids', ids }, days, (a) => debtOn.set(a.accountId, a.balances));
  const journal = journalWriter(plan.sqlite);
  let written = 0;
  days.forEach((day, dayIndex) => {
    const list = byDay.get(day) as PendingEntry[];
    const atMs = atMsOf(day);
    list.forEach((e, i) => {
      journal.write(plan.by, atMs + i * 1000, {
        kind: e.kind,
        summary: e.summary,
        accountId: e.accountId ?? null,
        object: e.object ?? null,
        details: e.details,
        actionDate: day,
        debtKopecks:
          e.accountId !== undefined ? (e.debtKopecks ?? Math.max(0, debtOn.get(e.accountId)?.[dayIndex] ?? 0)) : null,
      });
      written += 1;
    });
  });
  return written;
}

function maxId(sqlite: Database.Database, table: 'payment_promises'): number {
  return sqlite.prepare<[], { id: number | null }>(`SELECT max(id) AS id FROM ${table}`).get()?.id ?? 0;
}
