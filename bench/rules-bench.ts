/**
 * @file Benchmark: the rule book over all 150,000 accounts of the registry district — in-process (facts read +
 * pure evaluation), then as the UI runs it, a job in a worker thread while the main thread's event-loop lag is
 * probed every 10 ms (the UI's host must stay responsive); then today's call queue and the SMS worklist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { evaluateAllAccounts } from '../electron/core/rules/evaluate-all';
import { buildCallQueue } from '../electron/core/calls/build-call-queue';
import { smsWorklist } from '../electron/core/sms/sms-worklist';
import { ensureRegistryDistrict } from './registry-bench';
import { seconds, type BenchLine } from './bench-format';
import { sessionFor } from '../test/support/api-calls';

const NOW = Date.parse('2026-11-25T08:00:00Z');

export async function rulesBench(workDir: string): Promise<BenchLine[]> {
  const { dataDir: source, lines } = await ensureRegistryDistrict(workDir);
  // A copy, so queues and contacts written here never change the registry benchmark's district.
  const dataDir = path.join(workDir, 'rules-150000');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(path.join(source, 'zhku.sqlite'), path.join(dataDir, 'zhku.sqlite'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const sqlite = core.ctx.sqlite;

  const inProcess = await evaluateAllAccounts(sqlite, NOW);
  lines.push({
    name: `accounts evaluated (rule book ${inProcess.ruleVersion})`,
    value: inProcess.accounts.toLocaleString('ru-RU'),
  });
  lines.push({
    name: 'in-process: facts read (summaries, phones, contacts, blocks)',
    value: seconds(inProcess.readMs),
  });
  lines.push({
    name: 'in-process: pure evaluation (bulk mode: verdicts, no wording)',
    value: seconds(inProcess.evaluateMs),
  });
  lines.push({
    name: 'per account',
    value: `${(((inProcess.readMs + inProcess.evaluateMs) * 1000) / inProcess.accounts).toFixed(1)} µs`,
  });

  // As the UI runs it: a job in a worker thread; the main thread keeps a 10 ms timer and records its worst lag.
  let worstLag = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - last - 10);
    last = now;
  }, 10);
  const t = performance.now();
  const result = await core.dispatch('rules.evaluateAll', {}, sessionFor(core, 'rules.evaluateAll'));
  if (!result.ok) throw new Error(result.error.message);
  const status = await core.ctx.jobs.wait((result.value as { jobId: string }).jobId);
  const jobMs = performance.now() - t;
  clearInterval(probe);
  lines.push({ name: 'as a job in a worker thread (start → done)', value: seconds(jobMs) });
  lines.push({ name: 'main thread: worst event-loop lag meanwhile', value: seconds(worstLag) });
  lines.push({ name: 'job summary', value: (status.summary ?? status.error?.message ?? '').slice(0, 160) });

  let t2 = performance.now();
  const queue = buildCallQueue(sqlite, { userId: null, name: 'bench' }, NOW);
  lines.push({
    name: `call queue built (${queue.total} accounts, ${queue.build?.eligible ?? 0} eligible)`,
    value: seconds(performance.now() - t2),
  });
  t2 = performance.now();
  const sms = smsWorklist(sqlite, '2026-11-25');
  lines.push({ name: `SMS worklist (${sms.recipients.length} recipients)`, value: seconds(performance.now() - t2) });
  await core.close();
  return lines;
}
