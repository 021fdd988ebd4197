/**
 * @file Which court's territory a building is on (shared, pure). A territory is a street with a range of house
 * numbers (both ends included; none = the whole street) and a parity; its street may name the locality in front
 * («р.п. Нахабино, ул. Ленина»), otherwise it matches the street in any locality of the district.
 *
 * Streets are compared by their folded name without the street type («ул. Ленина», «улица Ленина», «Ленина ул.»
 * are one street; «проезд Железнодорожный» and «ул. Железнодорожная» are not). A house is compared by the leading
 * integer of its number: «10к2» → 10, «12А» → 12, «5/2» → 5, «19-21» → 19.
 * When several territories match, the most specific wins: a named locality over none, a range over the whole
 * street, the narrower range over the wider, a parity over «все».
 */
import { foldForSearch } from '../text/fold-for-search';

export type Parity = 'all' | 'odd' | 'even';

export interface TerritoryRange {
  courtId: number;
  street: string;
  houseFrom: number | null;
  houseTo: number | null;
  parity: Parity;
}

export interface ParsedAddress {
  /** Folded localities in front of the street, without their type: ['красногорск']. */
  localities: string[];
  /** Folded street name without its type: 'ленина'; '' when the address has no street part. */
  street: string;
  /** The house as written: '10к2'; null when there is none. */
  house: string | null;
  /** The house number's leading integer; null when the house does not start with digits. */
  houseNumber: number | null;
}

const STREET_TYPES = new Set([
  'ул',
  'улица',
  'бульвар',
  'б-р',
  'бул',
  'проезд',
  'пр-д',
  'шоссе',
  'ш',
  'тупик',
  'туп',
  'переулок',
  'пер',
  'проспект',
  'пр-кт',
  'пр-т',
  'просп',
  'пр',
  'площадь',
  'пл',
  'набережная',
  'наб',
  'аллея',
  'ал',
  'микрорайон',
  'мкр',
  'мкрн',
  'мкр-н',
  'квартал',
  'кв-л',
  'линия',
  'тракт',
  'дорога',
  'территория',
  'тер',
]);

const LOCALITY_TYPES = new Set([
  'г',
  'город',
  'рп',
  'р.п',
  'р п',
  'пгт',
  'пос',
  'п',
  'поселок',
  'посёлок',
  'д',
  'деревня',
  'с',
  'село',
  'дп',
  'мо',
  'го',
  'г.о',
  'обл',
  'область',
  'московская',
  'район',
  'р-н',
  'городской',
  'округ',
]);

function words(text: string): string[] {
  return foldForSearch(text.replace(/[.,«»"]/g, ' '))
    .split(' ')
    .filter((w) => w !== '');
}

/** «ул. Ленина» → «ленина»; «проезд Железнодорожный» → «железнодорожный»; «50 лет Октября» stays. */
export function streetKey(street: string): string {
  const all = words(street);
  const kept = all.filter((w) => !STREET_TYPES.has(w));
  return (kept.length > 0 ? kept : all).join(' ');
}

/** «р.п. Нахабино» → «нахабино»; «г. Красногорск» → «красногорск». */
export function localityKey(locality: string): string {
  const text = foldForSearch(locality).replace(/р\.\s?п\.|г\.\s?о\./g, ' ');
  const all = words(text);
  const kept = all.filter((w) => !LOCALITY_TYPES.has(w));
  return (kept.length > 0 ? kept : all).join(' ');
}

/** Leading integer of a house number: «10к2» → 10, «12А» → 12, «д. 5» → 5; none → null. */
export function houseNumberOf(house: string): number | null {
  const m = /^\s*(?:(?:д|дом)\.?\s*)?(\d+)/i.exec(house);
  return m ? Number(m[1]) : null;
}

const HOUSE_PART = /^(?:д|дом)\.?\s*(\d.*)$/i;
const POSTCODE = /^\d{6}$/;

/** «г. Красногорск, ул. Ленина, д. 5, корп. 1» → localities ['красногорск'], street 'ленина', house '5'. */
export function parseAddress(address: string): ParsedAddress {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !POSTCODE.test(p));
  let houseAt = parts.findIndex((p) => HOUSE_PART.test(p));
  let house: string | null = null;
  if (houseAt >= 0) house = HOUSE_PART.exec(parts[houseAt]!)![1]!.trim();
  else if (parts.length >= 2 && /^\d/.test(parts[parts.length - 1]!)) {
    houseAt = parts.length - 1;
    house = parts[houseAt]!;
  }
  const streetAt = houseAt >= 0 ? houseAt - 1 : parts.length - 1;
  const street = streetAt >= 0 ? streetKey(parts[streetAt]!) : '';
  const localities = parts
    .slice(0, Math.max(0, streetAt))
    .map(localityKey)
    .filter((l) => l !== '');
  return { localities, street, house, houseNumber: house === null ? null : houseNumberOf(house) };
}

/** A territory's street text split into its optional locality and the street: «р.п. Нахабино, ул. Ленина». */
export function territoryStreet(street: string): { locality: string | null; street: string } {
  const parts = street
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const last = parts.pop() ?? '';
  return { locality: parts.length > 0 ? localityKey(parts.join(' ')) : null, street: streetKey(last) };
}

export function territoryCovers(t: TerritoryRange, address: ParsedAddress): boolean {
  const ts = territoryStreet(t.street);
  if (ts.street === '' || ts.street !== address.street) return false;
  if (ts.locality !== null && !address.localities.includes(ts.locality)) return false;
  if (t.houseFrom === null && t.houseTo === null && t.parity === 'all') return true;
  const n = address.houseNumber;
  if (n === null) return false;
  if (t.houseFrom !== null && n < t.houseFrom) return false;
  if (t.houseTo !== null && n > t.houseTo) return false;
  if (t.parity === 'odd' && n % 2 === 0) return false;
  if (t.parity === 'even' && n % 2 === 1) return false;
  return true;
}

/** Smaller is more specific. */
function specificity(t: TerritoryRange): number[] {
  const width =
    t.houseFrom === null && t.houseTo === null ? Number.MAX_SAFE_INTEGER : (t.houseTo ?? 100_000) - (t.houseFrom ?? 0);
  return [territoryStreet(t.street).locality === null ? 1 : 0, width, t.parity === 'all' ? 1 : 0, t.courtId];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The territory that covers the building's address (the most specific of those that do), or null. */
export function findTerritory<T extends TerritoryRange>(address: string, territories: readonly T[]): T | null {
  const parsed = parseAddress(address);
  let best: T | null = null;
  for (const t of territories) {
    if (!territoryCovers(t, parsed)) continue;
    if (best === null || compare(specificity(t), specificity(best)) < 0) best = t;
  }
  return best;
}
