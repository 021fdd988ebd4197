/**
 * @file Requests to the office server (HTTPS, self-signed certificate) on 127.0.0.1 only: the certificate is
 * trusted by its SHA-256 fingerprint, as a colleague checks it by eye. Raw node:https so tests can send any
 * Host/Origin header; a tiny cookie jar keeps what the server set.
 */
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { TLSSocket } from 'node:tls';

export interface HttpsReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The certificate the server presented. */
  fingerprint: string;
}

export interface HttpsCall {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export function httpsLoopback(port: number, call: HttpsCall, expectedFingerprint?: string): Promise<HttpsReply> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        method: call.method ?? 'POST',
        path: call.path,
        headers: { host: `127.0.0.1:${port}`, ...(call.headers ?? {}) },
        // Self-signed: trusted by the fingerprint below, never by a CA.
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const fingerprint = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
        if (expectedFingerprint !== undefined && fingerprint !== expectedFingerprint) {
          res.destroy();
          reject(new Error(`certificate ${fingerprint} is not the expected ${expectedFingerprint}`));
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, fingerprint }));
      },
    );
    req.on('error', reject);
    if (call.body !== undefined) req.write(call.body);
    req.end();
  });
}

/** name → value of the cookies a reply set (a Max-Age=0 one as an empty value). */
export function cookiesSet(reply: HttpsReply): Map<string, { value: string; attributes: string }> {
  const jar = new Map<string, { value: string; attributes: string }>();
  for (const line of reply.headers['set-cookie'] ?? []) {
    const [pair = '', ...attributes] = line.split(';');
    const [name = '', ...value] = pair.trim().split('=');
    jar.set(name, { value: value.join('='), attributes: attributes.map((a) => a.trim()).join('; ') });
  }
  return jar;
}
