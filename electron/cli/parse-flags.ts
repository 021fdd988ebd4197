/**
 * @file The one argument parser of the command line: flags are the API method's input fields in kebab-case
 * (`--account-id 5` → accountId), each value coerced by its field's kind in the contract's zod schema
 * (./schema-fields.ts), then handed to dispatch, which validates it with the UI's Russian messages. Nothing here
 * checks a value's meaning (a date, a month, a range): that is the schema's job, in one place.
 *
 * - number: `--limit 50` → 50 (text that is not a number is passed on, and dispatch refuses it);
 * - boolean: `--only-without` → true, `--no-only-without` or `--only-without=false` → false;
 * - enum, string: the text as written; a nullable field takes `null` for null;
 * - array: the flag repeated, one element each (`--building-ids 3 --building-ids 7` → [3, 7]);
 * - nested object: its fields as dotted flags (`--sort.field debt --sort.dir asc`) or the whole object as JSON
 *   text (`--sort '{"field":"debt","dir":"asc"}'`); records and arrays of objects take JSON text.
 * A flag the schema does not have is a usage error (exit 2), in Russian.
 */
import type { SchemaField } from './schema-fields';
import { kebabCase } from './schema-fields';

export class CliUsageError extends Error {}

/** A flag of a command that is not an API input field: a file to read or write, `--quiet`. */
export interface LocalOption {
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** What the value is, in the help: ФАЙЛ, ПАПКА. */
  valueName?: string;
  description: string;
}

export interface FlagPlan {
  fields: readonly SchemaField[];
  /** Old flag names kept by a command: flag → field key (`company` → companyId). */
  aliases?: Readonly<Record<string, string>>;
  /** Fields the command fills itself (an upload id from a file): not flags. */
  hidden?: readonly string[];
  options?: Readonly<Record<string, LocalOption>>;
}

export interface ParsedFlags {
  /** The API input built from the flags (fields not given are left out: dispatch fills the defaults). */
  input: Record<string, unknown>;
  /** Values of the local options, by flag name. */
  options: Record<string, unknown>;
  positionals: string[];
  /** The flag the user wrote for each top-level field (so a refusal can name it). */
  flagOf: Record<string, string>;
}

const TRUE = new Set(['true', 'yes', 'да', '1']);
const FALSE = new Set(['false', 'no', 'нет', '0']);
const NUMBER = /^[-+]?\d+(\.\d+)?$/;

function parseJson(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(
      `Параметр «--${flag}» — текст JSON, например '{"поле": "значение"}': ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}

function parseBoolean(flag: string, text: string): boolean {
  const t = text.toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new CliUsageError(`Параметр «--${flag}» — да или нет (true/false), получено «${text}».`);
}

/** One value of a field from its text. */
export function coerceValue(field: SchemaField, flag: string, text: string): unknown {
  if (field.nullable && text === 'null') return null;
  switch (field.kind) {
    case 'number':
      return NUMBER.test(text.trim()) ? Number(text.trim()) : text;
    case 'boolean':
      return parseBoolean(flag, text);
    case 'string':
    case 'enum':
      return text;
    case 'array':
      if (!field.element) return parseJson(flag, text);
      return coerceValue(field.element, flag, text);
    case 'object':
    case 'json':
      return parseJson(flag, text);
  }
}

interface Target {
  /** The path of keys from the input's top. */
  path: string[];
  field: SchemaField;
}

function findField(fields: readonly SchemaField[], flag: string): SchemaField | undefined {
  return fields.find((f) => kebabCase(f.key) === flag || f.key === flag);
}

export function parseFlags(argv: readonly string[], plan: FlagPlan): ParsedFlags {
  const hidden = new Set(plan.hidden ?? []);
  const fields = plan.fields.filter((f) => !hidden.has(f.key));
  const options = plan.options ?? {};
  const aliases = plan.aliases ?? {};
  const result: ParsedFlags = { input: {}, options: {}, positionals: [], flagOf: {} };

  const resolve = (name: string): Target | null => {
    const aliased = aliases[name];
    const top = aliased ? fields.find((f) => f.key === aliased) : findField(fields, name);
    if (top) return { path: [top.key], field: top };
    // Dotted: --sort.field
    const [head, ...rest] = name.split('.');
    const first = head && rest.length > 0 ? findField(fields, aliases[head] ?? head) : undefined;
    if (!first) return null;
    let field: SchemaField = first;
    const path = [field.key];
    for (const part of rest) {
      const next: SchemaField | undefined = field.kind === 'object' ? findField(field.fields, part) : undefined;
      if (!next) return null;
      path.push(next.key);
      field = next;
    }
    return { path, field };
  };

  const setValue = (target: Target, flag: string, value: unknown): void => {
    let obj = result.input;
    for (const key of target.path.slice(0, -1)) {
      const inner = obj[key];
      if (inner === undefined) obj[key] = {};
      else if (typeof inner !== 'object' || inner === null || Array.isArray(inner))
        throw new CliUsageError(`Параметр «--${flag}» не сочетается с «--${result.flagOf[key]}».`);
      obj = obj[key] as Record<string, unknown>;
    }
    const key = target.path[target.path.length - 1] as string;
    if (target.field.kind === 'array') {
      const list = obj[key];
      if (Array.isArray(list)) list.push(value);
      else obj[key] = [value];
    } else if (obj[key] !== undefined) {
      throw new CliUsageError(`Параметр «--${flag}» указан дважды.`);
    } else obj[key] = value;
    result.flagOf[target.path[0] as string] ??= `--${flag}`;
  };

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') {
      result.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h') {
      result.options.help = true;
      continue;
    }
    if (!token.startsWith('--') || token === '--') {
      result.positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    let name = eq < 0 ? token.slice(2) : token.slice(2, eq);
    const inline = eq < 0 ? undefined : token.slice(eq + 1);
    const takeValue = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw new CliUsageError(`Параметру «--${name}» нужно значение.`);
      i++;
      return next;
    };

    let negated = false;
    if (name.startsWith('no-') && !options[name] && !resolve(name)) {
      negated = true;
      name = name.slice(3);
    }

    const option = options[name];
    if (option) {
      if (option.type === 'boolean') {
        result.options[name] = negated ? false : inline === undefined ? true : parseBoolean(name, inline);
      } else {
        if (negated) throw new CliUsageError(`Неизвестный параметр «--no-${name}».`);
        const value = takeValue();
        if (option.multiple) ((result.options[name] ??= []) as string[]).push(value);
        else if (result.options[name] !== undefined) throw new CliUsageError(`Параметр «--${name}» указан дважды.`);
        else result.options[name] = value;
      }
      continue;
    }

    const target = resolve(name);
    if (!target) throw new CliUsageError(`Неизвестный параметр «--${negated ? 'no-' : ''}${name}».`);
    const kind = target.field.kind === 'array' ? target.field.element?.kind : target.field.kind;
    if (kind === 'boolean') {
      setValue(target, name, negated ? false : inline === undefined ? true : parseBoolean(name, inline));
    } else {
      if (negated) throw new CliUsageError(`Неизвестный параметр «--no-${name}».`);
      setValue(target, name, coerceValue(target.field, name, takeValue()));
    }
  }
  return result;
}
