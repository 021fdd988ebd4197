/**
 * @file The organisation's settings (app_settings table), with defaults for a fresh database; and the one read and
 * write of any app_settings key as JSON text, which the other settings (ЕПД limit and template, SMS gateway) use.
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

/** The stored JSON text of a setting, or null when it was never saved. */
export function readSettingJson(db: AppDb, key: string): string | null {
  return (
    db.select({ valueJson: appSettings.valueJson }).from(appSettings).where(eq(appSettings.key, key)).get()
      ?.valueJson ?? null
  );
}

/** Saves a setting's JSON text, replacing what was there. */
export function writeSettingJson(db: AppDb, key: string, valueJson: string, nowMs: number): void {
  db.insert(appSettings)
    .values({ key, valueJson, updatedAtMs: nowMs })
    .onConflictDoUpdate({ target: appSettings.key, set: { valueJson, updatedAtMs: nowMs } })
    .run();
}

export function getSettings(db: AppDb): Settings {
  const json = readSettingJson(db, SETTINGS_KEY);
  if (json === null) return defaultSettings;
  const parsed = SettingsSchema.safeParse({ ...defaultSettings, ...(JSON.parse(json) as object) });
  return parsed.success ? parsed.data : defaultSettings;
}

export function saveSettings(db: AppDb, settings: Settings, nowMs: number): void {
  writeSettingJson(db, SETTINGS_KEY, JSON.stringify(settings), nowMs);
}
