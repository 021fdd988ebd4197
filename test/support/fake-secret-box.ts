/**
 * @file A reversible stand-in for Electron's safeStorage in tests (the core's SecretBox): base64 of the reversed
 * text behind a marker, so a stored value is visibly not the secret and opens only with this box.
 */
import type { SecretBox } from '../../electron/core/secret-box';

export const FAKE_BOX: SecretBox = {
  available: true,
  encrypt: (text) => Buffer.from(`box:${[...text].reverse().join('')}`, 'utf8').toString('base64'),
  decrypt: (base64) => {
    const text = Buffer.from(base64, 'base64').toString('utf8');
    if (!text.startsWith('box:')) throw new Error('not ours');
    return [...text.slice(4)].reverse().join('');
  },
};
