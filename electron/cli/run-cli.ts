/**
 * @file Parses a command line and runs one command against the core: command → action → flags parsed from the
 * action's API input schema → dispatch → print. Separate from main.ts so tests can run the CLI in-process with
 * captured output. Exit codes: 0 done, 1 refused or failed (the envelope's Russian message), 2 usage (unknown
 * command, action or flag; input the schema refuses).
 */
import { apiInputs } from '../../shared/api/contract';
import { openCore, type Core } from '../core/open-core';
import { clockFromEnv } from '../core/contacts/clock-from-env';
import { defaultDataDir, SOURCE_MIGRATIONS_FOLDER } from '../core/default-paths';
import { DatabaseStartupError } from '../core/db/prepare-database';
import type { CliAction, CliCommand, CliIo } from './cli-command';
import { createCliApi, CliFailure, type FieldNamer } from './cli-api';
import { CliUsageError, parseFlags, type FlagPlan, type LocalOption } from './parse-flags';
import { kebabCase, schemaFields } from './schema-fields';
import { flagHelpLines } from './schema-help';
import { commands } from './commands/index';

const COMMON_OPTIONS: Record<string, LocalOption> = {
  json: { type: 'boolean', description: 'ответ в JSON (значение ответа программы) — для скриптов' },
  'data-dir': { type: 'string', valueName: 'ПАПКА', description: 'папка с базой данных' },
  help: { type: 'boolean', description: 'эта справка' },
};

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
    '  --json            ответ в JSON (значение ответа программы)',
    '  --help            справка; «<команда> --help» — справка по команде',
    '',
    'Команды работают через те же операции, что и окно программы, от имени «Командная строка (<пользователь ОС>)»',
    'с ролью, которую задаёт администратор (по умолчанию — администратор). Параметры команды — поля операции:',
    '--account-id 5 → accountId; список — параметр повторяется; вложенный объект — текстом JSON или по полям',
    '(--sort.field debt). Коды выхода: 0 — выполнено, 1 — отказано или не выполнено, 2 — ошибка в параметрах.',
    '',
  ].join('\n');
}

function planOf(action: CliAction, withCommon: boolean): FlagPlan {
  const schema = action.method ? apiInputs[action.method] : action.schema;
  return {
    fields: schema ? schemaFields(schema) : [],
    aliases: action.aliases ?? {},
    hidden: action.hidden ?? [],
    options: withCommon ? { ...COMMON_OPTIONS, ...action.options } : { ...action.options },
  };
}

function actionHelp(name: string, action: CliAction): string[] {
  const head = `${name ? `${name} — ` : ''}${action.summary ?? ''}${action.method ? ` (операция «${action.method}»)` : ''}`;
  const lines = head.trim() ? [head] : [];
  if (action.positionals) lines.push(`  аргументы: ${action.positionals.usage}`);
  lines.push(...flagHelpLines(planOf(action, false)));
  return lines;
}

export function commandHelp(command: CliCommand, only?: string): string {
  const lines = [`Использование: npm run cli -- ${command.usage}`, '', command.summary, ''];
  for (const [name, action] of Object.entries(command.actions)) {
    if (only !== undefined && name !== only) continue;
    lines.push(...actionHelp(name ? `${command.name} ${name}` : '', action), '');
  }
  if (command.name === 'call' && only !== undefined && only !== '') {
    const action = command.actionFor?.(only);
    if (action) lines.push(...actionHelp(`call ${only}`, action), '');
  }
  const own = new Set(Object.values(command.actions).flatMap((a) => Object.keys(a.options ?? {})));
  if (command.actionFor) own.add('json');
  const common = Object.fromEntries(Object.entries(COMMON_OPTIONS).filter(([k]) => !own.has(k)));
  lines.push('Общие параметры:', ...flagHelpLines({ fields: [], options: common }));
  return `${lines.join('\n')}\n`;
}

function subcommands(command: CliCommand): string {
  return Object.keys(command.actions).join(' | ');
}

/** Picks the action: the command's only one, or the one the first argument names. */
function pickAction(command: CliCommand, rest: string[]): { name: string; action: CliAction | null; args: string[] } {
  const single = command.actions[''];
  if (single) return { name: '', action: single, args: rest };
  const first = rest[0];
  if (first === undefined || first.startsWith('-')) return { name: '', action: null, args: rest };
  const action = command.actions[first] ?? command.actionFor?.(first) ?? null;
  if (!action) throw new CliUsageError(`Неизвестное действие «${first}»: ${command.name} ${subcommands(command)}.`);
  return { name: first, action, args: rest.slice(1) };
}

export interface RunCliOptions {
  /** An already open core (tests; a host embedding the CLI): used instead of --data-dir and left open. */
  core?: Core;
}

export async function runCli(argv: string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
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
  let json = false;
  let core: Core | null = null;
  let opened: Core | null = null;
  try {
    const picked = pickAction(command, rest);
    if (!picked.action) {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.out(commandHelp(command));
        return 0;
      }
      io.err(`Укажите действие: ${command.name} ${subcommands(command)} (подробнее: ${command.name} --help).\n`);
      return 2;
    }
    const action = picked.action;
    const parsed = parseFlags(picked.args, planOf(action, true));
    if (parsed.options.help) {
      io.out(commandHelp(command, picked.name));
      return 0;
    }
    json = parsed.options.json === true;
    const allowed = action.positionals ?? { usage: '', min: 0, max: 0 };
    if (parsed.positionals.length > allowed.max)
      throw new CliUsageError(`Лишний аргумент «${parsed.positionals[allowed.max]}».`);
    if (parsed.positionals.length < allowed.min) throw new CliUsageError(`Укажите ${allowed.usage}.`);
    // A refused field is named by the flag written, or (not written: missing) by the flag that would give it.
    const aliasOf = new Map(Object.entries(action.aliases ?? {}).map(([flag, key]) => [key, `--${flag}`]));
    const nameField: FieldNamer = (path) => {
      const [head, ...tail] = path.split('.');
      if (!head) return path;
      const flag = parsed.flagOf[head] ?? aliasOf.get(head) ?? `--${kebabCase(head)}`;
      return [flag, ...tail].join('.');
    };
    if (command.needsCore && options.core) core = options.core;
    else if (command.needsCore) {
      const dataDir = typeof parsed.options['data-dir'] === 'string' ? parsed.options['data-dir'] : defaultDataDir();
      core = opened = openCore({
        dataDir,
        host: 'cli',
        migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
        clock: clockFromEnv(),
      });
    }
    return await action.run({
      input: parsed.input,
      options: parsed.options,
      positionals: parsed.positionals,
      json,
      io,
      api: core ? createCliApi(core, nameField) : null,
      nameField,
    });
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`${error.message}\nСправка: npm run cli -- ${command.name} --help\n`);
      return command.badInputExitCode ?? 2;
    }
    if (error instanceof CliFailure) {
      if (json) io.out(`${JSON.stringify({ error: { code: error.code, message: error.message } }, null, 2)}\n`);
      io.err(`${[error.message, ...error.lines].join('\n')}\n`);
      return error.exitCode === 2 ? (command.badInputExitCode ?? 2) : error.exitCode;
    }
    if (error instanceof DatabaseStartupError) io.err(`${error.message}\n`);
    else io.err(`Ошибка: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    await opened?.close();
  }
}
