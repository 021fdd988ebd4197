/**
 * The command line: `info --json` through the same API method the UI uses, help, and errors.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { PROJECT_ROOT } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { realJournal } from '../support/migrations-fixture';

const execFileAsync = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('cli', () => {
  it('info --json reports the database path, schema version and counts', async () => {
    const dir = makeTempDir();
    const { code, out } = await cli(['info', '--json', '--data-dir', dir]);
    expect(code).toBe(0);
    const info = JSON.parse(out) as Record<string, unknown>;
    const journal = realJournal();
    expect(info).toMatchObject({
      host: 'cli',
      databasePath: path.join(dir, 'zhku.sqlite'),
      schemaVersion: journal.length,
      schemaTag: journal[journal.length - 1]?.tag,
      counts: { managementCompanies: 0, buildings: 0, accounts: 0, actions: 0 },
    });
  });

  it('prints help in Russian and refuses unknown commands and options', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Команды:');
    expect(help.out).toContain('info');
    const unknown = await cli(['nonsense']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Неизвестная команда «nonsense»');
    const badOption = await cli(['info', '--frobnicate']);
    expect(badOption.code).toBe(2);
  });

  it('refuses dates and months the calendar does not have, with the flag named (dispatch validates, exit 2)', async () => {
    const dir = makeTempDir();
    const account = await cli(['account', '--number', '1', '--as-of', '2027-02-31', '--data-dir', dir]);
    expect(account.code).toBe(2);
    expect(account.err).toContain('Дата «на дату»: такой даты нет в календаре — 31.02.2027.');
    expect(account.err).toContain('  --as-of: Дата «на дату»: такой даты нет в календаре — 31.02.2027.');
    const demo = await cli(['demo', '--accounts', '10', '--seed', 's', '--out', dir, '--end-period', '2026-13']);
    expect(demo.code).toBe(2);
    expect(demo.err).toContain('  --end-period: Последний месяц начислений: месяца 13 не бывает — 2026-13.');
    const demoDay = await cli(['demo', '--accounts', '10', '--seed', 's', '--out', dir, '--as-of', '2026-02-29']);
    expect(demoDay.code).toBe(2);
    expect(demoDay.err).toContain('  --as-of: Оплаты по дату: такой даты нет в календаре — 29.02.2026.');
  });

  it('works as documented: npm run cli -- info --json prints only JSON on stdout', async () => {
    const dir = makeTempDir();
    const { stdout } = await execFileAsync('npm', ['run', 'cli', '--', 'info', '--json', '--data-dir', dir], {
      cwd: PROJECT_ROOT,
    });
    expect(JSON.parse(stdout)).toMatchObject({ databasePath: path.join(dir, 'zhku.sqlite') });
  });
});
