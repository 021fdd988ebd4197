/**
 * @file The editable rules of measures 5–6 (table `document_rules`, seeded by the documents migration): the row
 * with the latest valid-from date not after the given day applies.
 */
import type Database from 'better-sqlite3';
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
  const row = sqlite
    .prepare('SELECT value_int AS v FROM document_rules WHERE key = ? AND valid_from_date <= ? ORDER BY valid_from_date DESC LIMIT 1')
    .get(key, onDate) as { v: number } | undefined;
  if (!row) throw new AppError('DOCUMENTS.RULE_MISSING', `Не задано правило документов «${key}» на ${onDate}. Дополните настройки документов.`);
  return row.v;
}
