/**
 * @file Saved column mappings for billing files in other layouts.
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray } from 'drizzle-orm';
import { columnMappings } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { SavedMapping } from '../../../shared/import/import-types';
import type { ImportKind } from '../../../shared/import/layouts';

const COLUMNS = {
  id: columnMappings.id,
  kind: columnMappings.kind,
  name: columnMappings.name,
  headersJson: columnMappings.headersJson,
  mappingJson: columnMappings.mappingJson,
};

interface Row {
  id: number;
  kind: ImportKind;
  name: string;
  headersJson: string;
  mappingJson: string;
}

const toMapping = (r: Row): SavedMapping => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  headers: JSON.parse(r.headersJson) as string[],
  mapping: JSON.parse(r.mappingJson) as Record<string, string>,
});

/** The billing files' kinds: the table also keeps the mappings of the bailiffs' reconciliation lists. */
const BILLING_KINDS: ImportKind[] = ['companies', 'accounts', 'charges', 'payments'];

export function findMappingBySignature(
  sqlite: Database.Database,
  signature: string,
  kind?: ImportKind,
): SavedMapping | null {
  const row = drizzleOf(sqlite)
    .select(COLUMNS)
    .from(columnMappings)
    .where(
      and(
        eq(columnMappings.headerSignature, signature),
        kind ? eq(columnMappings.kind, kind) : inArray(columnMappings.kind, BILLING_KINDS),
      ),
    )
    .get();
  return row ? toMapping(row) : null;
}

export function saveMapping(
  sqlite: Database.Database,
  input: { kind: ImportKind; name: string; headers: string[]; mapping: Record<string, string>; signature: string },
  nowMs: number,
): SavedMapping {
  const mappingJson = JSON.stringify(input.mapping);
  const row = drizzleOf(sqlite)
    .insert(columnMappings)
    .values({
      kind: input.kind,
      name: input.name,
      headerSignature: input.signature,
      headersJson: JSON.stringify(input.headers),
      mappingJson,
      createdAtMs: nowMs,
    })
    .onConflictDoUpdate({
      target: [columnMappings.kind, columnMappings.headerSignature],
      set: { name: input.name, mappingJson },
    })
    .returning(COLUMNS)
    .get();
  return toMapping(row);
}
