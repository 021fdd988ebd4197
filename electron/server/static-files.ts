/**
 * @file Serves the built renderer (dist/renderer) with an index.html fallback, never outside its folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Same policy as the <meta> in renderer/index.html, also sent as a header. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export function serveStatic(rootDir: string, urlPath: string, res: ServerResponse): void {
  const decoded = safeDecode(urlPath);
  const candidate = decoded === null ? null : path.resolve(rootDir, '.' + path.posix.normalize('/' + decoded));
  const inside = candidate !== null && (candidate === rootDir || candidate.startsWith(rootDir + path.sep));
  let file = inside && candidate && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
  // Client-side routes (#/…) all load index.html; an unknown asset path gets 404.
  if (!file && !path.extname(decoded ?? '')) file = path.join(rootDir, 'index.html');
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(
      file?.endsWith('index.html')
        ? 'Интерфейс не собран: выполните «npm run build:renderer» и обновите страницу.'
        : 'Не найдено.',
    );
    return;
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  fs.createReadStream(file).pipe(res);
}

function safeDecode(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}
