/**
 * @file The editable rules of measures 5–6 (table `document_rules`, seeded by the documents migration): the row
 * with the latest valid-from date not after the given day applies.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq, lte } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { documentRules } from '../../../shared/db/schema-documents';
import { AppError } from '../app-error';

export type DocumentRuleKey =
  | 'claim_cooldown_days'
  | 'claim_payment_days'
  | 'claim_include_time_barred'
  | 'notice_min_debt_kopecks'
  | 'notice_few_flats'
  | 'letter_mass_grams'
  /** The notice of delivery of a claim letter, coded as MAIL_NOTICE_CODES (shared/documents/mailing/mail-notice.ts). */
  | 'claim_mail_notice';

export function documentRule(sqlite: Database.Database, key: DocumentRuleKey, onDate: string): number {
  const row = drizzleOf(sqlite)
    .select({ v: documentRules.valueInt })
    .from(documentRules)
    .where(and(eq(documentRules.key, key), lte(documentRules.validFromDate, onDate)))
    .orderBy(desc(documentRules.validFromDate))
    .limit(1)
    .get();
  if (!row)
    throw new AppError(
      'DOCUMENTS.RULE_MISSING',
      `Не задано правило документов «${key}» на ${onDate}. Дополните настройки документов.`,
    );
  return row.v;
}
