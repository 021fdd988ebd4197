import { z } from 'zod';
import { apiInputs } from '../shared/api/contract';
const out: string[] = [];
function walk(s: any, p: string) {
  if (!s || typeof s !== 'object') return;
  if (s.type === 'string' && s.maxLength === undefined && s.enum === undefined && s.const === undefined && s.format === undefined) out.push(`${p}: string`);
  if (s.type === 'array' && s.maxItems === undefined) out.push(`${p}: array`);
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') { out.push(`${p}: record?`); }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties') for (const [pk, pv] of Object.entries(v as any)) walk(pv, `${p}.${pk}`);
    else if (k === 'items') walk(v, `${p}[]`);
    else if (k === 'additionalProperties') walk(v, `${p}{}`);
    else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf' || k === 'prefixItems') (v as any[]).forEach((x, i) => walk(x, `${p}|${i}`));
  }
}
for (const [m, s] of Object.entries(apiInputs)) {
  try { walk(z.toJSONSchema(s as any, { io: 'input', unrepresentable: 'any' }), m); } catch (e) { out.push(`${m}: ERROR ${(e as Error).message}`); }
}
console.log(out.join('\n')); console.log(out.length);
