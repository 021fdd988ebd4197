/**
 * @file Who may call the browser host's API: only a page of this host, holding this run's token.
 *
 * - `Host` must name the loopback address and port we listen on (defeats DNS rebinding: a foreign site
 *   resolved to 127.0.0.1 still sends its own name in `Host`) → otherwise 403.
 * - `Origin`, when the browser sends one, must be this host's own origin (a page on another site cannot post
 *   to us) → otherwise 403.
 * - The per-run token must come as `Authorization: Bearer <token>` → otherwise 401.
 *
 * The office server on the LAN (`--lan`, HTTPS) cannot hand colleagues a token, so there it is replaced: every
 * method but sign-in needs a signed-in session (dispatch refuses otherwise), the accepted `Host`/`Origin` are
 * this PC's names and addresses with the port over https, and every POST carries a CSRF token: the host sets a
 * random `zhku_csrf` cookie the page can read (SameSite=Strict, Secure) and the page echoes it in `X-CSRF-Token`;
 * a page of another site can neither read the cookie nor set the header → otherwise 403.
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

/** The office server's extra names: this PC's host name and network addresses (electron/core/lan/lan-addresses.ts). */
export interface LanGuard {
  names: readonly string[];
}

export function allowedHosts(port: number, lan?: LanGuard): Set<string> {
  const names = ['127.0.0.1', 'localhost', '::1', ...(lan?.names ?? [])].map((n) => n.toLowerCase());
  const hosts = new Set<string>();
  for (const name of names) {
    const bracketed = name.includes(':') ? `[${name}]` : name;
    hosts.add(`${bracketed}:${port}`);
    // A browser leaves the default HTTPS port out of Host and Origin.
    if (lan && port === 443) hosts.add(bracketed);
  }
  return hosts;
}

export function checkHostAndOrigin(req: IncomingMessage, port: number, lan?: LanGuard): GuardVerdict {
  const hosts = allowedHosts(port, lan);
  const scheme = lan ? 'https://' : 'http://';
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    return { ok: false, status: 403, message: 'Запрос отклонён: неизвестный адрес сервера (заголовок Host).' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !(origin.startsWith(scheme) && hosts.has(origin.slice(scheme.length).toLowerCase()))) {
    return {
      ok: false,
      status: 403,
      message: 'Запрос отклонён: он пришёл не со страницы приложения (заголовок Origin).',
    };
  }
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): GuardVerdict {
  const header = req.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  if (a.length === b.length && crypto.timingSafeEqual(a, b)) return { ok: true };
  return {
    ok: false,
    status: 401,
    message: 'Нет доступа: откройте приложение по ссылке, которую напечатал сервер (в ней ключ доступа).',
  };
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export const CSRF_COOKIE = 'zhku_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const CSRF_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** A cookie of the request by name (null when absent or empty). */
export function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/** The request's CSRF cookie when it is one this host could have issued. */
export function csrfCookieOf(req: IncomingMessage): string | null {
  const value = cookieOf(req, CSRF_COOKIE);
  return value !== null && CSRF_SHAPE.test(value) ? value : null;
}

export function newCsrfToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** Readable by the page's script (no HttpOnly): that is the point of the double submit. */
export function csrfCookieHeader(value: string): string {
  return `${CSRF_COOKIE}=${value}; SameSite=Strict; Secure; Path=/`;
}

export function checkCsrf(req: IncomingMessage): GuardVerdict {
  const cookie = csrfCookieOf(req);
  const header = req.headers[CSRF_HEADER];
  const presented = typeof header === 'string' ? header.trim() : '';
  if (cookie !== null) {
    const a = Buffer.from(presented);
    const b = Buffer.from(cookie);
    if (a.length === b.length && crypto.timingSafeEqual(a, b)) return { ok: true };
  }
  return {
    ok: false,
    status: 403,
    message:
      'Запрос отклонён: нет защитного ключа страницы (CSRF). Обновите страницу (F5) и повторите действие — ничего не изменено.',
  };
}
