/**
 * @file The settings of claim letters an administrator edits: the region printed in the address window
 * (app_settings «claim_letters», seeded «Московская обл.»: billing addresses start at the town) and whether
 * months past the limitation period are demanded (dated document rule `claim_include_time_barred`, seeded 0:
 * such months are marked in the statement and left out of the demand).
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { appSettings } from '../../../shared/db/schema';
import { documentRules } from '../../../shared/db/schema-documents';
import type { ClaimLetterSettings } from '../../../shared/api/contract-documents';
import { documentRule } from '../documents/document-rules';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

const KEY = 'claim_letters';

export function claimRegion(sqlite: Database.Database): string {
  const row = drizzleOf(sqlite)
    .select({ v: appSettings.valueJson })
    .from(appSettings)
    .where(eq(appSettings.key, KEY))
    .get();
  const parsed = row ? (JSON.parse(row.v) as { region?: unknown }) : {};
  return typeof parsed.region === 'string' ? parsed.region.trim() : '';
}

export function claimLetterSettings(sqlite: Database.Database, onDate: string): ClaimLetterSettings {
  return {
    region: claimRegion(sqlite),
    includeTimeBarred: documentRule(sqlite, 'claim_include_time_barred', onDate) === 1,
    paymentDays: documentRule(sqlite, 'claim_payment_days', onDate),
  };
}

/** Saves the settings (the caller has checked the administrator); the rules get a row valid from `today`. */
export function saveClaimLetterSettings(
  sqlite: Database.Database,
  settings: ClaimLetterSettings,
  by: JournalActor,
  nowMs: number,
  today: string,
): void {
  const db = drizzleOf(sqlite);
  const rule = (key: string, validFromDate: string, valueInt: number, note: string) =>
    db
      .insert(documentRules)
      .values({ key, validFromDate, valueInt, note })
      .onConflictDoUpdate({ target: [documentRules.key, documentRules.validFromDate], set: { valueInt, note } })
      .run();
  sqlite.transaction(() => {
    const before = claimLetterSettings(sqlite, today);
    const valueJson = JSON.stringify({ region: settings.region });
    db.insert(appSettings)
      .values({ key: KEY, valueJson, updatedAtMs: nowMs })
      .onConflictDoUpdate({ target: appSettings.key, set: { valueJson, updatedAtMs: nowMs } })
      .run();
    rule('claim_include_time_barred', today, settings.includeTimeBarred ? 1 : 0, `Изменено: ${by.name}`);
    rule('claim_payment_days', today, settings.paymentDays, `Изменено: ${by.name}`);
    writeJournal(sqlite, by, nowMs, {
      kind: 'claims.settings',
      actionDate: today,
      summary:
        `Настройки претензий: регион «${settings.region}», срок оплаты ${settings.paymentDays} дн. со дня получения, ` +
        `месяцы за пределами исковой давности ${settings.includeTimeBarred ? 'включаются в требование' : 'не включаются в требование'}`,
      object: { type: 'settings', id: KEY },
      before,
      after: settings,
    });
  })();
}
