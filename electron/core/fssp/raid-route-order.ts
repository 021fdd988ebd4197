/**
 * @file The order a raid walks its addresses (pure): the buildings by their largest debt (the team goes first where
 * the most is owed), ties by street and house; within a building the flats as one climbs the stairs — by entrance
 * where billing knows it, then by flat number (the leading digits, «12А» after «12», «100» after «99»). A building's
 * flats are never split, so the team visits each house once.
 */
import { parseAddress } from '../../../shared/court/court-territory-match';

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
  maxDebtKopecks: number;
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
  return collator.compare(a.apartment, b.apartment) || a.accountId - b.accountId;
}

function compareBuildings(a: RouteBuilding<RouteFlat>, b: RouteBuilding<RouteFlat>): number {
  if (a.maxDebtKopecks !== b.maxDebtKopecks) return b.maxDebtKopecks - a.maxDebtKopecks;
  const pa = parseAddress(a.address);
  const pb = parseAddress(b.address);
  const street = collator.compare(pa.street, pb.street);
  if (street !== 0) return street;
  const ha = pa.houseNumber ?? Number.MAX_SAFE_INTEGER;
  const hb = pb.houseNumber ?? Number.MAX_SAFE_INTEGER;
  if (ha !== hb) return ha - hb;
  return collator.compare(a.address, b.address) || a.buildingId - b.buildingId;
}

/** Groups the flats by building and orders both; the route number of a flat is its place in `flatten(result)`. */
export function routeOrder<F extends RouteFlat>(flats: readonly F[]): Array<RouteBuilding<F>> {
  const byBuilding = new Map<number, RouteBuilding<F>>();
  for (const f of flats) {
    let b = byBuilding.get(f.buildingId);
    if (!b) {
      b = { buildingId: f.buildingId, address: f.buildingAddress, maxDebtKopecks: 0, totalDebtKopecks: 0, flats: [] };
      byBuilding.set(f.buildingId, b);
    }
    b.flats.push(f);
    b.maxDebtKopecks = Math.max(b.maxDebtKopecks, f.debtKopecks);
    b.totalDebtKopecks += f.debtKopecks;
  }
  const buildings = [...byBuilding.values()];
  for (const b of buildings) b.flats.sort(compareFlats);
  return buildings.sort(compareBuildings);
}
