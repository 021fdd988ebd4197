/**
 * @file The demo history's paper steps, journal entries only (no letters, no cases, so nothing of today changes):
 *
 * - measure 5 — claims delivered: 'claim.delivery' with the details delivery-outcome.ts writes (outcome delivered or
 *   returned; mailItemId, batchId and trackingNumber are null: the letters of the months before are not in the
 *   program's mail — no fake mail items, which the court queue would read). An account gets one such claim at most;
 *   one with a letter of the claim history (demo-claim-history.ts, sent 75 days before today) only in a month ending
 *   30 days before that letter, so the two never overlap. (Leaving those accounts out altogether would leave only
 *   debtors who have since paid down, and the claims would look far better than they are.)
 * - measure 8 — restriction warnings: 'restriction.warning' (no restriction case: a case would change today's
 *   candidates of measure 8).
 *
 * Who pays after it (seeded): a delivered claim 30 %, a returned one 10 %, a warning 50 % (within its 20 days mostly).
 */
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import type { HistoryPlan, MonthSpan } from './demo-history-context';

const CLAIMS_PER_MONTH = 60;
const CLAIM_MIN_DEBT = 1_000_000;
const CLAIM_DELIVERED = 0.8;
const WARNINGS_PER_MONTH = 8;
const WARNING_MIN_DEBT = 2_500_000;
const WARNING_SERVICE = 'Водоотведение';

/** Days before today the claim history's letters were sent (demo-claim-history.ts), and the gap kept before them. */
const HISTORY_LETTERS_SENT = 75;
const GAP_BEFORE_LETTERS = 30;

export function addHistoryClaims(
  plan: HistoryPlan,
  month: MonthSpan,
  lettered: ReadonlySet<number>,
  claimed: Set<number>,
): number {
  const rng = plan.rng('claims', month.month);
  const base = plan.baseDebts(month.from);
  const letteredAllowed = month.to < addDays(plan.today, -(HISTORY_LETTERS_SENT + GAP_BEFORE_LETTERS));
  const pool = plan.pool(
    base,
    month.from,
    (a, debt) => debt >= CLAIM_MIN_DEBT && !claimed.has(a.accountId) && (letteredAllowed || !lettered.has(a.accountId)),
  );
  const chosen = plan.sample(rng, pool, rng.int(CLAIMS_PER_MONTH - 10, CLAIMS_PER_MONTH + 10));
  for (const [a, debt] of chosen) {
    claimed.add(a.accountId);
    const day = rng.pick(month.workingDays);
    const outcome = rng.chance(CLAIM_DELIVERED) ? 'delivered' : 'returned';
    plan.entry({
      day,
      kind: 'claim.delivery',
      accountId: a.accountId,
      summary:
        outcome === 'delivered'
          ? `Претензия вручена ${formatRuDate(day)}`
          : `Претензия возвращена за истечением срока хранения ${formatRuDate(day)}`,
      details: { mailItemId: null, batchId: null, outcome, trackingNumber: null },
    });
    plan.respond(rng, a.accountId, day, debt, outcome === 'delivered' ? 0.3 : 0.1);
  }
  return chosen.length;
}

export function addHistoryWarnings(plan: HistoryPlan, month: MonthSpan): number {
  const rng = plan.rng('warnings', month.month);
  const base = plan.baseDebts(month.from);
  const pool = plan.pool(base, month.from, (_a, debt) => debt >= WARNING_MIN_DEBT);
  const chosen = plan.sample(rng, pool, rng.int(WARNINGS_PER_MONTH - 3, WARNINGS_PER_MONTH + 3));
  for (const [a, debt] of chosen) {
    const day = rng.pick(month.workingDays);
    plan.entry({
      day,
      kind: 'restriction.warning',
      accountId: a.accountId,
      summary: `Предупреждение об ограничении услуги «${WARNING_SERVICE}» вручено под подпись: долг ${formatKopecksAsRub(debt)}, срок 20 дн.`,
      details: { service: WARNING_SERVICE, deliveryMethod: 'signature', debtKopecks: debt },
    });
    plan.respond(rng, a.accountId, day, debt, 0.5);
  }
  return chosen.length;
}
