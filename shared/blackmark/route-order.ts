/**
 * @file The order a «Чёрная метка» raid walks its addresses (shared, pure). The team goes along the streets, so the
 * buildings follow their address — the locality and the street alphabetically, then the house number («5» before «12», «12А» after
 * «12»); within a building the flats as one climbs the stairs — by entrance where billing knows it, then by flat
 * number; two accounts of one flat (shares, rooms), the larger debt first. A building's flats are never split, so
 * the team visits each house once. (The joint raids of measure 11 order buildings by their largest debt instead:
 * the bailiff goes first where the most is owed; a «Чёрная метка» round is a walk with a correspondent.)
 */
import { parseAddress } from '../court/court-territory-match';

export interface RouteFlat {
  accountId: number;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  debtKopecks: number;
}

export interface RouteBuilding<F extends RouteFlat> {
  buildingId: number;
  address: string;
  totalDebtKopecks: number;
  flats: F[];
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

function flatNumber(apartment: string): number {
  const m = /\d+/.exec(apartment);
  return m ? Number(m[0]) : Number.MAX_SAFE_INTEGER;
}

function compareFlats(a: RouteFlat, b: RouteFlat): number {
  const ea = a.entrance ?? Number.MAX_SAFE_INTEGER;
  const eb = b.entrance ?? Number.MAX_SAFE_INTEGER;
  if (ea !== eb) return ea - eb;
  const na = flatNumber(a.apartment);
  const nb = flatNumber(b.apartment);
  if (na !== nb) return na - nb;
  return collator.compare(a.apartment, b.apartment) || b.debtKopecks - a.debtKopecks || a.accountId - b.accountId;
}

function compareBuildings(
  a: { address: string; buildingId: number },
  b: { address: string; buildingId: number },
): number {
  const pa = parseAddress(a.address);
  const pb = parseAddress(b.address);
  const locality = collator.compare(pa.localities.join(' '), pb.localities.join(' '));
  if (locality !== 0) return locality;
  const street = collator.compare(pa.street, pb.street);
  if (street !== 0) return street;
  const ha = pa.houseNumber ?? Number.MAX_SAFE_INTEGER;
  const hb = pb.houseNumber ?? Number.MAX_SAFE_INTEGER;
  if (ha !== hb) return ha - hb;
  return collator.compare(a.address, b.address) || a.buildingId - b.buildingId;
}

/** Groups the flats by building and orders both; the route number of a flat is its place in the flattened result. */
export function blackmarkRouteOrder<F extends RouteFlat>(flats: readonly F[]): Array<RouteBuilding<F>> {
  const byBuilding = new Map<number, RouteBuilding<F>>();
  for (const f of flats) {
    let b = byBuilding.get(f.buildingId);
    if (!b) {
      b = { buildingId: f.buildingId, address: f.buildingAddress, totalDebtKopecks: 0, flats: [] };
      byBuilding.set(f.buildingId, b);
    }
    b.flats.push(f);
    b.totalDebtKopecks += f.debtKopecks;
  }
  const buildings = [...byBuilding.values()];
  for (const b of buildings) b.flats.sort(compareFlats);
  return buildings.sort(compareBuildings);
}
