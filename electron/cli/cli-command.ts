/**
 * @file The shape of a CLI command: a name, a Russian summary, and its actions — one per API method it calls
 * (`calls build` → calls.buildQueue), or a single action (`account`). An action's flags come from its method's
 * input schema (./parse-flags.ts), plus the few local options of the command line (files to read or write); its
 * run gets the parsed input and prints what dispatch answered. Results go to stdout, problems to stderr.
 */
import type { z } from 'zod';
import type { ApiMethod } from '../../shared/api/contract';
import type { CliApi, FieldNamer } from './cli-api';
import type { LocalOption } from './parse-flags';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface ActionContext {
  /** The API input built from the flags (not yet validated: dispatch does that). */
  input: Record<string, unknown>;
  /** The local options' values, by flag name. */
  options: Record<string, unknown>;
  positionals: string[];
  /** `--json`: print the envelope value instead of the Russian text. */
  json: boolean;
  io: CliIo;
  /** Calls through dispatch as «Командная строка (<OS user>)»; null for the commands that need no database. */
  api: CliApi | null;
  /** How a refused field is named: the flag the user wrote, or its path in an input file. */
  nameField: FieldNamer;
}

export interface CliAction {
  /** The API method whose input schema gives the flags (and whose help is printed). */
  method: ApiMethod | null;
  /** For a command that needs no database: the schema of its flags, validated with the same messages. */
  schema?: z.ZodType;
  /** One line for the help (subcommands). */
  summary?: string;
  /** Old flag names kept: flag → field key. */
  aliases?: Readonly<Record<string, string>>;
  /** Fields the command fills itself. */
  hidden?: readonly string[];
  options?: Readonly<Record<string, LocalOption>>;
  /** Positional arguments: how the help names them, and how many are allowed. */
  positionals?: { usage: string; min: number; max: number };
  run(ctx: ActionContext): Promise<number>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Whether the command needs the database (opened from --data-dir before run). */
  needsCore: boolean;
  /** The exit code of bad input (a flag or value refused); 2 unless a fixed contract says otherwise (`duty`: 1). */
  badInputExitCode?: 1 | 2;
  /** By the first positional argument; '' for a command without subcommands. */
  actions: Readonly<Record<string, CliAction>>;
  /** Actions not listed (the generic `call <method>`). */
  actionFor?(name: string): CliAction | null;
}
