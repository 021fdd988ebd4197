/**
 * @file The browser host: the built renderer and the API table over HTTP on 127.0.0.1 (plain Node).
 *
 * `POST /api/<method>` with a JSON body answers the same envelope as Electron's IPC. It exists because the
 * Electron binary cannot be downloaded on every machine, for end-to-end tests in Chromium, and later for an
 * office where one PC serves several clerks. See request-guard.ts for who may call it.
 *
 * With `lan` it is the office server: HTTPS with the given certificate on a LAN address, no per-run token
 * (sign-in and the CSRF cookie instead), session cookies marked Secure (electron/server/office-server.ts).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { Dispatch } from '../core/api/dispatch';
import type { UploadInfo } from '../../shared/import/import-types';
import { ErrorCodes, fallbackMessages, httpStatusOf, type ErrorCode } from '../../shared/api/error-codes';
import { uploadRefusal } from '../core/auth/upload-refusal';
import { AppError } from '../core/app-error';
import type { Connection } from '../core/auth/actor';
import type { ActorLookup } from '../core/auth/resolve-actor';
import { fail, ok } from '../../shared/api/result';
import type { Logger } from '../core/logger';
import {
  checkCsrf,
  checkHostAndOrigin,
  checkToken,
  csrfCookieHeader,
  csrfCookieOf,
  newCsrfToken,
  newToken,
  type LanGuard,
} from './request-guard';
import { serveStatic } from './static-files';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface BrowserHostOptions {
  dispatch: Dispatch;
  /** Who is signed in on a connection (core.identify): an upload needs a signed-in session too. */
  identify: (connection: Connection) => ActorLookup;
  /**
   * Stores an uploaded file (raw body of `POST /upload`); answers its upload id. `declaredBytes` is the request's
   * Content-Length; an AppError (UPLOAD.TOO_LARGE) is answered with its status and message.
   */
  upload?: (fileName: string, body: Readable, declaredBytes: number | null) => Promise<UploadInfo>;
  rendererDir: string;
  logger: Logger;
  /** 0 = any free port. */
  port: number;
  /** Loopback only; other addresses are refused rather than silently exposing the data. */
  bindAddress?: '127.0.0.1';
  token?: string;
  /** The office server on the LAN (HTTPS); without it the host is loopback-only with the per-run token. */
  lan?: LanHostOptions;
}

export interface LanHostOptions {
  tls: { key: string; cert: string };
  /** '0.0.0.0' (every IPv4 interface) or one address of this PC. */
  bindAddress: string;
  /** This PC's names and addresses accepted in Host/Origin besides loopback. */
  guard: LanGuard;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? newToken();
  const lan = options.lan;
  const bindAddress = lan ? lan.bindAddress : (options.bindAddress ?? '127.0.0.1');
  let port = options.port;

  const listener: http.RequestListener = (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error('Сбой обработки HTTP-запроса', error);
      if (!res.headersSent) sendJson(res, 500, fail(ErrorCodes.internal, 'Внутренняя ошибка приложения.'));
      else res.end();
    });
  };
  const server = lan
    ? https.createServer({ key: lan.tls.key, cert: lan.tls.cert, minVersion: 'TLSv1.2' }, listener)
    : http.createServer(listener);
  // Office browsers keep their connections open between a clerk's clicks; Node's 5 s default would make them race
  // a closing socket with their next POST (which a browser does not retry).
  if (lan) server.keepAliveTimeout = 65_000;

  /** Loopback: the run's token. Office server: the CSRF double submit (sign-in is dispatch's). */
  function checkCaller(req: http.IncomingMessage): ReturnType<typeof checkToken> {
    return lan ? checkCsrf(req) : checkToken(req, token);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const guard = checkHostAndOrigin(req, port, lan?.guard);
    if (!guard.ok) {
      sendJson(res, guard.status, fail(ErrorCodes.forbidden, guard.message));
      return;
    }
    // The office server hands every browser its CSRF cookie with the first answer (the page's index.html).
    if (lan && csrfCookieOf(req) === null) appendCookie(res, csrfCookieHeader(newCsrfToken()));
    if (url.pathname === '/upload') {
      const auth = checkCaller(req);
      if (!auth.ok) {
        req.resume();
        sendJson(res, auth.status, fail(callerRefusalCode(auth.status), auth.message));
        return;
      }
      if (req.method !== 'POST' || !options.upload) {
        sendJson(res, 405, fail(ErrorCodes.badRequest, 'Файл передаётся методом POST.'));
        return;
      }
      const refusal = uploadRefusal(options.identify({ kind: 'session', token: sessionCookie(req) }));
      if (refusal !== null) {
        req.resume();
        sendJson(res, httpStatusOf(refusal), fail(refusal, fallbackMessages[refusal]));
        return;
      }
      let fileName = 'файл';
      try {
        fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? 'файл'));
      } catch {
        // keep the neutral name
      }
      // The size limit is the core's (upload-store.ts): a declared Content-Length over it is refused before a
      // byte is read, a body that grows past it is cut. Either way the answer is 413 in Russian and the connection
      // is closed, so a 2 GB body is not read to its end.
      const declared = Number(req.headers['content-length']);
      try {
        sendJson(res, 200, ok(await options.upload(fileName, req, Number.isFinite(declared) ? declared : null)));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        res.setHeader('connection', 'close');
        sendJson(res, httpStatusOf(error.code), fail(error.code, error.message));
      }
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const auth = checkCaller(req);
      if (!auth.ok) {
        req.resume();
        sendJson(res, auth.status, fail(callerRefusalCode(auth.status), auth.message));
        return;
      }
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, fail(ErrorCodes.badRequest, 'Вызов API выполняется методом POST.'));
        return;
      }
      const contentType = req.headers['content-type'] ?? '';
      if (!contentType.startsWith('application/json')) {
        sendJson(res, 415, fail(ErrorCodes.badRequest, 'Тело запроса должно быть в формате JSON (application/json).'));
        return;
      }
      const body = await readBody(req);
      if (body === null) {
        sendJson(res, 413, fail(ErrorCodes.badRequest, 'Слишком большой запрос.'));
        return;
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        sendJson(res, 400, fail(ErrorCodes.badRequest, 'Тело запроса — не корректный JSON.'));
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      if (lan && method === 'auth.setupAdmin' && !isLoopbackPeer(req)) {
        // On a fresh office server the first colleague to open it must not become its administrator.
        sendJson(
          res,
          403,
          fail(
            ErrorCodes.forbidden,
            `Первого администратора создают на самом сервере: откройте https://127.0.0.1:${port}/ на этом компьютере. Ничего не изменено.`,
          ),
        );
        return;
      }
      // The session is the core's; the page never sees its token (an HttpOnly cookie).
      const presented = sessionCookie(req);
      const connection: Connection = { kind: 'session', token: presented };
      const result = await options.dispatch(method, input, connection);
      if (connection.kind === 'session' && connection.token !== presented) {
        appendCookie(res, sessionCookieHeader(connection.token, lan !== undefined));
      } else if (presented !== null && !result.ok && SESSION_GONE.has(result.error.code)) {
        // The core no longer knows this session (idle lock, restart, user switched off): the browser forgets it too.
        appendCookie(res, sessionCookieHeader(null, lan !== undefined));
      }
      sendJson(res, result.ok ? 200 : httpStatusOf(result.error.code), result);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, fail(ErrorCodes.badRequest, 'Метод не поддерживается.'));
      return;
    }
    serveStatic(options.rendererDir, url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bindAddress, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    // The office server's own loopback address (no token: colleagues and this PC alike sign in).
    url: lan ? `https://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SESSION_COOKIE = 'zhku_session';
const SESSION_GONE: ReadonlySet<string> = new Set([ErrorCodes.signInRequired, ErrorCodes.sessionExpired]);

function sessionCookie(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/**
 * HttpOnly: no script of the page reads it; SameSite=Strict: no other site's page sends it; Secure on the office
 * server: never sent over plain HTTP.
 */
function sessionCookieHeader(token: string | null, secure: boolean): string {
  const flags = `HttpOnly; SameSite=Strict;${secure ? ' Secure;' : ''} Path=/`;
  return token === null ? `${SESSION_COOKIE}=; ${flags}; Max-Age=0` : `${SESSION_COOKIE}=${token}; ${flags}`;
}

function isLoopbackPeer(req: http.IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function appendCookie(res: http.ServerResponse, cookie: string): void {
  const current = res.getHeader('set-cookie');
  const list = current === undefined ? [] : Array.isArray(current) ? current : [String(current)];
  res.setHeader('set-cookie', [...list, cookie]);
}

/** A missing run token is «who are you» (401); a missing CSRF token is «not from our page» (403). */
function callerRefusalCode(status: 401 | 403): ErrorCode {
  return status === 401 ? ErrorCodes.unauthorized : ErrorCodes.forbidden;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
