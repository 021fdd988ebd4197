/**
 * @file The court queue (measure 9): the accounts the rule book's measure 9 lets go to court, in the chosen debt
 * brackets, biggest debts first, and the accounts left out with the reason. It runs the ONE rule evaluator
 * (shared/rules/eligibility) the card and the worklists run, so the queue and the card never disagree. Fast at
 * 150 000 accounts: the summaries prefilter in SQL (the overdue debt reaches the lowest chosen bracket — the УК's
 * courtable debt is never more), the facts are read in id ranges and evaluated without the Russian wording; only
 * the page shown is worded and detailed (address, debtors, months, court).
 */
import type Database from 'better-sqlite3';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import type { AccountFacts } from '../../../shared/rules/eligibility/facts';
import type { MeasureRule, RuleBook } from '../../../shared/rules/eligibility/rule-book';
import { BRACKET_LABELS, formatCondition } from '../../../shared/rules/eligibility/format-fact';
import {
  COURT_QUEUE_BRACKETS,
  type CourtAccountTrace,
  type CourtQueueBracket,
  type CourtQueueOutRow,
  type CourtQueueRow,
  type CourtQueueView,
} from '../../../shared/api/contract-court-queue';
import { jurisdiction } from '../../../shared/court/jurisdiction';
import { currentRuleBook } from '../rules/rule-book-repo';
import { conditionsOf, forEachFactsChunk, readAccountFacts } from '../rules/account-facts';
import { readBrackets } from '../repositories/brackets-repo';
import { courtRule } from './court-rules-repo';
import { courtForBuilding } from './building-court';
import { AppError } from '../app-error';

export const COURT_MEASURE = 9;

export function courtRuleOf(book: RuleBook): MeasureRule {
  const rule = book.measures.find((m) => m.measure === COURT_MEASURE);
  if (!rule)
    throw new AppError('COURT.NOT_ELIGIBLE', 'В правилах мероприятий нет мероприятия 9 (суд). Дополните правила.');
  return rule;
}

/** Measure 9 with its bracket condition narrowed to the brackets the clerk chose (never widened). */
export function ruleForBrackets(rule: MeasureRule, brackets: readonly string[]): MeasureRule {
  return {
    ...rule,
    conditions: rule.conditions.map((c) =>
      c.fact === 'courtBracket' && c.op === 'in' && Array.isArray(c.value)
        ? { ...c, value: (c.value as readonly string[]).filter((b) => brackets.includes(b)) }
        : c,
    ),
  };
}

export interface QueueScan {
  book: RuleBook;
  rule: MeasureRule;
  inQueue: AccountFacts[];
  out: AccountFacts[];
}

/** Evaluates measure 9 for the accounts whose debt reaches the lowest chosen bracket (or for the given accounts). */
export function scanQueue(
  sqlite: Database.Database,
  asOf: string,
  brackets: readonly CourtQueueBracket[],
  accountIds?: readonly number[],
): QueueScan {
  const book = currentRuleBook(sqlite);
  const rule = ruleForBrackets(courtRuleOf(book), brackets);
  const table = readBrackets(sqlite);
  const minDebt = table
    .filter((b) => brackets.includes(b.code as CourtQueueBracket))
    .reduce((a, b) => Math.min(a, b.minKopecks), Number.MAX_SAFE_INTEGER);
  const inQueue: AccountFacts[] = [];
  const out: AccountFacts[] = [];
  const conditions = conditionsOf(book, rule);
  forEachFactsChunk(
    sqlite,
    asOf,
    accountIds ? { accountIds, conditions } : { minDebtKopecks: minDebt, conditions },
    (chunk) => {
      for (const facts of chunk) {
        if (evaluateMeasure(rule, facts, book, asOf, undefined, false).available) inQueue.push(facts);
        else out.push(facts);
      }
    },
  );
  const byDebt = (a: AccountFacts, b: AccountFacts) =>
    b.courtableDebtKopecks - a.courtableDebtKopecks || a.accountId - b.accountId;
  inQueue.sort(byDebt);
  out.sort(byDebt);
  return { book, rule, inQueue, out };
}

interface PageDetail {
  accountId: number;
  address: string;
  buildingId: number | null;
  owners: number;
  tenants: number;
  months: number;
  oldest: string | null;
}

function pageDetails(sqlite: Database.Database, ids: readonly number[], asOf: string): Map<number, PageDetail> {
  if (ids.length === 0) return new Map();
  // A page of ≤ 1000 rows: one statement with json_each.
  const rows = sqlite
    .prepare<{ ids: string; asOf: string }, PageDetail>(
      `SELECT s.account_id AS accountId, s.address, s.building_id AS buildingId,
              (SELECT count(*) FROM account_persons ap WHERE ap.account_id = s.account_id AND ap.role = 'owner') AS owners,
              (SELECT count(*) FROM account_persons ap WHERE ap.account_id = s.account_id AND ap.role = 'tenant') AS tenants,
              (SELECT count(*) FROM debt_months d WHERE d.account_id = s.account_id AND d.kind = 'housing' AND d.open_kopecks > 0
                  AND d.due_date < @asOf AND (d.limitation_expires_on IS NULL OR d.limitation_expires_on >= @asOf)) AS months,
              (SELECT min(d.period) FROM debt_months d WHERE d.account_id = s.account_id AND d.kind = 'housing' AND d.open_kopecks > 0
                  AND d.due_date < @asOf AND (d.limitation_expires_on IS NULL OR d.limitation_expires_on >= @asOf)) AS oldest
         FROM account_summaries s WHERE s.account_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids), asOf });
  return new Map(rows.map((r) => [r.accountId, r]));
}

function limitsOn(sqlite: Database.Database, day: string) {
  return {
    courtOrderMaxKopecks: courtRule(sqlite, 'court_order_max_kopecks', day),
    magistrateLawsuitMaxKopecks: courtRule(sqlite, 'magistrate_lawsuit_max_kopecks', day),
  };
}

function failedReasons(scan: QueueScan, facts: AccountFacts, asOf: string): string[] {
  return evaluateMeasure(scan.rule, facts, scan.book, asOf)
    .trace.filter((t) => !t.pass)
    .map((t) => t.actual);
}

export function courtQueue(
  sqlite: Database.Database,
  p: { brackets?: readonly CourtQueueBracket[]; asOf: string; offset: number; limit: number; list: 'in' | 'out' },
): CourtQueueView {
  const started = performance.now();
  const brackets =
    p.brackets && p.brackets.length > 0
      ? COURT_QUEUE_BRACKETS.filter((b) => p.brackets?.includes(b))
      : [...COURT_QUEUE_BRACKETS];
  const scan = scanQueue(sqlite, p.asOf, brackets);
  const counts = brackets.map((bracket) => {
    const of = scan.inQueue.filter((f) => f.courtBracket === bracket);
    return {
      bracket,
      label: BRACKET_LABELS[bracket] ?? bracket,
      accounts: of.length,
      claimKopecks: of.reduce((a, f) => a + f.courtableDebtKopecks, 0),
    };
  });
  const source = p.list === 'in' ? scan.inQueue : scan.out;
  const page = source.slice(p.offset, p.offset + p.limit);
  const details = pageDetails(
    sqlite,
    page.map((f) => f.accountId),
    p.asOf,
  );
  const limits = limitsOn(sqlite, p.asOf);
  const rows: CourtQueueRow[] =
    p.list === 'in'
      ? page.map((f) => {
          const d = details.get(f.accountId);
          const j = jurisdiction(f.courtableDebtKopecks, 'court_order', limits);
          return {
            accountId: f.accountId,
            number: f.number,
            address: d?.address ?? '',
            debtorsCount: d ? (d.owners > 0 ? d.owners : Math.min(d.tenants, 1)) : 0,
            courtableDebtKopecks: f.courtableDebtKopecks,
            bracket: f.courtBracket as CourtQueueBracket,
            monthsInArrears: d?.months ?? 0,
            oldestPeriod: d?.oldest ?? null,
            timeBarredKopecks: f.courtTimeBarredKopecks,
            claimDeliveredDate: f.claimDeliveredDate,
            kind: j.kind,
            court: d?.buildingId != null ? courtForBuilding(sqlite, d.buildingId, j.courtKind) : null,
          };
        })
      : [];
  const outRows: CourtQueueOutRow[] =
    p.list === 'out'
      ? page.map((f) => {
          const reasons = failedReasons(scan, f, p.asOf);
          return {
            accountId: f.accountId,
            number: f.number,
            address: details.get(f.accountId)?.address ?? '',
            courtableDebtKopecks: f.courtableDebtKopecks,
            reason: reasons[0] ?? '',
            reasons,
          };
        })
      : [];
  return {
    asOf: p.asOf,
    ruleVersion: scan.book.version,
    brackets,
    conditions: [...scan.book.commonConditions, ...scan.rule.conditions].map(formatCondition),
    counts,
    totalAccounts: scan.inQueue.length,
    totalClaimKopecks: counts.reduce((a, c) => a + c.claimKopecks, 0),
    outTotal: scan.out.length,
    list: p.list,
    offset: p.offset,
    rows,
    outRows,
    accountIds: scan.inQueue.map((f) => f.accountId),
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** Why one account is in the court queue or not: measure 9's trace, condition by condition, in Russian. */
export function traceCourtAccount(sqlite: Database.Database, accountId: number, asOf: string): CourtAccountTrace {
  const facts = readAccountFacts(sqlite, accountId, asOf);
  if (!facts) throw new AppError('NOT_FOUND', `Лицевой счёт № ${accountId} не найден.`);
  const book = currentRuleBook(sqlite);
  const v = evaluateMeasure(courtRuleOf(book), facts, book, asOf);
  return {
    accountId,
    number: facts.number,
    asOf,
    ruleVersion: book.version,
    inQueue: v.available,
    reason: v.available ? `в очереди в суд: ${v.reason}` : `не в очереди: ${v.reason}`,
    trace: v.trace.map((t) => ({ condition: t.condition, actual: t.actual, pass: t.pass })),
    courtableDebtKopecks: facts.courtableDebtKopecks,
    timeBarredKopecks: facts.courtTimeBarredKopecks,
    bracket: facts.courtBracket,
  };
}
