/**
 * Every free-text string and every array an API method takes has a maximum: a 50 MB «name» sent to any method is
 * refused by its schema before a handler sees it. Walks the JSON schema of each input (zod's `toJSONSchema`) and
 * lists offenders: a string without `maxLength` (enumerations and constants are bounded by nature), an array
 * without `maxItems`, a record whose keys or values are unbounded strings.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiInputs } from '../../shared/api/contract';

type Json = Record<string, unknown>;

function offenders(schema: unknown, at: string, out: string[]): void {
  if (schema === null || typeof schema !== 'object') return;
  const s = schema as Json;
  if (s.type === 'string' && s.maxLength === undefined && s.enum === undefined && s.const === undefined)
    out.push(`${at}: строка без maxLength`);
  if (s.type === 'array' && s.maxItems === undefined) out.push(`${at}: массив без maxItems`);
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties')
      for (const [name, sub] of Object.entries(value as Json)) offenders(sub, `${at}.${name}`, out);
    else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames')
      offenders(value, `${at}${key === 'items' ? '[]' : key === 'propertyNames' ? '{ключ}' : '{}'}`, out);
    else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === 'prefixItems')
      (value as unknown[]).forEach((sub, i) => offenders(sub, `${at}|${i}`, out));
  }
}

describe('API input limits', () => {
  it('every string has a maxLength and every array a maxItems', () => {
    const out: string[] = [];
    for (const [method, schema] of Object.entries(apiInputs)) {
      offenders(z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }), method, out);
    }
    expect(out).toEqual([]);
  });

  it('a 50 MB name is refused by the schema', () => {
    const huge = 'Я'.repeat(50 * 1024 * 1024);
    expect(
      apiInputs['settings.update'].safeParse({
        organisationName: huge,
        districtName: 'Красногорск',
        responsiblePerson: '',
      }).success,
    ).toBe(false);
    expect(
      apiInputs['mappings.save'].safeParse({ kind: 'charges', name: 'Выгрузка', headers: [huge], mapping: {} }).success,
    ).toBe(false);
  });
});
