/**
 * The command line goes through the same door as the UI: dispatch resolves «Командная строка (<OS user>)» with the
 * role the administrator set for it (security.cliRole), refuses what that role may not do with 403 «Недостаточно
 * прав: …» (exit 1), and the journal names the command line, with no user id.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { cli, setCliRole } from './cli-support';

const cliName = `Командная строка (${os.userInfo().username})`;
let core: Core;

beforeAll(() => {
  core = openCore({
    dataDir: makeTempDir(),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => Date.UTC(2026, 11, 6, 6),
  });
});
afterAll(async () => {
  await core.close();
});

describe('the CLI as «Командная строка (<OS user>)»', () => {
  it('an administrator by default: may not make claims (403, exit 1), nothing written', async () => {
    const claims = await cli(['claims', '--bracket', 'over_100k', '--out', path.join(core.ctx.dataDir, 'out')], core);
    expect(claims.code).toBe(1);
    expect(claims.err).toBe(
      `Недостаточно прав: претензии, уведомления на подъездах и почтовые отправления. ${cliName} — администратор; права ролей настраивает администратор. Роль командной строки задаётся в разделе «Настройки» → «Безопасность».\n`,
    );
    expect(fs.existsSync(path.join(core.ctx.dataDir, 'out'))).toBe(false);
  });

  it('with security.cliRole = operator: refused what an operator may not do, the refusal under --json too', async () => {
    setCliRole(core, 'operator');
    try {
      const debt = await cli(['account', '--number', '1001'], core);
      expect(debt.code).toBe(1);
      expect(debt.err).toContain('Недостаточно прав: просмотр реестра и карточек лицевых счетов.');
      expect(debt.err).toContain(`${cliName} — оператор`);
      const call = await cli(
        [
          'call',
          'legalTables.addMoratorium',
          '--valid-from',
          '2020-01-01',
          '--valid-to',
          '2026-12-31',
          '--periods-before',
          'null',
          '--source',
          'постановление',
        ],
        core,
      );
      expect(call.code).toBe(1);
      expect(call.err).toContain('Недостаточно прав');
      const json = await cli(['account', '--number', '1001', '--json'], core);
      expect(JSON.parse(json.out)).toMatchObject({ error: { code: 'AUTH.PERMISSION_DENIED' } });
    } finally {
      setCliRole(core, 'admin');
    }
  });

  it('journals its changes as «Командная строка (<OS user>)» with no user id', async () => {
    const r = await cli(
      [
        'call',
        'settings.update',
        '--organisation-name',
        'МКУ «Расчётный центр»',
        '--district-name',
        'г.о. Красногорск',
        '--responsible-person',
        'Иванова М. П.',
      ],
      core,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ organisationName: 'МКУ «Расчётный центр»' });
    const rows = core.ctx.sqlite
      .prepare(`SELECT kind, user_name AS userName, user_id AS userId FROM actions WHERE kind = 'settings.updated'`)
      .all();
    expect(rows).toEqual([{ kind: 'settings.updated', userName: cliName, userId: null }]);
  });

  it('a refused input: the envelope’s message, the flag named, exit 2', async () => {
    const r = await cli(
      ['call', 'settings.update', '--organisation-name', ' ', '--district-name', 'г.о.', '--responsible-person', ''],
      core,
    );
    expect(r.code).toBe(2);
    expect(r.err).toBe('Укажите наименование организации.\n  --organisation-name: Укажите наименование организации.\n');
  });
});
