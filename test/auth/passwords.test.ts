/** Password hashes: the stored format, a round trip, a wrong password, per-user salt, an unknown login's delay. */
import { describe, expect, it } from 'vitest';
import { hashPassword, spendVerifyTime, verifyPassword } from '../../electron/core/auth/passwords';

describe('password hashes', () => {
  it('stores scrypt$16384$8$1$<16-byte salt>$<64-byte key> and verifies the same password', async () => {
    const stored = await hashPassword('Весна-2026!');
    const parts = stored.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(parts[4] as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5] as string, 'base64')).toHaveLength(64);
    expect(stored).not.toContain('Весна');
    expect(await verifyPassword('Весна-2026!', stored)).toBe(true);
  });

  it('refuses a wrong password, one letter off or empty', async () => {
    const stored = await hashPassword('correct horse');
    expect(await verifyPassword('correct hors', stored)).toBe(false);
    expect(await verifyPassword('Correct horse', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash: the same password twice gives two different hashes, both valid', async () => {
    const a = await hashPassword('demo2026');
    const b = await hashPassword('demo2026');
    expect(a).not.toBe(b);
    expect(await verifyPassword('demo2026', a)).toBe(true);
    expect(await verifyPassword('demo2026', b)).toBe(true);
  });

  it('answers false for a malformed stored value instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$16384$8$1$$')).toBe(false);
    expect(await verifyPassword('x', 'md5$1$1$1$AAAA$AAAA')).toBe(false);
  });

  it('spends about the time of a real verification for an unknown login', async () => {
    const stored = await hashPassword('something');
    await spendVerifyTime('warm-up');
    const t0 = performance.now();
    await verifyPassword('guess', stored);
    const real = performance.now() - t0;
    const t1 = performance.now();
    expect(await spendVerifyTime('guess')).toBe(false);
    const dummy = performance.now() - t1;
    // scrypt with N=16384 takes tens of milliseconds; a skipped check would take microseconds.
    expect(dummy).toBeGreaterThan(real / 4);
  });
});
