/**
 * @file Saved column mappings for billing files in other layouts.
 */
import type Database from 'better-sqlite3';
import type { SavedMapping } from '../../../shared/import/import-types';
import type { ImportKind } from '../../../shared/import/layouts';

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

const COLUMNS = 'id, kind, name, headers_json AS headersJson, mapping_json AS mappingJson';

export function listMappings(sqlite: Database.Database): SavedMapping[] {
  return (sqlite.prepare(`SELECT ${COLUMNS} FROM column_mappings ORDER BY name`).all() as Row[]).map(toMapping);
}

export function findMappingBySignature(sqlite: Database.Database, signature: string, kind?: ImportKind): SavedMapping | null {
  const row = (
    kind
      ? sqlite.prepare(`SELECT ${COLUMNS} FROM column_mappings WHERE header_signature = ? AND kind = ?`).get(signature, kind)
      : sqlite.prepare(`SELECT ${COLUMNS} FROM column_mappings WHERE header_signature = ?`).get(signature)
  ) as Row | undefined;
  return row ? toMapping(row) : null;
}

export function saveMapping(
  sqlite: Database.Database,
  input: { kind: ImportKind; name: string; headers: string[]; mapping: Record<string, string>; signature: string },
  nowMs: number,
): SavedMapping {
  const row = sqlite
    .prepare(
      `INSERT INTO column_mappings (kind, name, header_signature, headers_json, mapping_json, created_at_ms)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, header_signature) DO UPDATE SET name = excluded.name, mapping_json = excluded.mapping_json
       RETURNING ${COLUMNS}`,
    )
    .get(input.kind, input.name, input.signature, JSON.stringify(input.headers), JSON.stringify(input.mapping), nowMs) as Row;
  return toMapping(row);
}
