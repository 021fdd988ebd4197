/**
 * @file The window's page comes from `app://zhku/…`, not from `file://` (Electron's security checklist §18): a
 * `file://` page may read any file its path names, while this scheme answers only the files of the built interface
 * (dist/renderer), each with its MIME type and the Content-Security-Policy header.
 *
 * No `electron` import here: start-up registers {@link APP_SCHEME_PRIVILEGES} and hands {@link serveRenderer} to
 * `protocol.handle`, and the tests call the same function with a plain `Request`. The scheme is «standard» (relative
 * URLs and an origin of its own, so Vite's `base: './'` assets and the `#/…` routes work as they did under
 * `file://`), «secure» and «supportFetchAPI»; never «bypassCSP» and not «corsEnabled» (no other origin reads it).
 */
import fs from 'node:fs';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'zhku';
/** The address the window loads; in-app routes change only its `#/…` fragment. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For `protocol.registerSchemesAsPrivileged` (before the app is ready). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/**
 * The policy of the <meta> in renderer/index.html (the browser host sends the same one), plus what only a header
 * can say: no framing.
 */
export const APP_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Whether a URL belongs to the app's own page (any path or fragment of `app://zhku`). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // WHATWG gives a non-special scheme an opaque origin, so the scheme and host are compared, not `origin`.
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/**
 * The file of dist/renderer a request names, or null: another host, a method other than GET/HEAD, a `..`, `\`
 * or NUL in the decoded path, a dot-file, or anything that resolves outside the folder.
 */
export function rendererFileOf(rendererDir: string, requestUrl: string, method = 'GET'): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!isAppUrl(requestUrl)) return null;
  const rawPath = new URL(requestUrl).pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s.startsWith('.') || s.includes(':'))) return null;
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    return null;
  return file;
}

/** The handler for `protocol.handle('app', …)`: the file with its type and the CSP, or 404 in plain Russian. */
export async function serveRenderer(rendererDir: string, request: Request): Promise<Response> {
  const file = rendererFileOf(rendererDir, request.url, request.method);
  const type = file === null ? undefined : CONTENT_TYPES[path.extname(file).toLowerCase()];
  let body: Buffer | null = null;
  if (file !== null && type !== undefined) {
    try {
      body = await fs.promises.readFile(file);
    } catch {
      body = null;
    }
  }
  if (body === null || type === undefined) {
    return new Response('Не найдено.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': type,
      'content-security-policy': APP_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    },
  });
}
