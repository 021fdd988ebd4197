/**
 * @file The office server's setting (app_settings key 'lan'): whether the desktop application also serves the
 * office over HTTPS on the LAN, on which port and address, and the office's own certificate if it has one.
 *
 * Read by the desktop shell at start (electron/server/office-server.ts) and by `npm run serve -- --lan` for the
 * defaults it was not given on the command line; changed by the administrator (lan.save), journaled as
 * 'lan.settings'. A stored value that no longer validates falls back to the defaults rather than failing a start.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { drizzleOf } from '../db/drizzle-of';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export const LAN_SETTINGS_KEY = 'lan';
/** HTTPS port of the office server unless the administrator chose another. */
export const DEFAULT_LAN_PORT = 5443;

export interface LanSettings {
  enabled: boolean;
  port: number;
  /** Address to listen on: '0.0.0.0' = every IPv4 interface of this PC. */
  bindAddress: string;
  /** The office's own certificate and key (PEM files); both null = the certificate generated at first start. */
  certFile: string | null;
  keyFile: string | null;
}

export const DEFAULT_LAN_SETTINGS: LanSettings = {
  enabled: false,
  port: DEFAULT_LAN_PORT,
  bindAddress: '0.0.0.0',
  certFile: null,
  keyFile: null,
};

const stored = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(1).max(65535),
  bindAddress: z.string().min(1).max(100),
  certFile: z.string().min(1).max(1000).nullable(),
  keyFile: z.string().min(1).max(1000).nullable(),
});

export function readLanSettings(sqlite: Database.Database): LanSettings {
  const json = readSettingJson(drizzleOf(sqlite), LAN_SETTINGS_KEY);
  if (json === null) return { ...DEFAULT_LAN_SETTINGS };
  try {
    const parsed = stored.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : { ...DEFAULT_LAN_SETTINGS };
  } catch {
    return { ...DEFAULT_LAN_SETTINGS };
  }
}

/** Stores the setting (the caller checked the permission and validated the input) and journals before/after. */
export function writeLanSettings(
  sqlite: Database.Database,
  next: LanSettings,
  by: JournalActor,
  nowMs: number,
): LanSettings {
  const before = readLanSettings(sqlite);
  sqlite.transaction(() => {
    writeSettingJson(drizzleOf(sqlite), LAN_SETTINGS_KEY, JSON.stringify(next), nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'lan.settings',
      summary: next.enabled
        ? `Сервер офиса в локальной сети включён: порт ${next.port}${next.certFile ? ', сертификат офиса' : ''}`
        : 'Сервер офиса в локальной сети выключен',
      object: { type: 'settings', id: LAN_SETTINGS_KEY },
      before,
      after: next,
    });
  })();
  return readLanSettings(sqlite);
}
