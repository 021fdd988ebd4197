/**
 * @file The postal code of a letter: billing addresses carry none, so it comes from the editable table
 * `postal_codes` — the building's own code («building:<id>») first, else the code of the locality the address
 * starts with («г. Красногорск»). Null when neither is known: form 103 then shows the gap.
 */
import type Database from 'better-sqlite3';

export function postalCodeFor(sqlite: Database.Database, buildingId: number | null, address: string): string | null {
  if (buildingId !== null) {
    const own = sqlite.prepare('SELECT postal_code AS c FROM postal_codes WHERE scope = ?').get(`building:${buildingId}`) as { c: string } | undefined;
    if (own) return own.c;
  }
  const rows = sqlite.prepare(`SELECT scope, postal_code AS c FROM postal_codes WHERE scope NOT LIKE 'building:%'`).all() as Array<{ scope: string; c: string }>;
  const match = rows.filter((r) => address.startsWith(r.scope)).sort((a, b) => b.scope.length - a.scope.length)[0];
  return match?.c ?? null;
}
