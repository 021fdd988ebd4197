/**
 * @file Which column of the department's list holds which field: the clerk's mapping (given or saved for these
 * headers), else the known headers («Номер ИП», «№ ИП», «Должник», «ФИО должника», «Номер ИД», «Реквизиты ИД»,
 * «СПИ» … — RECONCILIATION_FIELD_INFO), compared folded as billing headers are (text-normalize.ts).
 *
 * Saved mappings live in column_mappings with kind 'fssp_reconciliation' and the same header signature as the
 * billing imports (billing/preview-upload.ts `headerSignature`): a file with the same headers gets its mapping by
 * itself. The column's kind enum in schema.ts names the billing kinds only; the column is plain text (no CHECK), so
 * this kind is written through a cast rather than widening the billing mapping types.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { columnMappings } from '../../../shared/db/schema';
import {
  RECONCILIATION_FIELD_INFO,
  RECONCILIATION_FIELDS,
  RECONCILIATION_REQUIRED_TEXT,
  type ReconciliationField,
} from '../../../shared/api/contract-fssp-reconciliation';
import { drizzleOf } from '../db/drizzle-of';
import { foldText } from '../import/text-normalize';
import { headerSignature } from '../billing/preview-upload';

export const RECONCILIATION_MAPPING_KIND = 'fssp_reconciliation';
const KIND = RECONCILIATION_MAPPING_KIND as (typeof columnMappings.$inferInsert)['kind'];

export type ColumnMapping = Partial<Record<ReconciliationField, string>>;

const SYNONYMS = new Map<string, ReconciliationField>();
for (const field of RECONCILIATION_FIELDS) {
  for (const name of RECONCILIATION_FIELD_INFO[field].synonyms) {
    const folded = foldText(name);
    if (!SYNONYMS.has(folded)) SYNONYMS.set(folded, field);
  }
}

/** How many cells of a row are known headers (to find the header row and the CSV delimiter). */
export function recognisedHeaders(cells: readonly unknown[]): number {
  let n = 0;
  for (const c of cells) if (typeof c === 'string' && SYNONYMS.has(foldText(c))) n++;
  return n;
}

export interface ColumnBinding {
  /** field → column index. */
  index: Partial<Record<ReconciliationField, number>>;
  /** field → header as written. */
  mapping: ColumnMapping;
  /** Why the list cannot be matched with this binding; null when it can. */
  problem: string | null;
  warnings: string[];
}

/** Binds the headers: the given mapping first (exact, then folded), then the known headers for the other fields. */
export function bindColumns(headers: readonly string[], given?: ColumnMapping): ColumnBinding {
  const folded = headers.map((h) => foldText(h));
  const index: Partial<Record<ReconciliationField, number>> = {};
  const used = new Set<number>();
  const warnings: string[] = [];
  for (const field of RECONCILIATION_FIELDS) {
    const wanted = given?.[field];
    if (wanted === undefined || wanted.trim() === '') continue;
    let i = headers.findIndex((h, k) => h.trim() === wanted.trim() && !used.has(k));
    if (i < 0) i = folded.findIndex((h, k) => h === foldText(wanted) && !used.has(k));
    if (i < 0) {
      warnings.push(`Столбец «${wanted}» для поля «${RECONCILIATION_FIELD_INFO[field].label}» в файле не найден.`);
      continue;
    }
    index[field] = i;
    used.add(i);
  }
  const skipped = new Set(RECONCILIATION_FIELDS.filter((f) => given?.[f] !== undefined && given[f]?.trim() === ''));
  folded.forEach((name, i) => {
    if (used.has(i)) return;
    const field = SYNONYMS.get(name);
    if (field === undefined || skipped.has(field) || index[field] !== undefined) return;
    index[field] = i;
    used.add(i);
  });
  const mapping: ColumnMapping = {};
  for (const field of RECONCILIATION_FIELDS) {
    const i = index[field];
    if (i !== undefined) mapping[field] = headers[i]?.trim() ?? '';
  }
  const matchable =
    index.debtorName !== undefined &&
    (index.writNumber !== undefined || (index.birthDate !== undefined && index.sum !== undefined));
  const found = headers
    .filter((h) => h.trim() !== '')
    .slice(0, 20)
    .map((h) => `«${h.trim()}»`)
    .join(', ');
  const problem = matchable
    ? null
    : `Не хватает столбцов для сверки: ${RECONCILIATION_REQUIRED_TEXT}. В файле: ${found || 'заголовков нет'}. Укажите, какой столбец что означает.`;
  return { index, mapping, problem, warnings };
}

/** The saved mapping for files with these headers, if any. */
export function savedMappingFor(
  sqlite: Database.Database,
  headers: readonly string[],
): { id: number; name: string; mapping: ColumnMapping } | null {
  const row = drizzleOf(sqlite)
    .select({ id: columnMappings.id, name: columnMappings.name, mappingJson: columnMappings.mappingJson })
    .from(columnMappings)
    .where(and(eq(columnMappings.kind, KIND), eq(columnMappings.headerSignature, headerSignature(headers))))
    .get();
  return row ? { id: row.id, name: row.name, mapping: JSON.parse(row.mappingJson) as ColumnMapping } : null;
}

/** Keeps (or replaces) the mapping for files with these headers. */
export function saveReconciliationMapping(
  sqlite: Database.Database,
  input: { name: string; headers: readonly string[]; mapping: ColumnMapping },
  nowMs: number,
): { id: number; name: string } {
  const mappingJson = JSON.stringify(input.mapping);
  return drizzleOf(sqlite)
    .insert(columnMappings)
    .values({
      kind: KIND,
      name: input.name,
      headerSignature: headerSignature(input.headers),
      headersJson: JSON.stringify(input.headers),
      mappingJson,
      createdAtMs: nowMs,
    })
    .onConflictDoUpdate({
      target: [columnMappings.kind, columnMappings.headerSignature],
      set: { name: input.name, mappingJson },
    })
    .returning({ id: columnMappings.id, name: columnMappings.name })
    .get();
}
