/**
 * @file HTTP transport to the browser host: `POST /api/<method>` with `Authorization: Bearer <token>`.
 *
 * The token arrives once in the page address (`?token=…`, printed by the server); it is moved into
 * sessionStorage and removed from the address bar so it is not bookmarked or shown over a clerk's shoulder.
 *
 * The office server on the LAN has no token: it sets a `zhku_csrf` cookie instead, which every POST echoes in the
 * `X-CSRF-Token` header (a page of another site can read neither); see electron/server/request-guard.ts.
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

/** `{ 'x-csrf-token': … }` when the office server gave this page its CSRF cookie; nothing on the loopback host. */
export function csrfHeaders(): Record<string, string> {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'zhku_csrf' && value.length > 0) return { 'x-csrf-token': value.join('=') };
  }
  return {};
}

export function createHttpTransport(): Transport {
  const token = runToken();
  return async (method, input) => {
    try {
      const response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...csrfHeaders() },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json()) as ApiResult<unknown>;
      return body;
    } catch {
      return { ok: false, error: { code: ErrorCodes.network, message: fallbackMessages.NETWORK } };
    }
  };
}
