/**
 * @file The settings of claim letters an administrator edits: the region printed in the address window
 * (app_settings «claim_letters», seeded «Московская обл.»: billing addresses start at the town) and whether
 * months past the limitation period are demanded (dated document rule `claim_include_time_barred`, seeded 0:
 * such months are marked in the statement and left out of the demand).
 */
import type Database from 'better-sqlite3';
import type { ClaimLetterSettings } from '../../../shared/api/contract-documents';
import { documentRule } from '../documents/document-rules';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

const KEY = 'claim_letters';

export function claimRegion(sqlite: Database.Database): string {
  const row = sqlite.prepare('SELECT value_json AS v FROM app_settings WHERE key = ?').get(KEY) as
    { v: string } | undefined;
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
  const rule = sqlite.prepare(
    `INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES (?, ?, ?, ?)
     ON CONFLICT (key, valid_from_date) DO UPDATE SET value_int = excluded.value_int, note = excluded.note`,
  );
  sqlite.transaction(() => {
    const before = claimLetterSettings(sqlite, today);
    sqlite
      .prepare(
        `INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(KEY, JSON.stringify({ region: settings.region }), nowMs);
    rule.run('claim_include_time_barred', today, settings.includeTimeBarred ? 1 : 0, `Изменено: ${by.name}`);
    rule.run('claim_payment_days', today, settings.paymentDays, `Изменено: ${by.name}`);
    writeJournal(sqlite, by, nowMs, {
      kind: 'claims.settings',
      actionDate: today,
      summary: `Настройки претензий: регион «${settings.region}», срок оплаты ${settings.paymentDays} дн. со дня получения, ` +
          `месяцы за пределами исковой давности ${settings.includeTimeBarred ? 'включаются в требование' : 'не включаются в требование'}`,
      object: { type: 'settings', id: KEY },
      before,
      after: settings,
    });
  })();
}
