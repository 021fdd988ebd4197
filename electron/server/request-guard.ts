/**
 * @file Who may call the browser host's API: only a page of this host, holding this run's token.
 *
 * - `Host` must name the loopback address and port we listen on (defeats DNS rebinding: a foreign site
 *   resolved to 127.0.0.1 still sends its own name in `Host`) → otherwise 403.
 * - `Origin`, when the browser sends one, must be this host's own origin (a page on another site cannot post
 *   to us) → otherwise 403.
 * - The per-run token must come as `Authorization: Bearer <token>` → otherwise 401.
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function checkHostAndOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    return { ok: false, status: 403, message: 'Запрос отклонён: неизвестный адрес сервера (заголовок Host).' };
  }
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length).toLowerCase()))
  ) {
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
