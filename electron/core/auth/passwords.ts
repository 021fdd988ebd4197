/**
 * @file Password hashes: scrypt from node:crypto with a random 16-byte salt per user, no extra dependency.
 *
 * Stored as `scrypt$N$r$p$<salt base64>$<hash base64>` (users.password_hash), so the cost can be raised later and
 * old hashes still verify with the parameters they were made with. Verification compares in constant time, and a
 * sign-in with an unknown login still spends the scrypt time (`spendVerifyTime`), so the answer's delay does not
 * tell which logins exist.
 */
import crypto from 'node:crypto';

const N = 16_384;
const R = 8;
const P = 1;
const KEY_BYTES = 64;
const SALT_BYTES = 16;
/** 128·N·r bytes are needed; twice that leaves room without lifting the limit for a tampered row. */
const MAX_MEMORY = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keyLength: number, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, keyLength, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A new hash of the password with a fresh salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface ParsedHash {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![n, r, p].every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || key.length === 0) return null;
  return { n, r, p, salt, key };
}

/** Whether the password matches the stored hash (false for a malformed hash). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  let key: Buffer;
  try {
    key = await scrypt(password, parsed.salt, parsed.key.length, parsed.n, parsed.r, parsed.p);
  } catch {
    return false;
  }
  return crypto.timingSafeEqual(key, parsed.key);
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of one verification and answers false: for a login that does not exist or has no password, so
 * a refusal takes as long as a wrong password for a real user.
 */
export async function spendVerifyTime(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomBytes(12).toString('base64'));
  await verifyPassword(password, await dummyHash);
  return false;
}
