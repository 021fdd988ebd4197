/**
 * @file The organisation's settings (app_settings table), with defaults for a fresh database.
 */
import { eq } from 'drizzle-orm';
import { appSettings } from '../../../shared/db/schema';
import { SettingsSchema, type Settings } from '../../../shared/api/contract';
import type { AppDb } from '../db/connection';

const SETTINGS_KEY = 'organisation';

export const defaultSettings: Settings = {
  organisationName: 'Отдел по работе с задолженностью за ЖКУ',
  districtName: 'Городской округ Красногорск Московской области',
  responsiblePerson: '',
};

export function getSettings(db: AppDb): Settings {
  const row = db.select().from(appSettings).where(eq(appSettings.key, SETTINGS_KEY)).get();
  if (!row) return defaultSettings;
  const parsed = SettingsSchema.safeParse({ ...defaultSettings, ...(JSON.parse(row.valueJson) as object) });
  return parsed.success ? parsed.data : defaultSettings;
}

export function saveSettings(db: AppDb, settings: Settings, nowMs: number): void {
  const valueJson = JSON.stringify(settings);
  db.insert(appSettings)
    .values({ key: SETTINGS_KEY, valueJson, updatedAtMs: nowMs })
    .onConflictDoUpdate({ target: appSettings.key, set: { valueJson, updatedAtMs: nowMs } })
    .run();
}
