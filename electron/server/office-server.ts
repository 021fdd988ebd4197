/**
 * @file The office server: one PC serves the office over HTTPS on the LAN — the same browser host with the
 * certificate (the office's own, or the one generated at first start), this PC's names accepted, sign-in and
 * CSRF protection instead of the per-run token. Started by `npm run serve -- --lan` (electron/server/main.ts)
 * and by the desktop application when the administrator switched it on (electron/shell/main.ts).
 */
import type { Core } from '../core/open-core';
import { receiveUpload } from '../core/billing/upload-store';
import { readLanSettings } from '../core/lan/lan-settings';
import { colleagueUrls, lanNames } from '../core/lan/lan-addresses';
import { ensureGeneratedCertificate, loadOwnCertificate, type TlsMaterial } from '../core/lan/lan-certificate';
import { markLanRunning } from '../core/lan/lan-status';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './http-host';

const ANY_ADDRESS: ReadonlySet<string> = new Set(['0.0.0.0', '::']);

export interface OfficeServerOptions {
  rendererDir: string;
  /** Overrides of the stored setting (the command line's --port, --address, --cert, --key). */
  port?: number | undefined;
  bindAddress?: string | undefined;
  certFile?: string | undefined;
  keyFile?: string | undefined;
  /** How an upload is stored; by default the core's upload folder. */
  upload?: BrowserHostOptions['upload'];
}

export interface OfficeServer {
  host: BrowserHost;
  /** https://<address>:<port>/ for colleagues, one per network address. */
  urls: string[];
  tls: TlsMaterial;
  close(): Promise<void>;
}

export async function startOfficeServer(core: Core, options: OfficeServerOptions): Promise<OfficeServer> {
  const settings = readLanSettings(core.ctx.sqlite);
  const port = options.port ?? settings.port;
  const bindAddress = options.bindAddress ?? settings.bindAddress;
  const certFile = options.certFile ?? settings.certFile;
  const keyFile = options.keyFile ?? settings.keyFile;
  const names = lanNames();
  // Certificates are checked by browsers against the real time, not the core's (possibly frozen) clock.
  const tls =
    certFile && keyFile
      ? loadOwnCertificate(certFile, keyFile)
      : await ensureGeneratedCertificate(core.ctx.dataDir, names, Date.now());
  const dataDir = core.ctx.dataDir;
  const host = await startBrowserHost({
    dispatch: core.dispatch,
    identify: core.identify,
    upload:
      options.upload ?? ((fileName, body, declaredBytes) => receiveUpload(core.ctx, fileName, body, declaredBytes)),
    rendererDir: options.rendererDir,
    logger: core.ctx.logger,
    port,
    lan: {
      tls: { key: tls.key, cert: tls.cert },
      bindAddress,
      guard: { names: [names.hostName, ...names.addresses, ...(ANY_ADDRESS.has(bindAddress) ? [] : [bindAddress])] },
    },
  });
  const urls = colleagueUrls(names, host.port, bindAddress);
  markLanRunning(dataDir, {
    port: host.port,
    urls,
    fingerprint: tls.fingerprint,
    certificate: tls.origin === 'own' ? 'own' : 'generated',
  });
  return {
    host,
    urls,
    tls,
    close: async () => {
      markLanRunning(dataDir, null);
      await host.close();
    },
  };
}

/**
 * The desktop application's start: the office server when the administrator switched it on, else nothing.
 * A failure (port taken, unreadable certificate) is logged and leaves the application itself working.
 */
export async function startOfficeServerIfEnabled(core: Core, rendererDir: string): Promise<OfficeServer | null> {
  if (!readLanSettings(core.ctx.sqlite).enabled) return null;
  try {
    const server = await startOfficeServer(core, { rendererDir });
    core.ctx.logger.info(
      `Сервер офиса работает: ${server.urls.join(', ') || `порт ${server.host.port}`}; отпечаток сертификата SHA-256 ${server.tls.fingerprint}`,
    );
    return server;
  } catch (error) {
    core.ctx.logger.error('Сервер офиса в локальной сети не запущен', error);
    return null;
  }
}
