/**
 * @file Parses a command line and runs one command against the core. Separate from main.ts so tests can run
 * the CLI in-process with captured output.
 */
import { parseArgs } from 'node:util';
import { openCore, type Core } from '../core/open-core';
import { clockFromEnv } from '../core/contacts/clock-from-env';
import { defaultDataDir, SOURCE_MIGRATIONS_FOLDER } from '../core/default-paths';
import { DatabaseStartupError } from '../core/db/prepare-database';
import type { CliCommand, CliIo } from './cli-command';
import { commands } from './commands/index';

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'АРМ «Долги ЖКУ» — командная строка.',
    '',
    'Использование: npm run cli -- <команда> [параметры] [--data-dir ПАПКА]',
    '',
    'Команды:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Общие параметры:',
    `  --data-dir ПАПКА  папка с базой данных (по умолчанию ${defaultDataDir()}, или ZHKU_DATA_DIR)`,
    '  --help            справка; «<команда> --help» — справка по команде',
    '',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  const lines = [`Использование: npm run cli -- ${command.usage}`, '', command.summary, ''];
  for (const [name, spec] of Object.entries(command.options)) {
    lines.push(`  --${name}${spec.type === 'string' ? ' ЗНАЧЕНИЕ' : ''}  ${spec.description}`);
  }
  if (command.needsCore) lines.push('  --data-dir ПАПКА  папка с базой данных');
  return lines.join('\n') + '\n';
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(generalHelp());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Неизвестная команда «${name}».\n\n${generalHelp()}`);
    return 2;
  }
  const optionSpec = {
    ...Object.fromEntries(
      Object.entries(command.options).map(([key, spec]) => [
        key,
        { type: spec.type, multiple: spec.multiple ?? false },
      ]),
    ),
    'data-dir': { type: 'string' as const },
    help: { type: 'boolean' as const, short: 'h' },
  };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${commandHelp(command)}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  let core: Core | null = null;
  try {
    if (command.needsCore) {
      const dataDir = typeof parsed.values['data-dir'] === 'string' ? parsed.values['data-dir'] : defaultDataDir();
      core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: clockFromEnv() });
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals, core, io });
  } catch (error) {
    if (error instanceof DatabaseStartupError) io.err(`${error.message}\n`);
    else io.err(`Ошибка: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    await core?.close();
  }
}
