/**
 * @file The demo history's contacts with debtors (measures 1 and 2), as the real screens record them: a monthly SMS
 * batch to about 120 debtors over 30 000 ₽ with a mobile (sms_batches, sms_messages delivered or not, contacts,
 * 'sms.sent' with details.messageId), and calls on about 15 working days a month to about 40 debtors a day (contacts,
 * 'call.recorded' with details.outcome, a payment_promises row for a promise — judged kept or broken at the end by
 * the payments, electron/core/demo/demo-history.ts).
 *
 * Who pays after it (seeded): a delivered SMS 18 %, a reached call 25 %, a promise 45 % (on the promised day, or a day
 * or two before), the other outcomes less or not at all — on top of what the district's payment file already holds.
 */
import { addDays } from '../../../shared/calendar/date-math';
import { smsTextFor, DEFAULT_SMS_TEMPLATE } from '../../../shared/rules/contact/sms-template';
import { smsSize } from '../../../shared/rules/contact/sms-segments';
import { outcomeLabel, type CallOutcome } from '../../../shared/rules/contact/call-outcomes';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { DEFAULT_RULE_BOOK } from '../../../shared/rules/eligibility/default-rule-book';
import { currentRuleBook } from '../rules/rule-book-repo';
import { atMsOf, DEMO_USER, type HistoryPlan, type MonthSpan } from './demo-history-context';

const SMS_MIN_DEBT = 3_000_000;
const SMS_DELIVERED = 0.9;
const SMS_ANSWER = 0.18;
const CALL_DAYS = 15;
const CALLS_PER_DAY = 40;
const CALL_BRACKETS: readonly string[] = DEFAULT_RULE_BOOK.callQueue.brackets;

/** The outcome of a call and the chance the debtor pays within 30 days after it. */
const CALL_MIX: ReadonlyArray<readonly [CallOutcome, number, number]> = [
  ['reached', 30, 0.25],
  ['no_answer', 28, 0],
  ['busy', 5, 0],
  ['wrong_number', 3, 0],
  ['refused', 5, 0.03],
  ['dispute', 3, 0.05],
  ['already_paid', 3, 0.1],
  ['promise', 17, 0],
  ['callback', 6, 0.15],
];
const PROMISE_KEPT = 0.45;

export function addHistorySms(plan: HistoryPlan, month: MonthSpan): number {
  const rng = plan.rng('sms', month.month);
  const day = month.workingDays[Math.min(2, month.workingDays.length - 1)] as string;
  const base = plan.baseDebts(month.from);
  const pool = plan.pool(base, day, (a, debt) => !a.blocked && a.smsPhone !== null && debt > SMS_MIN_DEBT);
  const chosen = plan.sample(rng, pool, rng.int(110, 130));
  if (chosen.length === 0) return 0;
  const sqlite = plan.sqlite;
  const atMs = atMsOf(day);
  const batchId = Number(
    sqlite
      .prepare(
        `INSERT INTO sms_batches (created_date, template, recipients, status, file_path, user_name, at_ms)
         VALUES (?, ?, ?, 'exported', NULL, ?, ?)`,
      )
      .run(day, DEFAULT_SMS_TEMPLATE, chosen.length, DEMO_USER, atMs).lastInsertRowid,
  );
  const message = sqlite.prepare(
    `INSERT INTO sms_messages (batch_id, account_id, phone, text, encoding, segments, status, status_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const contact = contactStatement(plan);
  // The texts differ only in the number, the sum and the date (all Cyrillic, UCS-2): the size goes by the length, and
  // the segment calculator is slow enough to count once per length.
  const sizes = new Map<number, ReturnType<typeof smsSize>>();
  for (const [a, debt] of chosen) {
    const phone = a.smsPhone as string;
    const text = smsTextFor(DEFAULT_SMS_TEMPLATE, { number: a.number, debtKopecks: debt, address: a.address }, day);
    const size = sizes.get(text.length) ?? smsSize(text);
    sizes.set(text.length, size);
    const delivered = rng.chance(SMS_DELIVERED);
    const messageId = Number(
      message.run(
        batchId,
        a.accountId,
        phone,
        text,
        size.encoding,
        size.segments,
        delivered ? 'delivered' : 'failed',
        atMs + 3_600_000,
      ).lastInsertRowid,
    );
    contact.run(a.accountId, 'sms', day, 11 * 60, atMs, phone, 'exported', DEMO_USER, null);
    plan.entry({
      day,
      kind: 'sms.sent',
      accountId: a.accountId,
      summary: `SMS на ${phone}: «${text}»`,
      details: { batchId, messageId, segments: size.segments },
    });
    if (delivered) plan.respond(rng, a.accountId, day, debt, SMS_ANSWER);
  }
  return chosen.length;
}

export function addHistoryCalls(plan: HistoryPlan, month: MonthSpan): { calls: number; promises: number } {
  const rng = plan.rng('calls', month.month);
  const dayCount = Math.max(1, Math.round((CALL_DAYS * month.workingDays.length) / 21));
  const days = plan.sample(rng, month.workingDays, Math.min(dayCount, month.workingDays.length)).sort();
  const base = plan.baseDebts(month.from);
  const lastCall = new Map<number, string>();
  const promisedUntil = new Map<number, string>();
  const contact = contactStatement(plan);
  const promise = plan.sqlite.prepare(
    `INSERT INTO payment_promises (account_id, made_date, promised_date, amount_kopecks, status, user_name, at_ms)
     VALUES (?, ?, ?, ?, 'open', ?, ?)`,
  );
  const ruleVersion = currentRuleBook(plan.sqlite).version;
  let calls = 0;
  let promises = 0;
  for (const day of days) {
    const pool = plan.pool(
      base,
      day,
      (a, debt) =>
        !a.blocked &&
        a.phone !== null &&
        CALL_BRACKETS.includes(plan.bracketOf(debt)) &&
        // One call a week at most (the limit is two), none while a promise is pending.
        (lastCall.get(a.accountId) ?? '') < addDays(day, -7) &&
        (promisedUntil.get(a.accountId) ?? '') < day,
    );
    for (const [a, debt] of plan.sample(rng, pool, rng.int(CALLS_PER_DAY - 5, CALLS_PER_DAY + 5))) {
      const [outcome, , chance] = rng.weighted(CALL_MIX.map((m) => [m, m[1]] as const));
      const atMs = atMsOf(day) + calls * 60_000;
      const contactId = Number(
        contact.run(a.accountId, 'call', day, 11 * 60, atMs, a.phone, outcome, DEMO_USER, null).lastInsertRowid,
      );
      lastCall.set(a.accountId, day);
      calls += 1;
      let promiseId: number | null = null;
      let summary = `Звонок: ${outcomeLabel(outcome).toLowerCase()}`;
      if (outcome === 'promise') {
        const promised = addDays(day, rng.int(2, 10));
        const amount = Math.max(50_000, Math.round((debt * rng.float(0.3, 0.7)) / 10_000) * 10_000);
        promiseId = Number(promise.run(a.accountId, day, promised, amount, DEMO_USER, atMs).lastInsertRowid);
        promisedUntil.set(a.accountId, addDays(promised, 3));
        promises += 1;
        summary = `Звонок: обещал оплатить ${formatKopecksAsRub(amount)} до ${formatRuDate(promised)}`;
        if (rng.chance(PROMISE_KEPT)) {
          // Most pay on the promised day; some a day or two before. The promised day may be after the cutoff.
          const early = rng.chance(0.3) ? rng.int(1, 2) : 0;
          const date = addDays(promised, -early) < day ? day : addDays(promised, -early);
          plan.pay(a.accountId, date, amount);
        } else if (rng.chance(0.2)) {
          // A broken promise: a small part, days after the promised one (never after the cutoff).
          const date = addDays(promised, rng.int(4, 12));
          if (date <= plan.cutoff) plan.pay(a.accountId, date, Math.max(1_000, Math.round(amount / 5 / 100) * 100));
        }
      } else {
        plan.respond(rng, a.accountId, day, debt, chance);
      }
      plan.entry({
        day,
        kind: 'call.recorded',
        accountId: a.accountId,
        summary,
        details: { outcome, contactId, promiseId, ruleVersion },
      });
    }
  }
  return { calls, promises };
}

function contactStatement(plan: HistoryPlan) {
  return plan.sqlite.prepare<[number, string, string, number, number, string | null, string, string, string | null]>(
    `INSERT INTO contacts (account_id, channel, contact_date, local_minute, at_ms, phone, outcome, user_name, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}
