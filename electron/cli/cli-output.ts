/**
 * @file How a command answers: the Russian text for a person, or with `--json` the envelope's value (files the
 * value carried as base64 are saved where the command was told, and the JSON names the saved path instead of the
 * bytes). Also the local validation of the commands that need no database, worded as dispatch words it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ActionContext } from './cli-command';
import { CliFailure, type FieldNamer } from './cli-api';
import { clerkIssueText } from '../../shared/api/clerk-issue';

/** Prints the text, or the value as JSON under `--json`; exit code 0. */
export function answer(ctx: ActionContext, text: string, value: unknown): number {
  ctx.io.out(ctx.json ? `${JSON.stringify(value, null, 2)}\n` : text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

/** Writes a file an API method returned as base64; the absolute path written. */
export function saveBase64(base64: string, target: string): string {
  const full = path.resolve(target);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, Buffer.from(base64, 'base64'));
  return full;
}

/** The value without its base64 fields (under `--json` the files are on disk, not in the text). */
export function withoutBytes<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'base64' ? undefined : v))) as T;
}

/** The value of a required local option (a file or folder), or a usage error naming it. */
export function requiredOption(ctx: ActionContext, name: string, what: string): string {
  const v = ctx.options[name];
  if (typeof v !== 'string' || v === '')
    throw new CliFailure(`Укажите ${what}: --${name} ${name === 'out' ? 'ПУТЬ' : 'ЗНАЧЕНИЕ'}.`, 2);
  return v;
}

/** Reads a JSON file given on the command line (the whole input of a method). */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'файл не найден' : code === 'EISDIR' ? 'это папка, а не файл' : String(error);
    throw new CliFailure(`Не удалось прочитать «${file}»: ${why}.`, 1);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliFailure(
      `Файл «${file}» не является правильным JSON: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
}

/** For a command without the database: the schema's check, refused with the same wording as dispatch's. */
export function validateLocally<T>(schema: z.ZodType<T>, input: unknown, nameField: FieldNamer): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const text = parsed.error.issues.map((i) => clerkIssueText(i)).join(' ');
  throw new CliFailure(
    `Проверьте введённые данные: ${text}`,
    2,
    issues.filter((i) => i.path !== '').map((i) => `  ${nameField(i.path)}: ${i.message}`),
  );
}
