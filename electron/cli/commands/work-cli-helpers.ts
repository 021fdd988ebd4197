/**
 * @file What the work commands (calls, sms, rules) share: calling the API table in-process and printing either a
 * Russian text for a person or JSON for a scheduled script (`--json`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../core/open-core';
import type { CliIo } from '../cli-command';
import { saveUpload } from '../../core/billing/upload-store';
import { cliCaller } from '../cli-identity';

export class CliRefusal extends Error {}

export async function apiCall<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, cliCaller());
  if (!result.ok) throw new CliRefusal(result.error.message);
  return result.value as T;
}

export async function uploadForCli(core: Core, file: string): Promise<string> {
  if (!fs.existsSync(file)) throw new CliRefusal(`Файл не найден: ${file}`);
  return (await saveUpload(core.ctx.dataDir, path.basename(file), fs.readFileSync(file))).uploadId;
}

export function copyOut(savedPath: string, out: unknown): string {
  if (typeof out !== 'string' || out === '') return savedPath;
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(savedPath, target);
  return target;
}

/** Runs a subcommand; refusals become exit 1 with the Russian message (as JSON under --json). */
export async function runWork(
  io: CliIo,
  json: boolean,
  work: () => Promise<{ text: string; data: unknown }>,
): Promise<number> {
  try {
    const { text, data } = await work();
    io.out(json ? `${JSON.stringify(data, null, 2)}\n` : text);
    return 0;
  } catch (error) {
    if (!(error instanceof CliRefusal)) throw error;
    if (json) io.out(`${JSON.stringify({ error: error.message })}\n`);
    io.err(`${error.message}\n`);
    return 1;
  }
}
