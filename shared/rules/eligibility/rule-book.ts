/**
 * @file The rule book: what makes an account eligible for each measure of the plan, as data. Conditions over
 * account facts (facts.ts), contact limits (ФЗ-230), queue and promise settings. Versioned: the seeded version is
 * default-rule-book.ts; an administrator's change is stored as a new version (table rule_book_versions).
 */
import type { ContactChannel, ContactLimits } from '../contact/contact-limits';
import type { FactKey } from './facts';

export type ConditionOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'in';

export interface Condition {
  fact: FactKey;
  op: ConditionOp;
  value: number | boolean | string | readonly string[];
}

export interface MeasureRule {
  measure: number;
  /** The step as the clerk reads it: «позвонить», «отправить SMS». */
  action: string;
  /** False for measures done for a district or a building, not for one account (media, meetings). */
  perAccount: boolean;
  /** Contacts by this measure count against the channel's ФЗ-230 limits. */
  channel?: ContactChannel;
  conditions: readonly Condition[];
}

export interface RuleBook {
  /** «2026-11-27/2»: the date it applies from and the stored version number (0 = seeded). */
  version: string;
  validFrom: string;
  /** Conditions every per-account measure has: the account is open, not paused, not blocked. */
  commonConditions: readonly Condition[];
  measures: readonly MeasureRule[];
  /** The next step is the first eligible measure in this order. */
  nextStepOrder: readonly number[];
  contactLimits: ContactLimits;
  callQueue: {
    /** Brackets called, in priority order. */
    brackets: readonly string[];
  };
  promise: {
    /** A payment this much below the promised sum still keeps the promise. */
    toleranceKopecks: number;
    /** Days after the promised date a payment still counts (bank transfer time). */
    graceDays: number;
  };
}
