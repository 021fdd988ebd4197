/**
 * @file Who gets an SMS today (measure 1): the rule book's conditions (debt over the threshold, a valid mobile of
 * someone who has not opted out, not blocked, cooldown since the last SMS) with the message limits of ФЗ-230, for
 * open, unpaused accounts. The reasons others are left out are counted for the screen.
 */
import type Database from 'better-sqlite3';
import { inArray } from 'drizzle-orm';
import { accountSummaries } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { conditionsOf, forEachFactsChunk } from '../rules/account-facts';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { FACT_SPECS, type FactKey } from '../../../shared/rules/eligibility/facts';
import type { MeasureRule, RuleBook } from '../../../shared/rules/eligibility/rule-book';
import type { SmsRecipientView } from '../../../shared/api/contract-work';

export interface SmsRecipient {
  accountId: number;
  number: string;
  debtKopecks: number;
  phone: string;
}

/** Why an account is left out of today's SMS, in a clerk's words (the rule's fact names read like formulas). */
const LEFT_OUT_WORDS: Readonly<Record<string, string>> = {
  hasSmsPhone: 'нет мобильного номера или отказ от SMS',
  daysSinceLastSms: 'SMS уже отправляли недавно',
  debtKopecks: 'долг не больше порога',
  accountOpen: 'счёт закрыт',
  paused: 'работа приостановлена',
  blocked: 'контакты запрещены',
  promisePending: 'ждём оплату по обещанию',
};

export function smsRule(book: RuleBook): MeasureRule {
  const rule = book.measures.find((m) => m.measure === 1);
  if (!rule) throw new AppError('CONFLICT', 'В правилах нет условий для SMS (мероприятие 1).');
  return rule;
}

/** The debt threshold of the SMS rule (for the screen and the SQL prefilter). */
export function smsThreshold(rule: MeasureRule): number {
  const c = rule.conditions.find((x) => x.fact === 'debtKopecks');
  return c ? Number(c.value) : 0;
}

export function smsWorklist(
  sqlite: Database.Database,
  today: string,
): { recipients: SmsRecipient[]; skipped: Map<string, number>; threshold: number } {
  const book = currentRuleBook(sqlite);
  const rule = smsRule(book);
  const threshold = smsThreshold(rule);
  const recipients: SmsRecipient[] = [];
  const skipped = new Map<string, number>();
  forEachFactsChunk(sqlite, today, { minDebtKopecks: threshold + 1, conditions: conditionsOf(book, rule) }, (chunk) => {
    for (const facts of chunk) {
      const verdict = evaluateMeasure(rule, facts, book, today, undefined, false);
      if (verdict.available && facts.smsPhone) {
        recipients.push({
          accountId: facts.accountId,
          number: facts.number,
          debtKopecks: facts.debtKopecks,
          phone: facts.smsPhone,
        });
      } else {
        const failed = verdict.trace.find((t) => !t.pass);
        const label = failed
          ? failed.fact === 'limit'
            ? 'лимит сообщений ФЗ-230'
            : (LEFT_OUT_WORDS[failed.fact] ?? FACT_SPECS[failed.fact as FactKey]?.label ?? failed.fact)
          : 'другое';
        skipped.set(label, (skipped.get(label) ?? 0) + 1);
      }
    }
  });
  recipients.sort((a, b) => b.debtKopecks - a.debtKopecks || a.accountId - b.accountId);
  return { recipients, skipped, threshold };
}

/** The recipients with their flats' addresses (the {адрес} placeholder), in the same order. */
export function withAddresses(sqlite: Database.Database, recipients: readonly SmsRecipient[]): SmsRecipientView[] {
  const db = drizzleOf(sqlite);
  const addresses = new Map<number, string>();
  // In chunks, well under SQLite's limit of bound parameters.
  for (let i = 0; i < recipients.length; i += 500) {
    const ids = recipients.slice(i, i + 500).map((r) => r.accountId);
    for (const row of db
      .select({ accountId: accountSummaries.accountId, address: accountSummaries.address })
      .from(accountSummaries)
      .where(inArray(accountSummaries.accountId, ids))
      .all())
      addresses.set(row.accountId, row.address);
  }
  // Every recipient comes from account_summaries (the facts), so each has an address.
  return recipients.map((r) => ({ ...r, address: addresses.get(r.accountId) ?? '' }));
}
