/**
 * @file The security settings the administrator sets: minutes of inactivity before a session locks, and the role
 * the command line acts with on this PC. Kept in app_settings under one key.
 */
import { eq } from 'drizzle-orm';
import { appSettings } from '../../../shared/db/schema';
import type { SecuritySettings } from '../../../shared/api/contract-auth';
import { ROLES } from '../../../shared/auth/roles';
import type { AppDb } from '../db/connection';

const KEY = 'security';

export const DEFAULT_SECURITY: SecuritySettings = { idleMinutes: 15, cliRole: 'admin' };

export function readSecurity(db: AppDb): SecuritySettings {
  const row = db.select({ valueJson: appSettings.valueJson }).from(appSettings).where(eq(appSettings.key, KEY)).get();
  if (!row) return DEFAULT_SECURITY;
  const value = JSON.parse(row.valueJson) as Partial<SecuritySettings>;
  return {
    idleMinutes:
      typeof value.idleMinutes === 'number' && value.idleMinutes >= 1
        ? value.idleMinutes
        : DEFAULT_SECURITY.idleMinutes,
    cliRole: ROLES.includes(value.cliRole as never) ? (value.cliRole as SecuritySettings['cliRole']) : 'admin',
  };
}

export function writeSecurity(db: AppDb, settings: SecuritySettings, nowMs: number): void {
  const valueJson = JSON.stringify(settings);
  db.insert(appSettings)
    .values({ key: KEY, valueJson, updatedAtMs: nowMs })
    .onConflictDoUpdate({ target: appSettings.key, set: { valueJson, updatedAtMs: nowMs } })
    .run();
}
