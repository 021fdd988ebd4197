/**
 * @file The office server's TLS certificate: the office's own (PEM files the administrator names) or one generated
 * at the first start for this PC's host name and addresses (selfsigned), kept in `<dataDir>/tls/` (key 0600) and
 * reused, so its SHA-256 fingerprint — which colleagues compare with the browser's warning — stays the same.
 * A generated certificate is issued for 825 days (the longest some browsers accept) and replaced when it expires.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';
import { AppError } from '../app-error';
import type { LanNames } from './lan-addresses';

export interface TlsMaterial {
  key: string;
  cert: string;
  /** «AB:CD:…» as browsers show it. */
  fingerprint: string;
  /** Where it came from: generated now, generated earlier and reused, or the office's own files. */
  origin: 'generated' | 'reused' | 'own';
  certPath: string;
  validTo: string;
}

const VALID_DAYS = 825;

export function tlsFolder(dataDir: string): string {
  return path.join(dataDir, 'tls');
}

/** The fingerprint of the certificate the server would present, without generating one (null: none yet). */
export function currentFingerprint(dataDir: string, certFile: string | null): string | null {
  const file = certFile ?? path.join(tlsFolder(dataDir), 'cert.pem');
  try {
    return new crypto.X509Certificate(fs.readFileSync(file)).fingerprint256;
  } catch {
    return null;
  }
}

export function loadOwnCertificate(certFile: string, keyFile: string): TlsMaterial {
  let cert: string;
  let key: string;
  try {
    cert = fs.readFileSync(certFile, 'utf8');
    key = fs.readFileSync(keyFile, 'utf8');
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Не удалось прочитать сертификат или ключ офиса (${(error as NodeJS.ErrnoException).code ?? 'ошибка'}): проверьте пути ${certFile} и ${keyFile}. Сервер не запущен.`,
    );
  }
  const x509 = parseCertificate(cert, certFile);
  try {
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) throw new Error('mismatch');
  } catch {
    throw new AppError('VALIDATION', `Ключ ${keyFile} не подходит к сертификату ${certFile}. Сервер не запущен.`);
  }
  return { key, cert, fingerprint: x509.fingerprint256, origin: 'own', certPath: certFile, validTo: x509.validTo };
}

/** The generated certificate of this data folder: reused while valid, otherwise generated for `names`. */
export async function ensureGeneratedCertificate(
  dataDir: string,
  names: LanNames,
  nowMs: number,
): Promise<TlsMaterial> {
  const folder = tlsFolder(dataDir);
  const certPath = path.join(folder, 'cert.pem');
  const keyPath = path.join(folder, 'key.pem');
  if (fs.existsSync(certPath) && fs.existsSync(keyPath)) {
    const cert = fs.readFileSync(certPath, 'utf8');
    const key = fs.readFileSync(keyPath, 'utf8');
    try {
      const x509 = new crypto.X509Certificate(cert);
      if (Date.parse(x509.validTo) > nowMs && x509.checkPrivateKey(crypto.createPrivateKey(key))) {
        return { key, cert, fingerprint: x509.fingerprint256, origin: 'reused', certPath, validTo: x509.validTo };
      }
    } catch {
      // unreadable or mismatched: generate a new one below
    }
  }
  const altNames = [
    { type: 2 as const, value: names.hostName },
    { type: 2 as const, value: 'localhost' },
    { type: 7 as const, ip: '127.0.0.1' },
    { type: 7 as const, ip: '::1' },
    ...names.addresses.map((ip) => ({ type: 7 as const, ip })),
  ];
  const pems = await generate(
    [
      { name: 'commonName', value: names.hostName },
      { name: 'organizationName', value: 'АРМ Долги ЖКУ' },
    ],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: new Date(nowMs - 24 * 3600_000),
      notAfterDate: new Date(nowMs + VALID_DAYS * 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames },
      ],
    },
  );
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  // The key first and private from its first byte; the certificate is public.
  fs.writeFileSync(keyPath, pems.private, { mode: 0o600 });
  fs.chmodSync(keyPath, 0o600);
  fs.writeFileSync(certPath, pems.cert, { mode: 0o600 });
  const x509 = parseCertificate(pems.cert, certPath);
  return {
    key: pems.private,
    cert: pems.cert,
    fingerprint: x509.fingerprint256,
    origin: 'generated',
    certPath,
    validTo: x509.validTo,
  };
}

function parseCertificate(pem: string, file: string): crypto.X509Certificate {
  try {
    return new crypto.X509Certificate(pem);
  } catch {
    throw new AppError('VALIDATION', `Файл ${file} — не сертификат в формате PEM. Сервер не запущен.`);
  }
}
