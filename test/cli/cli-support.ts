/**
 * @file Running the CLI in-process for tests: on a data folder (as `npm run cli` does) or on an open core, with the
 * output captured; and the role the command line acts with (security.cliRole, set through its repository as the
 * administrator's «Безопасность» panel does).
 */
import { runCli } from '../../electron/cli/run-cli';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { readSecurity, writeSecurity } from '../../electron/core/auth/security-settings-repo';
import type { UserRole } from '../../shared/auth/roles';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[], core?: Core): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) }, core ? { core } : {});
  return { code, out, err };
}

export function setCliRole(core: Core, role: UserRole): void {
  writeSecurity(core.ctx.db, { ...readSecurity(core.ctx.db), cliRole: role }, core.ctx.clock());
}

/** The same on a data folder whose core is not open (a test between CLI runs). */
export async function setCliRoleIn(dataDir: string, role: UserRole): Promise<void> {
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  try {
    setCliRole(core, role);
  } finally {
    await core.close();
  }
}
