/**
 * @file Load test of the office server (`npm run bench -- load`): the LAN host (`npm run serve -- --lan`) on a copy
 * of a 20 000-account demo district, 20 simulated clerks signed in (the 6 demo staff and 14 operators), for
 * 2 minutes each clerk looping as its screens do — an operator: its call list (calls.myQueue), the call card
 * (calls.card), the outcome recorded (calls.record); the head, claims clerk and lawyer: a registry window
 * (registry.query, every 4th a search), an account card (account.card + account.evaluate) — while an
 * administrator imports payments files one after another over the API (upload + import.start job).
 *
 * Connects ONLY to https://127.0.0.1 (the server listens on the LAN, the test never leaves this PC); the
 * self-signed certificate is trusted by the fingerprint the server printed. Keep-alive connections per clerk (up to 6),
 * as one browser. Prints p50/p95/p99 per kind and overall, requests and errors. The district is built once
 * (demo job through the core) and kept in bench/out/load-district-20000; each run works on a fresh copy.
 *
 * Errors = network failures and answers ≥ 500 or unexpected refusals; a call refused by the contact rules
 * (an account called already today) is a correct answer and counted apart as «refused».
 */
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { openCore, type Core } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { newSessionConnection, type Connection } from '../electron/core/auth/actor';
import { DEMO_PASSWORD, DEMO_USERS } from '../electron/core/users/users-repo';
import { spawnServe } from '../test/support/spawn-serve';
import { seconds, type BenchLine } from './bench-format';

const ACCOUNTS = 20_000;
const MONTHS = 12;
const CLERKS = 20;
const DURATION_MS = Number(process.env.ZHKU_LOAD_MS ?? 120_000);
/** A Wednesday, 11:00 in Moscow: calls are allowed by the contact rules. */
const CLOCK_START = '2026-12-09T08:00:00Z';
const ADMIN = { login: 'load.admin', fullName: 'Нагрузочный Администратор Тестович', password: 'Load-admin-1' };
const OPERATOR_PASSWORD = 'Load-pass-2';
const PAYMENT_ROWS = 20_000;
/** Pause between a clerk's steps (reading the screen), 1 s by default; ZHKU_LOAD_THINK_MS=0 = as fast as the server answers. */
const THINK_MS = Number(process.env.ZHKU_LOAD_THINK_MS ?? 1000);
/** ZHKU_LOAD_IMPORT=0: the clerks alone, to tell the import's share of the latency. */
const WITH_IMPORT = process.env.ZHKU_LOAD_IMPORT !== '0';

type Kind = 'registry' | 'card' | 'queue' | 'callCard' | 'call' | 'signIn' | 'upload' | 'import.start';

async function dispatchOk<T>(core: Core, connection: Connection, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input, connection);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** The district with its staff, built once through the core (demo job) and kept. */
async function ensureLoadDistrict(workDir: string): Promise<{ dataDir: string; lines: BenchLine[] }> {
  const dataDir = path.join(workDir, `load-district-${ACCOUNTS}`);
  const lines: BenchLine[] = [];
  if (fs.existsSync(path.join(dataDir, 'ready'))) return { dataDir, lines };
  fs.rmSync(dataDir, { recursive: true, force: true });
  const start = Date.parse(CLOCK_START);
  const realStart = Date.now();
  const core = openCore({
    dataDir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => start + (Date.now() - realStart),
  });
  const t = performance.now();
  const admin = newSessionConnection();
  await dispatchOk(core, admin, 'auth.setupAdmin', ADMIN);
  const { jobId } = await dispatchOk<{ jobId: string }>(core, admin, 'demo.load', {
    accounts: ACCOUNTS,
    months: MONTHS,
  });
  for (;;) {
    const job = await dispatchOk<{ state: string; error: { message: string } | null }>(core, admin, 'jobs.get', {
      jobId,
    });
    if (job.state === 'done') break;
    if (job.state !== 'running') throw new Error(`demo.load: ${job.error?.message ?? job.state}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  lines.push({
    name: `demo district built (${ACCOUNTS.toLocaleString('ru-RU')} accounts × ${MONTHS} months)`,
    value: seconds(performance.now() - t),
  });
  for (let i = 1; i <= CLERKS - DEMO_USERS.length; i++) {
    const login = `load${String(i).padStart(2, '0')}`;
    await dispatchOk(core, admin, 'users.save', {
      user: {
        id: null,
        login,
        fullName: `Оператор Нагрузочный ${i}`,
        role: 'operator',
        dailyQuota: 150,
        active: true,
        password: 'Load-pass-1',
      },
    });
    const own = newSessionConnection();
    await dispatchOk(core, own, 'auth.signIn', { login, password: 'Load-pass-1' });
    await dispatchOk(core, own, 'auth.changePassword', {
      currentPassword: 'Load-pass-1',
      newPassword: OPERATOR_PASSWORD,
    });
  }
  await core.close();
  fs.writeFileSync(path.join(dataDir, 'ready'), '');
  return { dataDir, lines };
}

interface Client {
  request(
    method: string,
    urlPath: string,
    body: string | Buffer,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: string; cookies: string[] }>;
  cookie: Map<string, string>;
  close(): void;
}

/** One «browser»: a keep-alive connection to 127.0.0.1, its cookies, the certificate pinned by fingerprint. */
function client(port: number, fingerprint: string): Client {
  // No TLS session reuse: every connection shows its certificate, which is checked against the fingerprint.
  const agent = new https.Agent({ keepAlive: true, maxSockets: 6, rejectUnauthorized: false, maxCachedSessions: 0 });
  const checked = new WeakSet<object>();
  const cookie = new Map<string, string>();
  return {
    cookie,
    close: () => agent.destroy(),
    request: (method, urlPath, body, headers = {}) =>
      new Promise((resolve, reject) => {
        const jar = [...cookie].map(([k, v]) => `${k}=${v}`).join('; ');
        const csrf = cookie.get('zhku_csrf');
        const req = https.request(
          {
            host: '127.0.0.1',
            port,
            method,
            path: urlPath,
            agent,
            headers: {
              host: `127.0.0.1:${port}`,
              origin: `https://127.0.0.1:${port}`,
              ...(jar ? { cookie: jar } : {}),
              ...(csrf ? { 'x-csrf-token': csrf } : {}),
              ...headers,
            },
          },
          (res) => {
            const socket = res.socket as TLSSocket;
            if (!checked.has(socket)) {
              if (socket.getPeerCertificate().fingerprint256 !== fingerprint) {
                res.destroy();
                reject(new Error('certificate fingerprint mismatch'));
                return;
              }
              checked.add(socket);
            }
            for (const line of res.headers['set-cookie'] ?? []) {
              const [pair = ''] = line.split(';');
              const [name = '', ...value] = pair.split('=');
              cookie.set(name.trim(), value.join('='));
            }
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers['set-cookie'] ?? [] }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
  };
}

interface Stats {
  times: Map<Kind, number[]>;
  errors: Map<string, number>;
  refused: number;
}

function record(stats: Stats, kind: Kind, ms: number): void {
  const list = stats.times.get(kind) ?? [];
  list.push(ms);
  stats.times.set(kind, list);
}

function error(stats: Stats, what: string): void {
  stats.errors.set(what, (stats.errors.get(what) ?? 0) + 1);
}

async function apiCall(c: Client, stats: Stats, kind: Kind, method: string, input: unknown): Promise<unknown> {
  const t = performance.now();
  try {
    const r = await c.request('POST', `/api/${method}`, JSON.stringify(input), { 'content-type': 'application/json' });
    record(stats, kind, performance.now() - t);
    const body = JSON.parse(r.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    if (body.ok) return body.value;
    if (kind === 'call' && r.status < 500 && body.error?.code !== 'INTERNAL') {
      stats.refused += 1;
      return null;
    }
    error(stats, `${method}: ${r.status} ${body.error?.code ?? ''} ${body.error?.message ?? ''}`);
    return null;
  } catch (e) {
    record(stats, kind, performance.now() - t);
    error(stats, `${method}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export async function loadBench(workDir: string): Promise<BenchLine[]> {
  const { dataDir: source, lines } = await ensureLoadDistrict(workDir);
  const dataDir = path.join(workDir, 'load-run');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(path.join(source, 'zhku.sqlite'), path.join(dataDir, 'zhku.sqlite'));
  const accounts = await (async () => {
    const core = openCore({
      dataDir,
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => Date.parse(CLOCK_START),
    });
    const rows = core.ctx.sqlite.prepare('SELECT id, number FROM accounts ORDER BY id').all() as Array<{
      id: number;
      number: string;
    }>;
    // Closed before the server opens the folder (one writer per data folder).
    await core.close();
    return rows;
  })();

  process.env.ZHKU_CLOCK_START = CLOCK_START;
  const served = await spawnServe(dataDir, ['--lan']);
  const port = Number(new URL(served.firstLine).port);
  for (let i = 0; i < 100 && !/SHA-256\): /.test(served.stdout()); i++) await new Promise((r) => setTimeout(r, 50));
  const fingerprint = /SHA-256\): ([0-9A-F:]+)/.exec(served.stdout())?.[1] ?? '';
  const stats: Stats = { times: new Map(), errors: new Map(), refused: 0 };

  try {
    // Every clerk opens the page (the CSRF cookie) and signs in.
    const logins = [
      ...DEMO_USERS.map((u) => ({ login: u.login, password: DEMO_PASSWORD, role: u.role })),
      ...Array.from({ length: CLERKS - DEMO_USERS.length }, (_, i) => ({
        login: `load${String(i + 1).padStart(2, '0')}`,
        password: OPERATOR_PASSWORD,
        role: 'operator' as const,
      })),
    ];
    const clerks: Array<{ c: Client; calls: boolean; registry: boolean }> = [];
    for (const who of logins) {
      const c = client(port, fingerprint);
      await c.request('GET', '/', '');
      const user = (await apiCall(c, stats, 'signIn', 'auth.signIn', { login: who.login, password: who.password })) as {
        permissions: string[];
      } | null;
      if (!user) throw new Error(`sign-in of ${who.login} failed: ${[...stats.errors.keys()].join('; ')}`);
      clerks.push({
        c,
        calls: user.permissions.includes('calls.own'),
        registry: user.permissions.includes('registry.view'),
      });
    }
    const admin = client(port, fingerprint);
    await admin.request('GET', '/', '');
    await apiCall(admin, stats, 'signIn', 'auth.signIn', { login: ADMIN.login, password: ADMIN.password });
    // The head builds the day's call list in the morning, before the operators start.
    const head = clerks[DEMO_USERS.findIndex((u) => u.role === 'head')]?.c;
    if (head) await apiCall(head, stats, 'signIn', 'calls.buildQueue', {});

    const deadline = Date.now() + DURATION_MS;
    let nextAccount = 0;
    let iterations = 0;
    const clerkLoop = async (
      { c, calls, registry }: { c: Client; calls: boolean; registry: boolean },
      index: number,
    ): Promise<void> => {
      let round = 0;
      while (Date.now() < deadline) {
        round += 1;
        if (calls) {
          const queue = (await apiCall(c, stats, 'queue', 'calls.myQueue', {})) as {
            items: Array<{ accountId: number; status: string }>;
          } | null;
          // The next pending debtor of the list; once the list is done, any account (the rules may refuse it).
          const next =
            queue?.items.find((i) => i.status === 'pending')?.accountId ??
            (accounts[nextAccount++ % accounts.length] as { id: number }).id;
          await apiCall(c, stats, 'callCard', 'calls.card', { accountId: next });
          await apiCall(c, stats, 'call', 'calls.record', {
            accountId: next,
            outcome: round % 3 === 0 ? 'busy' : 'no_answer',
          });
        } else if (registry) {
          const search =
            round % 4 === 0 ? (accounts[(index * 997 + round * 31) % accounts.length]?.number.slice(2, 7) ?? '') : '';
          await apiCall(c, stats, 'registry', 'registry.query', {
            search,
            offset: search ? 0 : ((index * 13 + round * 7) % 50) * 200,
            limit: 200,
          });
          const account = accounts[(index * 1_009 + round * 17) % accounts.length] as { id: number };
          // The card page asks for the card and the next step at once, as AccountCardPage does.
          await Promise.all([
            apiCall(c, stats, 'card', 'account.card', { accountId: account.id }),
            apiCall(c, stats, 'card', 'account.evaluate', { accountId: account.id }),
          ]);
        } else break;
        iterations += 1;
        // A clerk reads the screen for a moment before the next step.
        await new Promise((r) => setTimeout(r, THINK_MS));
      }
    };

    let imports = 0;
    const importTimes: number[] = [];
    const importLoop = async (): Promise<void> => {
      while (WITH_IMPORT && Date.now() < deadline) {
        const rows = ['Лицевой счёт;Дата оплаты;Сумма, руб.;Оплачиваемый период;Источник;Номер платежа'];
        for (let i = 0; i < PAYMENT_ROWS; i++) {
          const a = accounts[(imports * PAYMENT_ROWS + i) % accounts.length] as { number: string };
          rows.push(
            `${a.number};0${1 + (i % 8)}.12.2026;${100 + (i % 5000)},${String(i % 100).padStart(2, '0')};11.2026;Касса УК;LOAD${imports}-${i}`,
          );
        }
        const t = performance.now();
        const up = await (async () => {
          const t0 = performance.now();
          try {
            const r = await admin.request('POST', '/upload', Buffer.from(rows.join('\r\n'), 'utf8'), {
              'content-type': 'application/octet-stream',
              'x-file-name': encodeURIComponent(`payments-load-${imports}.csv`),
            });
            record(stats, 'upload', performance.now() - t0);
            const body = JSON.parse(r.body) as {
              ok: boolean;
              value?: { uploadId: string };
              error?: { message: string };
            };
            if (!body.ok) error(stats, `upload: ${r.status} ${body.error?.message ?? ''}`);
            return body.value ?? null;
          } catch (e) {
            error(stats, `upload: ${e instanceof Error ? e.message : String(e)}`);
            return null;
          }
        })();
        if (!up) return;
        const job = (await apiCall(admin, stats, 'import.start', 'import.start', {
          files: [{ uploadId: up.uploadId, kind: 'payments' }],
        })) as {
          jobId: string;
        } | null;
        if (!job) return;
        for (;;) {
          await new Promise((r) => setTimeout(r, 1000));
          const s = (await apiCall(admin, stats, 'signIn', 'jobs.get', { jobId: job.jobId })) as {
            state: string;
            error: { message: string } | null;
          } | null;
          if (!s || s.state === 'running') continue;
          if (s.state !== 'done') error(stats, `import: ${s.error?.message ?? s.state}`);
          break;
        }
        importTimes.push(performance.now() - t);
        imports += 1;
      }
    };

    const t0 = performance.now();
    await Promise.all([...clerks.map((clerk, i) => clerkLoop(clerk, i)), importLoop()]);
    const wall = performance.now() - t0;
    stats.times.delete('signIn');
    const all: number[] = [];
    lines.push({
      name: `clerks signed in over HTTPS to 127.0.0.1 (${clerks.filter((c) => c.calls).length} operators), pause between steps ${THINK_MS} ms`,
      value: String(clerks.length),
    });
    lines.push({ name: 'duration', value: seconds(wall) });
    lines.push({ name: 'clerk iterations (list + card + call, or registry window + card)', value: String(iterations) });
    lines.push({
      name: `payments imports finished meanwhile (${PAYMENT_ROWS.toLocaleString('ru-RU')} rows each), median`,
      value: `${imports}, ${seconds(importTimes.sort((a, b) => a - b)[Math.floor(importTimes.length / 2)] ?? 0)}`,
    });
    for (const [kind, times] of stats.times) {
      const sorted = [...times].sort((a, b) => a - b);
      if (kind !== 'upload' && kind !== 'import.start') all.push(...sorted);
      lines.push({
        name: `${kind}: requests, p50 / p95 / p99`,
        value: `${sorted.length}, ${seconds(percentile(sorted, 50))} / ${seconds(percentile(sorted, 95))} / ${seconds(percentile(sorted, 99))}`,
      });
    }
    all.sort((a, b) => a - b);
    lines.push({
      name: 'all clerks’ requests: count, p50 / p95 / p99, per second',
      value: `${all.length}, ${seconds(percentile(all, 50))} / ${seconds(percentile(all, 95))} / ${seconds(percentile(all, 99))}, ${(all.length / (wall / 1000)).toFixed(0)}/s`,
    });
    lines.push({ name: 'calls refused by the contact rules (correct answers)', value: String(stats.refused) });
    const errorCount = [...stats.errors.values()].reduce((a, b) => a + b, 0);
    lines.push({ name: 'errors', value: String(errorCount) });
    for (const [what, n] of [...stats.errors].slice(0, 10))
      lines.push({ name: `  ${what.slice(0, 120)}`, value: String(n) });
    for (const { c } of clerks) c.close();
    admin.close();
  } finally {
    await served.stop();
  }
  return lines;
}
