/**
 * @file HTTP transport to the browser host: `POST /api/<method>` with `Authorization: Bearer <token>`.
 *
 * The token arrives once in the page address (`?token=…`, printed by the server); it is moved into
 * sessionStorage and removed from the address bar so it is not bookmarked or shown over a clerk's shoulder.
 */
import { ErrorCodes, fallbackMessages } from '../../../shared/api/error-codes';
import type { ApiResult } from '../../../shared/api/result';
import type { Transport } from './client';

const TOKEN_KEY = 'zhku.token';

let token: string | null = null;

/** The run's token (taken from the address once, then from sessionStorage). */
export function runToken(): string {
  token ??= takeToken();
  return token;
}

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpTransport(): Transport {
  const token = runToken();
  return async (method, input) => {
    try {
      const response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json()) as ApiResult<unknown>;
      return body;
    } catch {
      return { ok: false, error: { code: ErrorCodes.network, message: fallbackMessages.NETWORK } };
    }
  };
}
