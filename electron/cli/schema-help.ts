/**
 * @file `--help` of a command written from its API method's input schema: each field as its flag, with its kind,
 * enum values, range, default and whether it may be left out — so the help cannot drift from what dispatch
 * accepts. Local options (files to read or write) follow with the command's own words.
 */
import type { FlagPlan, LocalOption } from './parse-flags';
import { kebabCase, type SchemaField } from './schema-fields';

function range(f: SchemaField): string {
  if (f.min !== null && f.max !== null && f.max < Number.MAX_SAFE_INTEGER) return ` от ${f.min} до ${f.max}`;
  if (f.min !== null) return ` не меньше ${f.min}`;
  if (f.max !== null && f.max < Number.MAX_SAFE_INTEGER) return ` не больше ${f.max}`;
  return '';
}

/** What a field's value looks like: ЧИСЛО, ГГГГ-ММ-ДД, csv|xlsx, JSON. */
function valueName(f: SchemaField): string {
  switch (f.kind) {
    case 'number':
      return 'ЧИСЛО';
    case 'boolean':
      return '';
    case 'enum':
      return f.values.join('|');
    case 'string':
      if (f.description?.includes('ГГГГ-ММ-ДД')) return 'ГГГГ-ММ-ДД';
      if (f.description?.includes('ГГГГ-ММ')) return 'ГГГГ-ММ';
      return 'ТЕКСТ';
    case 'array':
      return f.element ? valueName(f.element) : 'JSON';
    case 'object':
    case 'json':
      return 'JSON';
  }
}

function kindText(f: SchemaField): string {
  switch (f.kind) {
    case 'number':
      return `${f.integer ? 'целое число' : 'число'}${range(f)}`;
    case 'boolean':
      return `флаг (да — «--${kebabCase(f.key)}», нет — «--no-${kebabCase(f.key)}»)`;
    case 'enum':
      return `одно из: ${f.values.join(', ')}`;
    case 'string':
      return f.description ?? 'текст';
    case 'array':
      return `список: параметр повторяется, по одному значению (${f.element ? kindText(f.element) : 'JSON'})`;
    case 'object':
      return `объект: текст JSON или поля по отдельности (${f.fields.map((x) => `--${kebabCase(f.key)}.${kebabCase(x.key)}`).join(', ')})`;
    case 'json':
      return 'текст JSON';
  }
}

function notes(f: SchemaField): string[] {
  const out: string[] = [];
  if (f.hasDefault) out.push(`по умолчанию ${f.defaultValue === null ? 'null' : JSON.stringify(f.defaultValue)}`);
  else if (f.optional) out.push('можно не указывать');
  else out.push('обязательно');
  if (f.nullable) out.push('null — не задано');
  return out;
}

function line(flag: string, value: string, text: string): string {
  const head = `  --${flag}${value ? ` ${value}` : ''}`;
  return head.length < 34 ? `${head.padEnd(34)}${text}` : `${head}\n${' '.repeat(34)}${text}`;
}

/** One line per flag of the plan (schema fields, then local options). */
export function flagHelpLines(plan: FlagPlan): string[] {
  const hidden = new Set(plan.hidden ?? []);
  const aliasOf = new Map(Object.entries(plan.aliases ?? {}).map(([flag, key]) => [key, flag]));
  const lines: string[] = [];
  for (const f of plan.fields) {
    if (hidden.has(f.key)) continue;
    const flag = aliasOf.get(f.key) ?? kebabCase(f.key);
    lines.push(line(flag, valueName(f), `${kindText(f)}; ${notes(f).join('; ')}`));
    if (f.kind === 'object')
      for (const x of f.fields)
        lines.push(line(`${flag}.${kebabCase(x.key)}`, valueName(x), `${kindText(x)}; ${notes(x).join('; ')}`));
  }
  for (const [name, o] of Object.entries(plan.options ?? {}) as Array<[string, LocalOption]>) {
    lines.push(
      line(
        name,
        o.type === 'string' ? (o.valueName ?? 'ЗНАЧЕНИЕ') : '',
        `${o.description}${o.multiple ? ' (можно несколько раз)' : ''}`,
      ),
    );
  }
  return lines;
}
