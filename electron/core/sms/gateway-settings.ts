/**
 * @file The SMS gateway's settings (key 'sms.gateway' of app_settings): its address — `https:` only, see
 * shared/sms/gateway-url.ts — and its access key, sealed with the injected secret box (Electron's safeStorage)
 * as `{url, tokenSealed: 'v1:<base64>'}` where one is available, else `{url, token, tokenPlain: true}` and the
 * settings panel warns. An older `{url, token}` is still read (and sealed on its next save). The key never leaves
 * the core: the page gets a mask, the journal only whether a key is set.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { canSeal, seal, unseal, type SecretBox } from '../secret-box';
import { displayedGatewayUrl, gatewayUrlProblem } from '../../../shared/sms/gateway-url';
import type { SmsGatewayStatus } from '../../../shared/api/contract-work';

export interface GatewayConfig {
  url: string;
  token: string;
}

const CONFIG_KEY = 'sms.gateway';
const TOKEN_MASK = '••••••••';

const StoredSchema = z.object({
  url: z.string(),
  token: z.string().optional(),
  tokenSealed: z.string().optional(),
  tokenPlain: z.boolean().optional(),
});
type Stored = z.infer<typeof StoredSchema>;

function readStored(sqlite: Database.Database): Stored | null {
  const json = readSettingJson(drizzleOf(sqlite), CONFIG_KEY);
  if (json === null) return null;
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What the page may see: the address (without any login in it) and a mask of the key, never the key. */
export function gatewayStatus(sqlite: Database.Database, secrets: SecretBox | undefined): SmsGatewayStatus {
  const s = readStored(sqlite);
  const hasToken = s !== null && (s.tokenSealed !== undefined || (s.token ?? '') !== '');
  return {
    configured: s !== null,
    url: s ? displayedGatewayUrl(s.url) : null,
    tokenMask: hasToken ? TOKEN_MASK : null,
    tokenEncrypted: s?.tokenSealed !== undefined,
    encryptionAvailable: canSeal(secrets),
  };
}

/**
 * The address and the real key for sending; null when no gateway is set. Refuses an address saved before the
 * https rule and a key this computer cannot open.
 */
export function gatewayConfigForSending(
  sqlite: Database.Database,
  secrets: SecretBox | undefined,
): GatewayConfig | null {
  const s = readStored(sqlite);
  if (s === null) return null;
  const problem = gatewayUrlProblem(s.url);
  if (problem !== null)
    throw new AppError('CONFLICT', `${problem} Сохраните адрес шлюза заново. Ничего не отправлено.`);
  const token = s.tokenSealed !== undefined ? unseal(secrets, s.tokenSealed, 'Ключ SMS-шлюза') : (s.token ?? '');
  return { url: s.url, token };
}

/** Saves the gateway's address and key; the journal keeps the address before and after, never the key. */
export function setGatewayConfig(
  sqlite: Database.Database,
  config: GatewayConfig,
  by: JournalActor,
  nowMs: number,
  secrets?: SecretBox,
): SmsGatewayStatus {
  const problem = gatewayUrlProblem(config.url);
  if (problem !== null) throw new AppError('VALIDATION', `${problem} Шлюз не сохранён.`);
  const url = config.url.trim();
  const stored: Stored = canSeal(secrets)
    ? { url, tokenSealed: seal(secrets, config.token) }
    : { url, token: config.token, tokenPlain: true };
  sqlite.transaction(() => {
    const before = readStored(sqlite);
    writeSettingJson(drizzleOf(sqlite), CONFIG_KEY, JSON.stringify(stored), nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'sms.gateway_updated',
      summary: `Изменён адрес СМС-шлюза: ${url}`,
      object: { type: 'settings', id: CONFIG_KEY },
      before: before
        ? { url: displayedGatewayUrl(before.url), keySet: true, keyEncrypted: before.tokenSealed !== undefined }
        : null,
      after: { url, keySet: true, keyEncrypted: stored.tokenSealed !== undefined },
    });
  })();
  return gatewayStatus(sqlite, secrets);
}
