/**
 * @file What the command line needs to know of an API method's input: its zod object schema read field by field
 * (name, kind, enum values, default, whether it may be omitted or null). The parser coerces flag text with it and
 * the help is written from it, so a field added to the contract is a flag at once, with no copy kept here.
 * Validation is not done here: dispatch validates with the same schema and the UI's Russian messages.
 */
import type { z } from 'zod';

export type FieldKind = 'number' | 'boolean' | 'string' | 'enum' | 'array' | 'object' | 'json';

export interface SchemaField {
  /** The schema's key: accountId. */
  key: string;
  kind: FieldKind;
  /** The values of an enum field (also of an array's enum elements). */
  values: readonly string[];
  /** Integer numbers only. */
  integer: boolean;
  min: number | null;
  max: number | null;
  /** May be left out (optional, or has a default). */
  optional: boolean;
  nullable: boolean;
  /** The default dispatch fills in, when there is one. */
  defaultValue: unknown;
  hasDefault: boolean;
  /** The schema's description (calendar fields: «дата ГГГГ-ММ-ДД»). */
  description: string | null;
  /** An array's element. */
  element: SchemaField | null;
  /** An object's fields (flags `--sort.field`). */
  fields: SchemaField[];
}

// zod 4 keeps a schema's definition on `.def`; only what the CLI reads is typed here.
interface Def {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  defaultValue?: unknown;
  element?: ZodLike;
  shape?: Record<string, ZodLike>;
  entries?: Record<string, string | number>;
  checks?: Array<{ _zod: { def: { check: string; value?: unknown; inclusive?: boolean; format?: string } } }>;
}
interface ZodLike {
  def: Def;
  description?: string;
}

function describeSchema(key: string, schema: ZodLike): SchemaField {
  const field: SchemaField = {
    key,
    kind: 'json',
    values: [],
    integer: false,
    min: null,
    max: null,
    optional: false,
    nullable: false,
    defaultValue: undefined,
    hasDefault: false,
    description: null,
    element: null,
    fields: [],
  };
  let s: ZodLike = schema;
  // Wrappers first: optional, nullable, default, readonly, pipes (transforms keep their input's kind).
  for (;;) {
    field.description ??= s.description ?? null;
    const def = s.def;
    if (def.type === 'optional' && def.innerType) field.optional = true;
    else if (def.type === 'nullable' && def.innerType) field.nullable = true;
    else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      field.optional = true;
      field.hasDefault = true;
      field.defaultValue = def.defaultValue;
    } else if (def.type === 'pipe' && def.in) {
      s = def.in;
      continue;
    } else if (def.type !== 'readonly' && def.type !== 'catch') break;
    if (!def.innerType) break;
    s = def.innerType;
  }
  const def = s.def;
  switch (def.type) {
    case 'number':
    case 'int':
      field.kind = 'number';
      for (const c of def.checks ?? []) {
        const d = c._zod.def;
        if (d.check === 'number_format' && d.format !== 'float32' && d.format !== 'float64') field.integer = true;
        if (d.check === 'greater_than' && typeof d.value === 'number')
          field.min = d.inclusive ? d.value : d.value + (field.integer ? 1 : 0);
        if (d.check === 'less_than' && typeof d.value === 'number')
          field.max = d.inclusive ? d.value : d.value - (field.integer ? 1 : 0);
      }
      break;
    case 'boolean':
      field.kind = 'boolean';
      break;
    case 'string':
      field.kind = 'string';
      break;
    case 'enum':
      field.kind = 'enum';
      field.values = Object.values(def.entries ?? {}).map(String);
      break;
    case 'literal':
      field.kind = 'string';
      break;
    case 'array':
      field.kind = 'array';
      field.element = def.element ? describeSchema(key, def.element) : null;
      break;
    case 'object':
      field.kind = 'object';
      field.fields = Object.entries(def.shape ?? {}).map(([k, v]) => describeSchema(k, v));
      break;
    default:
      field.kind = 'json';
  }
  return field;
}

/** The fields of a method's input (an object schema; anything else has no flags). */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const top = describeSchema('', schema as unknown as ZodLike);
  return top.kind === 'object' ? top.fields : [];
}

/** accountId → account-id; asOf → as-of. */
export function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** account-id → accountId. */
export function camelCase(flag: string): string {
  return flag.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
