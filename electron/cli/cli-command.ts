/**
 * @file The shape of a CLI command: its name, a Russian help text, and a run function that gets the parsed
 * options and returns the exit code. Commands write results to stdout and problems to stderr.
 */
import type { Core } from '../core/open-core';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliOptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  description: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, CliOptionSpec>;
  /** Whether the command needs the database (opened from --data-dir before run). */
  needsCore: boolean;
  run(args: { values: Record<string, unknown>; positionals: string[]; core: Core | null; io: CliIo }): Promise<number>;
}
