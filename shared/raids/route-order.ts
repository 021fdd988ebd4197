/**
 * @file The order a raid walks its addresses (shared, pure): the pieces both raids share. Flats are grouped by
 * building and a building's flats are never split, so the team visits each house once; within a building the flats
 * go as one climbs the stairs — by entrance where billing knows it, then by flat number (the leading digits, «12А»
 * after «12», «100» after «99»). How the buildings follow one another, and how two accounts of one flat are told
 * apart, is each raid's own rule, composed from the comparisons below: the joint raids with the bailiffs
 * (electron/core/fssp/raid-route-order.ts) go first where the most is owed; a «Чёрная метка» round
 * (shared/blackmark/route-order.ts) walks the streets.
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
  maxDebtKopecks: number;
  totalDebtKopecks: number;
  flats: F[];
}

export type Compare<T> = (a: T, b: T) => number;

/** The first comparison that tells the two apart. */
export function inTurn<T>(...compares: ReadonlyArray<Compare<T>>): Compare<T> {
  return (a, b) => {
    for (const cmp of compares) {
      const d = cmp(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });
const LAST = Number.MAX_SAFE_INTEGER;

function flatNumber(apartment: string): number {
  const m = /\d+/.exec(apartment);
  return m ? Number(m[0]) : LAST;
}

/** Up the stairs: entrance (unknown last), flat number, then the flat as written. */
export const upTheStairs: Compare<RouteFlat> = (a, b) => {
  const ea = a.entrance ?? LAST;
  const eb = b.entrance ?? LAST;
  if (ea !== eb) return ea - eb;
  const na = flatNumber(a.apartment);
  const nb = flatNumber(b.apartment);
  if (na !== nb) return na - nb;
  return collator.compare(a.apartment, b.apartment);
};

/** The larger debt first. */
export const largerDebtFirst: Compare<RouteFlat> = (a, b) => b.debtKopecks - a.debtKopecks;

/** The account's id: the last word, so that the order never depends on the input's. */
export const byAccount: Compare<RouteFlat> = (a, b) => a.accountId - b.accountId;

type Place = Pick<RouteBuilding<RouteFlat>, 'address' | 'buildingId'>;

/** The building with the largest single debt first. */
export const largestDebtFirst: Compare<Pick<RouteBuilding<RouteFlat>, 'maxDebtKopecks'>> = (a, b) =>
  b.maxDebtKopecks - a.maxDebtKopecks;

/** The locality (town, village) alphabetically. */
export const byLocality: Compare<Place> = (a, b) =>
  collator.compare(parseAddress(a.address).localities.join(' '), parseAddress(b.address).localities.join(' '));

/** Along the streets: the street alphabetically, the house number («5» before «12»), the address as written. */
export const alongTheStreet: Compare<Place> = (a, b) => {
  const pa = parseAddress(a.address);
  const pb = parseAddress(b.address);
  const street = collator.compare(pa.street, pb.street);
  if (street !== 0) return street;
  const ha = pa.houseNumber ?? LAST;
  const hb = pb.houseNumber ?? LAST;
  if (ha !== hb) return ha - hb;
  return collator.compare(a.address, b.address) || a.buildingId - b.buildingId;
};

/**
 * Groups the flats by building and orders both by the raid's rules; the route number of a flat is its place in the
 * flattened result.
 */
export function routeOrder<F extends RouteFlat>(
  flats: readonly F[],
  rules: { buildings: Compare<RouteBuilding<F>>; flats: Compare<F> },
): Array<RouteBuilding<F>> {
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
  for (const b of buildings) b.flats.sort(rules.flats);
  return buildings.sort(rules.buildings);
}
