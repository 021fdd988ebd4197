/**
 * @file Apartment buildings of the demo district: real streets, plausible house numbers, entrances, flats.
 *
 * Buildings are generated in order until they hold as many flats as the district has accounts (the last one
 * is cut down to whole entrances). Each building has its own PRNG, so the list depends only on the seed and
 * the account count. Per-building parameters (tariff for maintenance, heating norm, hot water, electricity
 * in the ЕПД, share of municipal flats) make the charges differ between buildings as they do in life.
 */

import { KRASNOGORSK_STREETS, type Street } from './krasnogorsk-streets';
import { Rng } from './prng';

export type BuildingKind = 'old' | 'new';

export interface Building {
  index: number;
  companyIndex: number;
  address: string;
  kind: BuildingKind;
  yearBuilt: number;
  floors: number;
  entrances: number;
  flatsPerFloor: number;
  /** Flats with an account in this district (may be fewer than entrances × floors × per floor in the last one). */
  flats: number;
  /** Account index of flat 1. */
  firstAccount: number;
  areaMin: number;
  areaMax: number;
  /** Содержание жилого помещения, ₽/m² at the tariff level 1.0 (July 2024). */
  maintenanceRate: number;
  /** Heating, Gcal per m² per month, averaged over the year. */
  heatingNorm: number;
  hotWater: boolean;
  /** Electricity billed in the ЕПД (otherwise the resident pays the supplier directly). */
  electricity: boolean;
  /** Плата за наём, ₽/m² at level 1.0. */
  rentRate: number;
  /** Probability that a flat is municipal (social tenancy); normalised so the district averages ~10 %. */
  socialShare: number;
}

interface Shape {
  name: string;
  floors: readonly [number, number];
  entrances: readonly [number, number];
  perFloor: readonly [number, number];
  years: readonly [number, number];
  area: readonly [number, number];
  weight: number;
}

const OLD_SHAPES: readonly Shape[] = [
  {
    name: 'пятиэтажка',
    floors: [5, 5],
    entrances: [2, 8],
    perFloor: [3, 4],
    years: [1958, 1972],
    area: [30, 62],
    weight: 35,
  },
  {
    name: 'девятиэтажка',
    floors: [9, 9],
    entrances: [1, 8],
    perFloor: [4, 4],
    years: [1968, 1992],
    area: [33, 78],
    weight: 35,
  },
  {
    name: 'панель',
    floors: [12, 17],
    entrances: [1, 6],
    perFloor: [4, 6],
    years: [1980, 2008],
    area: [36, 90],
    weight: 20,
  },
  {
    name: 'малоэтажный',
    floors: [2, 4],
    entrances: [1, 4],
    perFloor: [2, 4],
    years: [1950, 1965],
    area: [35, 70],
    weight: 10,
  },
];

const NEW_SHAPES: readonly Shape[] = [
  {
    name: 'монолит',
    floors: [12, 25],
    entrances: [1, 4],
    perFloor: [4, 8],
    years: [2008, 2023],
    area: [18, 120],
    weight: 60,
  },
  {
    name: 'длинный монолит',
    floors: [9, 17],
    entrances: [7, 12],
    perFloor: [4, 6],
    years: [2010, 2022],
    area: [20, 110],
    weight: 8,
  },
  {
    name: 'клубный',
    floors: [4, 8],
    entrances: [1, 3],
    perFloor: [3, 5],
    years: [2012, 2023],
    area: [40, 120],
    weight: 32,
  },
];

/** New-build areas: Павшинская пойма, Опалиха, the ЖК; everything else is older housing. */
function isNewArea(street: Street): boolean {
  return /Павшинская|Опалиха|ЖК|МКАД|Глухово/.test(street.locality);
}

const NEW_STREETS = KRASNOGORSK_STREETS.filter(isNewArea);
const OLD_STREETS = KRASNOGORSK_STREETS.filter((s) => !isNewArea(s));

export function streetText(street: Street): string {
  return street.type === 'улица' ? `ул. ${street.name}` : `${street.type} ${street.name}`;
}

interface House {
  number: string;
  korpus: string | null;
}

/** «23 к1-3» → 23 корп. 1, 2, 3; «4 к1» → 4 корп. 1; «7А» → 7а. */
function parseSeenHouse(text: string): House[] {
  const m = /^(\S+)\s+к(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return [{ number: text.toLowerCase(), korpus: null }];
  const from = Number(m[2]);
  const to = m[3] ? Number(m[3]) : from;
  const out: House[] = [];
  for (let k = from; k <= to; k++) out.push({ number: (m[1] ?? '').toLowerCase(), korpus: String(k) });
  return out;
}

/** Hands out unique house numbers per street: first those the sources name, then invented ones. */
class HouseNumbers {
  private readonly seen: House[];
  private next: number;
  private korpusLeft = 0;
  private korpus = 0;
  private korpusOf = 0;

  constructor(private readonly street: Street) {
    this.seen = street.housesSeen.flatMap(parseSeenHouse);
    const numeric = street.housesSeen.map((h) => parseInt(h, 10)).filter((n) => Number.isFinite(n));
    this.next = numeric.length > 0 ? Math.max(...numeric) + 1 : 1;
  }

  take(rng: Rng): House {
    const seen = this.seen.shift();
    if (seen) return seen;
    if (this.korpusLeft > 0) {
      this.korpusLeft--;
      this.korpus++;
      return { number: String(this.korpusOf), korpus: String(this.korpus) };
    }
    const number = this.next;
    this.next += rng.int(1, 3);
    // New-build quarters often number several towers as корпуса of one house.
    if (isNewArea(this.street) && rng.chance(0.3)) {
      this.korpusOf = number;
      this.korpus = 1;
      this.korpusLeft = rng.int(1, 3);
      return { number: String(number), korpus: '1' };
    }
    return { number: String(number), korpus: null };
  }
}

export function generateBuildings(
  seed: string | number,
  accounts: number,
  companyWeights: readonly number[],
): Building[] {
  const houses = new Map<Street, HouseNumbers>();
  const buildings: Building[] = [];
  let placed = 0;
  for (let index = 0; placed < accounts; index++) {
    const rng = Rng.derive(seed, 'building', index);
    const kind: BuildingKind = rng.chance(0.35) ? 'new' : 'old';
    const shapes = kind === 'new' ? NEW_SHAPES : OLD_SHAPES;
    const shape = shapes[rng.weightedIndex(shapes.map((s) => s.weight))] ?? (shapes[0] as Shape);
    const street = rng.pick(kind === 'new' ? NEW_STREETS : OLD_STREETS);
    let numbers = houses.get(street);
    if (!numbers) houses.set(street, (numbers = new HouseNumbers(street)));
    const house = numbers.take(rng);
    const floors = rng.int(...shape.floors);
    const perFloor = rng.int(...shape.perFloor);
    let entrances = rng.int(...shape.entrances);
    let flats = floors * perFloor * entrances;
    if (placed + flats > accounts) {
      flats = accounts - placed;
      entrances = Math.ceil(flats / (floors * perFloor));
    }
    buildings.push({
      index,
      companyIndex: rng.weightedIndex(companyWeights),
      address: `${street.settlement}, ${streetText(street)}, д. ${house.number}${house.korpus ? `, корп. ${house.korpus}` : ''}`,
      kind,
      yearBuilt: rng.int(...shape.years),
      floors,
      entrances,
      flatsPerFloor: perFloor,
      flats,
      firstAccount: placed,
      areaMin: shape.area[0],
      areaMax: shape.area[1],
      maintenanceRate: kind === 'new' ? rng.float(36, 48) : rng.float(30, 40),
      heatingNorm: kind === 'new' ? rng.float(0.009, 0.0115) : rng.float(0.012, 0.015),
      hotWater: kind === 'new' || rng.chance(0.92),
      electricity: rng.chance(0.4),
      rentRate: kind === 'new' ? rng.float(16, 20) : rng.float(10, 15),
      socialShare: kind === 'new' ? 0.05 : 0.14,
    });
    placed += flats;
  }
  // Normalise the municipal share so the district as a whole has ~10 % social tenants whatever the mix.
  const expected = buildings.reduce((sum, b) => sum + b.flats * b.socialShare, 0) / Math.max(1, accounts);
  for (const b of buildings) b.socialShare = Math.min(0.5, (b.socialShare * 0.1) / Math.max(expected, 1e-9));
  return buildings;
}

/** The building holding account `accountIndex` (binary search: buildings are ordered by firstAccount). */
export function buildingOf(buildings: readonly Building[], accountIndex: number): Building {
  let lo = 0;
  let hi = buildings.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((buildings[mid] as Building).firstAccount <= accountIndex) lo = mid;
    else hi = mid - 1;
  }
  const b = buildings[lo];
  if (!b || accountIndex < b.firstAccount || accountIndex >= b.firstAccount + b.flats) {
    throw new RangeError(`account ${accountIndex} is outside the district`);
  }
  return b;
}
