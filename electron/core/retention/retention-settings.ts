/**
 * @file The retention terms (app_settings key 'retention') and what the last purge did (key 'retention_last_purge'),
 * read with their defaults and validated: a hand-edited or older value falls back to the defaults, never to «keep
 * nothing».
 */
import {
  RETENTION_DEFAULTS,
  RetentionSettingsSchema,
  type RetentionLastPurge,
  type RetentionSettings,
} from '../../../shared/api/contract-retention';
import type { AppDb } from '../db/connection';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';

const KEY = 'retention';
const LAST_PURGE_KEY = 'retention_last_purge';

export function readRetention(db: AppDb): RetentionSettings {
  const parsed = RetentionSettingsSchema.safeParse({ ...RETENTION_DEFAULTS, ...parseObject(readSettingJson(db, KEY)) });
  return parsed.success ? parsed.data : RETENTION_DEFAULTS;
}

export function writeRetention(db: AppDb, settings: RetentionSettings, nowMs: number): void {
  writeSettingJson(db, KEY, JSON.stringify(settings), nowMs);
}

export function readLastPurge(db: AppDb): RetentionLastPurge | null {
  const value = parseObject(readSettingJson(db, LAST_PURGE_KEY)) as Partial<RetentionLastPurge>;
  return typeof value.atMs === 'number' && value.counts ? (value as RetentionLastPurge) : null;
}

export function writeLastPurge(db: AppDb, last: RetentionLastPurge): void {
  writeSettingJson(db, LAST_PURGE_KEY, JSON.stringify(last), last.atMs);
}

function parseObject(json: string | null): object {
  if (json === null) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}
