/**
 * @file The postal code of a letter: billing addresses carry none, so it comes from the editable table
 * `postal_codes` — the building's own code («building:<id>») first, else the code of the locality the address
 * starts with («г. Красногорск»). Null when neither is known: form 103 then shows the gap.
 */
import type Database from 'better-sqlite3';
import { eq, notLike } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { managementCompanies } from '../../../shared/db/schema';
import { postalCodes } from '../../../shared/db/schema-documents';
import { letterAddress, splitPostalAddress } from '../../../shared/documents/mailing/postal-address';

export function postalCodeFor(sqlite: Database.Database, buildingId: number | null, address: string): string | null {
  if (buildingId !== null) {
    const own = drizzleOf(sqlite)
      .select({ c: postalCodes.postalCode })
      .from(postalCodes)
      .where(eq(postalCodes.scope, `building:${buildingId}`))
      .get();
    if (own) return own.c;
  }
  const rows = drizzleOf(sqlite)
    .select({ scope: postalCodes.scope, c: postalCodes.postalCode })
    .from(postalCodes)
    .where(notLike(postalCodes.scope, 'building:%'))
    .all();
  const match = rows.filter((r) => address.startsWith(r.scope)).sort((a, b) => b.scope.length - a.scope.length)[0];
  return match?.c ?? null;
}

/**
 * The address of a letter as an envelope window writes it: «143409, Московская обл., г. Красногорск, шоссе
 * Пятницкое, д. 1, кв. 12» — the postal code as above, the region from the address or else from the УК's own
 * address, the parts in the post's order; `problems` (Russian) when the address could not be split, and `line` is
 * then the billing text with the code in front. The same rules as the mailing lists (mailing-plan.ts).
 */
export function letterAddressFor(
  sqlite: Database.Database,
  p: {
    buildingId: number | null;
    buildingAddress: string | null;
    address: string;
    apartment: string | null;
    companyId: number | null;
  },
): { postalCode: string | null; region: string | null; line: string; problems: string[] } {
  const postalCode = postalCodeFor(sqlite, p.buildingId, p.buildingAddress ?? p.address);
  const companyAddress =
    p.companyId === null
      ? null
      : (drizzleOf(sqlite)
          .select({ address: managementCompanies.address })
          .from(managementCompanies)
          .where(eq(managementCompanies.id, p.companyId))
          .get()?.address ?? null);
  const defaults = { postalCode, region: companyAddress ? splitPostalAddress(companyAddress).parts.region : null };
  const a = letterAddress(p, defaults);
  return { postalCode, region: a.parts.region, line: a.line, problems: a.problems };
}
