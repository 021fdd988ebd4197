/**
 * The scheduled-run commands in-process: `calls build`, `sms batch`/`sms export`, `rules account`/`evaluate-all`,
 * each documented by `--help` and answering `--json`; refusals exit 1 with a Russian message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { openDemoCore, type DemoCore } from './demo-district';
import { setCliRole, setCliRoleIn } from '../cli/cli-support';
import { addDemoStaff } from '../../electron/core/users/users-repo';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('calls, sms and rules commands', () => {
  let demo: DemoCore;
  let dataDir: string;

  beforeAll(async () => {
    demo = await openDemoCore(600);
    dataDir = demo.core.ctx.dataDir;
    // The three operators the queue is split among.
    await addDemoStaff(demo.core.ctx.db, { userId: null, name: 'тест' }, demo.clock.now);
    // Calls and SMS are the head's work; the rule book over every account is the administrator's.
    setCliRole(demo.core, 'head');
    await demo.core.close();
    process.env.ZHKU_CLOCK_START = '2026-11-25T08:00:00Z';
  }, 240_000);

  afterAll(() => {
    delete process.env.ZHKU_CLOCK_START;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('documents each command in --help', async () => {
    for (const name of ['calls', 'sms', 'rules']) {
      const r = await cli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('--json');
    }
  });

  it('builds today’s queue and answers JSON', async () => {
    const r = await cli(['calls', 'build', '--json', '--data-dir', dataDir]);
    expect(r.code, r.err).toBe(0);
    const summary = JSON.parse(r.out) as { date: string; total: number; perOperator: unknown[] };
    expect(summary.date).toBe('2026-11-25');
    expect(summary.total).toBeGreaterThan(0);
    expect(summary.perOperator).toHaveLength(3);
  });

  it('builds an SMS batch and exports the gateway file', async () => {
    const batch = JSON.parse((await cli(['sms', 'batch', '--json', '--data-dir', dataDir])).out) as {
      id: number;
      recipients: number;
    };
    expect(batch.recipients).toBeGreaterThan(0);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-sms-')), 'batch.csv');
    const r = await cli(['sms', 'export', '--batch', String(batch.id), '--out', out, '--data-dir', dataDir]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[0]).toBe('phone;text');
    const again = await cli(['sms', 'export', '--batch', String(batch.id), '--out', out, '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('уже выгружен');
  });

  it('explains one account and evaluates all', async () => {
    await setCliRoleIn(dataDir, 'admin');
    const all = JSON.parse((await cli(['rules', 'evaluate-all', '--json', '--data-dir', dataDir])).out) as {
      state: string;
      summary: string;
    };
    expect(all.state).toBe('done');
    expect(all.summary).toContain('оценено 600 лицевых счетов');
    const unknown = await cli(['rules', 'account', '--account', '0000000000', '--data-dir', dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Лицевой счёт № 0000000000 не найден.');
  });
});
