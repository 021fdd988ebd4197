/**
 * @file A billing address split into the post's address fields (otpravka.pochta.ru's order fields: index-to, region-to,
 * area-to, place-to, location-to, street-to, house-to, corpus-to, building-to, letter-to, slash-to, room-to). Shared,
 * pure.
 *
 * Billing systems write an address as one string, parts separated by commas, each part marked by its type as
 * clerks abbreviate it, before or after the name: «г. Красногорск, ул. Ленина, д. 7, корп. 2», «Красногорск г,
 * Ленина ул, д.7к2», «143402, Московская обл., г.о. Красногорск, р.п. Нахабино, ул. Чкалова, дом 3/1, кв. 5»,
 * «д. Глухово, ул. Романовская, д. 4» («д.» before a name is a village, before a number a house). Each part is
 * recognised by its type; what cannot be placed is reported in Russian, never guessed silently. Type
 * abbreviations are kept as written («ул. Ленина»), which the post's address normaliser reads.
 */

export interface PostalAddressParts {
  index: string | null;
  region: string | null;
  /** Район, городской или муниципальный округ. */
  area: string | null;
  /** Населённый пункт: город, посёлок, село, деревня. */
  place: string | null;
  /** Микрорайон. */
  location: string | null;
  street: string | null;
  house: string | null;
  corpus: string | null;
  /** Строение. */
  building: string | null;
  /** Литера. */
  letter: string | null;
  /** Дробь номера дома: «7/2» → house 7, slash 2. */
  slash: string | null;
  /** Квартира (помещение, комната, офис). */
  room: string | null;
}

export interface SplitPostalAddress {
  parts: PostalAddressParts;
  /** Why the address could not be split cleanly, in Russian; empty when it could. */
  problems: string[];
}

type Field = keyof PostalAddressParts;

const EMPTY: PostalAddressParts = {
  index: null,
  region: null,
  area: null,
  place: null,
  location: null,
  street: null,
  house: null,
  corpus: null,
  building: null,
  letter: null,
  slash: null,
  room: null,
};

/** Type words (abbreviated or full) and the field a part of that type fills. Longer alternatives first. */
const TYPED: ReadonlyArray<{ field: Field; words: string; caseSensitive?: boolean }> = [
  {
    field: 'region',
    words: 'автономный округ|авт\\.? ?окр\\.?|область|обл\\.?|республика|респ\\.?|край|АО',
    caseSensitive: true,
  },
  {
    field: 'area',
    words: 'городской округ|муниципальный округ|г\\.? ?о\\.?|м\\.? ?о\\.?|м\\.? ?р-н|район|р-н|ГО',
    caseSensitive: true,
  },
  { field: 'location', words: 'микрорайон|мкрн\\.?|мкр\\.?|мк-н' },
  {
    field: 'place',
    words:
      'город|г\\.?|рабочий посёлок|рабочий поселок|р\\.? ?п\\.?|посёлок городского типа|поселок городского типа|пгт\\.?|посёлок|поселок|пос\\.?|п\\.?|село|с\\.?|деревня|дер\\.?|д\\.?|хутор|х\\.?|станица|ст-ца|коттеджный посёлок|кп|снт|днп',
  },
  {
    field: 'street',
    words:
      'улица|ул\\.?|проспект|просп\\.?|пр-т|проезд|пр-д|пр\\.?|переулок|пер\\.?|бульвар|бул\\.?|б-р|шоссе|ш\\.?|тупик|туп\\.?|набережная|наб\\.?|площадь|пл\\.?|аллея|ал\\.?|линия|квартал|кв-л|тракт|спуск|просек|заезд',
  },
];

/** The type word before the name («ул. Ленина», «ул.Ленина») or after it («Ленина ул», «Московская обл.»). */
const TYPED_PATTERNS = TYPED.map((t) => ({
  field: t.field,
  before: new RegExp(`^(?:${t.words})(?:\\s+|(?<=\\.))(?=\\S)`, t.caseSensitive ? 'u' : 'iu'),
  after: new RegExp(`\\s(?:${t.words})$`, t.caseSensitive ? 'u' : 'iu'),
}));

/** Federal cities are a region and a place at once. */
const FEDERAL_CITIES = /^(?:г\.?\s*)?(Москва|Санкт-Петербург|Севастополь)$/i;

const HOUSE_WORD = /^(?:дом|д\.?|владение|влд\.?|вл\.?)\s*(?:№\s*)?(?=\d)/i;
const ROOM_WORD = /^(?:квартира|кв\.?|помещение|пом\.?|комната|комн\.?|ком\.?|офис|оф\.?)\s*(?:№\s*)?(?=[\dА-Яа-яЁё])/i;
const CORPUS_WORD = /^(?:корпус|корп\.?|к\.?)\s*(?=[\dА-Яа-яЁё])/i;
const BUILDING_WORD = /^(?:строение|стр\.?|с\.?)\s*(?=\d)/i;
const LETTER_WORD = /^(?:литера|лит\.?)\s*(?=[А-Яа-яЁё\d])/i;
/** A corpus, building or letter value: «2», «2а», «Б». */
const SUB_VALUE = /^(\d+(?:[А-Яа-яЁё](?![\dА-Яа-яЁё.]))?|[А-Яа-яЁё](?![А-Яа-яЁё]))/u;

function clean(text: string): string {
  return text
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** «ул. Ленина» / «Ленина ул» / «улица Ленина» → the field it belongs to; null when no type word is found. */
function typedField(part: string): Field | null {
  for (const t of TYPED_PATTERNS) if (t.before.test(part) || t.after.test(part)) return t.field;
  return null;
}

interface HouseParts {
  house: string;
  slash: string | null;
  corpus: string | null;
  building: string | null;
  letter: string | null;
}

/**
 * «7», «7А», «19-21» (one house on two numbers), «7/2», «7 к1», «7к2с1», «23 корп. 2 стр. 4», «5 лит. Б» (the house
 * word already removed) → its parts; null when something is left over.
 */
function splitHouse(text: string): HouseParts | null {
  const m = /^(\d+(?:-\d+)?(?:\s?[А-Яа-яЁё](?![\dА-Яа-яЁё.]))?)(?:\s*\/\s*(\d+[А-Яа-яЁё]?))?/u.exec(text);
  if (!m) return null;
  const out: HouseParts = {
    house: (m[1] ?? '').replace(/\s/g, ''),
    slash: m[2] ?? null,
    corpus: null,
    building: null,
    letter: null,
  };
  let rest = text.slice(m[0].length).replace(/^[\s,]+/, '');
  while (rest !== '') {
    const sub = splitSubPart(rest);
    if (!sub) return null;
    if (out[sub.field] !== null) return null;
    out[sub.field] = sub.value;
    rest = sub.rest.replace(/^[\s,]+/, '');
  }
  return out;
}

function splitSubPart(text: string): { field: 'corpus' | 'building' | 'letter'; value: string; rest: string } | null {
  const rules: Array<['corpus' | 'building' | 'letter', RegExp]> = [
    ['corpus', CORPUS_WORD],
    ['building', BUILDING_WORD],
    ['letter', LETTER_WORD],
  ];
  for (const [field, word] of rules) {
    const w = word.exec(text);
    if (!w) continue;
    const v = SUB_VALUE.exec(text.slice(w[0].length));
    if (!v) return null;
    return { field, value: v[1] ?? '', rest: text.slice(w[0].length + v[0].length) };
  }
  return null;
}

function setOnce(parts: PostalAddressParts, field: Field, value: string, problems: string[]): void {
  const had = parts[field];
  if (had !== null && had !== value) problems.push(`два значения «${FIELD_NAMES[field]}»: «${had}» и «${value}»`);
  else parts[field] = value;
}

export const FIELD_NAMES: Record<Field, string> = {
  index: 'индекс',
  region: 'регион',
  area: 'район',
  place: 'населённый пункт',
  location: 'микрорайон',
  street: 'улица',
  house: 'дом',
  corpus: 'корпус',
  building: 'строение',
  letter: 'литера',
  slash: 'дробь',
  room: 'квартира',
};

/**
 * Splits an address. `apartment` (the premises' own number, when the billing file has it apart) fills the room
 * unless the address names one; `defaults` fill the index and region when the address has none.
 */
export function splitPostalAddress(
  address: string,
  apartment: string | null = null,
  defaults: { postalCode?: string | null; region?: string | null } = {},
): SplitPostalAddress {
  const parts: PostalAddressParts = { ...EMPTY };
  const problems: string[] = [];
  const pieces = clean(address)
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const piece of pieces) {
    if (/^\d{6}$/.test(piece)) {
      setOnce(parts, 'index', piece, problems);
      continue;
    }
    if (/^(?:Россия|Российская Федерация|РФ)$/i.test(piece)) continue;
    const federal = FEDERAL_CITIES.exec(piece);
    if (federal) {
      setOnce(parts, 'region', `г. ${federal[1] ?? ''}`, problems);
      setOnce(parts, 'place', `г. ${federal[1] ?? ''}`, problems);
      continue;
    }
    if (/^(?:МО|Московская)$/.test(piece)) {
      setOnce(parts, 'region', 'Московская обл.', problems);
      continue;
    }
    const house = HOUSE_WORD.exec(piece);
    if (house) {
      const h = splitHouse(piece.slice(house[0].length));
      if (!h) problems.push(`не разобран номер дома «${piece}»`);
      else {
        setOnce(parts, 'house', h.house, problems);
        for (const f of ['slash', 'corpus', 'building', 'letter'] as const) {
          const v = h[f];
          if (v !== null) setOnce(parts, f, v, problems);
        }
      }
      continue;
    }
    const room = ROOM_WORD.exec(piece);
    if (room) {
      setOnce(parts, 'room', piece.slice(room[0].length).trim(), problems);
      continue;
    }
    const sub = parts.house !== null ? splitSubPart(piece) : null;
    if (sub && sub.rest.trim() === '') {
      setOnce(parts, sub.field, sub.value, problems);
      continue;
    }
    const field = typedField(piece);
    if (field) {
      setOnce(parts, field, piece, problems);
      continue;
    }
    // A bare number after the street is the house («ул. Ленина, 7»).
    if (/^\d/.test(piece) && parts.street !== null && parts.house === null) {
      const h = splitHouse(piece);
      if (h) {
        parts.house = h.house;
        for (const f of ['slash', 'corpus', 'building', 'letter'] as const) if (h[f] !== null) parts[f] = h[f];
        continue;
      }
    }
    problems.push(`не распознана часть адреса «${piece}»`);
  }
  if (parts.room === null && apartment !== null && apartment.trim() !== '') parts.room = apartment.trim();
  if (parts.index === null && defaults.postalCode) parts.index = defaults.postalCode;
  if (parts.region === null && defaults.region) parts.region = defaults.region;
  if (parts.place === null) problems.push('не указан населённый пункт');
  if (parts.house === null) problems.push('не указан номер дома');
  if (parts.region === null) problems.push('не указан регион');
  return { parts, problems };
}

/** The address on one line as an envelope and form 103 write it: index, region, …, house, flat. */
export function postalAddressLine(parts: PostalAddressParts): string {
  const house =
    parts.house === null
      ? null
      : `д. ${parts.house}${parts.slash ? `/${parts.slash}` : ''}${parts.corpus ? `, корп. ${parts.corpus}` : ''}${parts.building ? `, стр. ${parts.building}` : ''}${parts.letter ? `, лит. ${parts.letter}` : ''}`;
  const place = parts.place === parts.region ? null : parts.place;
  return [
    parts.index,
    parts.region,
    parts.area,
    place,
    parts.location,
    parts.street,
    house,
    parts.room ? `кв. ${parts.room}` : null,
  ]
    .filter((p): p is string => p !== null && p !== '')
    .join(', ');
}

/**
 * A letter's address from the billing data: the building's address with the flat apart when known (it splits more
 * surely than the account's one-line text), else the one-line text. `line` is the split address on one line, or
 * the billing text with the postal code in front when it could not be split (see `problems`).
 */
export function letterAddress(
  p: { address: string; buildingAddress: string | null; apartment: string | null },
  defaults: { postalCode: string | null; region: string | null },
): SplitPostalAddress & { line: string } {
  const split =
    p.buildingAddress !== null
      ? splitPostalAddress(p.buildingAddress, p.apartment, defaults)
      : splitPostalAddress(p.address, null, defaults);
  const line =
    split.problems.length === 0
      ? postalAddressLine(split.parts)
      : [defaults.postalCode, p.address].filter(Boolean).join(', ');
  return { ...split, line };
}
