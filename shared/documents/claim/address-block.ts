/**
 * @file The addressee block of a letter, as it shows through the envelope's window (shared, pure), in the order
 * the post reads an address: the addressee; street, house, flat; the locality; the district; the region; the
 * postal code (Правила оказания услуг почтовой связи). The parts are those the mailing lists use
 * (shared/documents/mailing/postal-address.ts: index, region, area, place…), so the window and form 103 name the
 * same address; an address the splitter could not read is laid out from its own text, town moved below the street.
 *
 * No line may break inside «д. 7, кв. 12» or after an abbreviation («ул.», «д.», «кв.», «корп.», «г.»): the
 * spaces there become no-break spaces.
 */

import type { PostalAddressParts } from '../mailing/postal-address';

const NBSP = '\u00a0';

/** An abbreviation followed by its value: «д. 7», «ул. Ленина», «г. Красногорск». */
const ABBREVIATION =
  /(^|[\s,(])(ул|д|дом|кв|корп|к|стр|лит|пом|комн|г|пр-т|просп|пер|б-р|ш|пл|наб|мкр|пос|п|с|рп|р\.п|пгт|обл|р-н|туп|проезд)\.\s+/giu;

/** Keeps an address's parts whole: «д.\u00a07,\u00a0кв.\u00a012». */
export function keepAddressTogether(address: string): string {
  return address
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ABBREVIATION, (_m, before: string, abbr: string) => `${before}${abbr}.${NBSP}`)
    .replace(/,\s+(?=(кв|корп|к|стр|лит|пом|комн)\.)/giu, `,${NBSP}`);
}

/** A segment naming a settlement: «г. Красногорск», «р.п. Нахабино», «д. Путилково» (a village: a name, not a number). */
const LOCALITY =
  /^(г\.|город\s|р\.\s?п\.|рп\.|пгт\.?\s|пос\.|п\.\s*[А-ЯЁ]|с\.\s*[А-ЯЁ]|дер\.|д\.\s*[А-ЯЁ]|х\.\s*[А-ЯЁ]|ст-ца\s)/u;

export interface AddressParts {
  /** Street, house, flat: «ул. Ленина, д. 7, кв. 12». */
  street: string;
  /** «г. Красногорск»; empty when the address names none. */
  locality: string;
}

export function splitAddress(address: string): AddressParts {
  const segments = address
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const locality: string[] = [];
  let i = 0;
  // Leading segments naming settlements (a region, a town, a village within it) form the locality.
  while (
    i < segments.length - 1 &&
    (LOCALITY.test(segments[i] as string) || /обл\.?$|область$|р-н$|район$/u.test(segments[i] as string))
  ) {
    locality.push(segments[i] as string);
    i += 1;
  }
  return { street: segments.slice(i).join(', '), locality: locality.join(', ') };
}

export interface WindowAddress {
  /** «Иванову Ивану Ивановичу» (dative). */
  addressee: string;
  /** The address split into the post's fields, or null when it could not be split cleanly. */
  parts?: PostalAddressParts | null;
  /** The premises' address as billing writes it. */
  address: string;
  /** «Московская обл.» (a setting): printed unless the address already names it. */
  region: string;
  /** Six digits, or null when unknown (the line is then left out; form 103 shows the gap). */
  postalCode: string | null;
}

function houseText(p: PostalAddressParts): string | null {
  if (p.house === null) return null;
  return [
    `д. ${p.house}${p.slash ? `/${p.slash}` : ''}`,
    p.corpus ? `корп. ${p.corpus}` : null,
    p.building ? `стр. ${p.building}` : null,
    p.letter ? `лит. ${p.letter}` : null,
    p.room ? `кв. ${p.room}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The lines of the window, each kept whole where it must be. */
export function windowAddressLines(w: WindowAddress): string[] {
  const p = w.parts;
  if (p) {
    const street = [p.location, p.street, houseText(p)].filter(Boolean).join(', ');
    const place = p.place === p.region ? null : p.place;
    return [w.addressee, street, place, p.area, p.region ?? (w.region.trim() || null), p.index ?? w.postalCode]
      .filter((line): line is string => line !== null && line !== '')
      .map((line, i) => (i === 0 ? line : keepAddressTogether(line)));
  }
  const { street, locality } = splitAddress(w.address);
  const region = w.region.trim();
  const hasRegion = region !== '' && w.address.toLowerCase().includes(region.toLowerCase().replace(/\.$/, ''));
  return [
    w.addressee,
    keepAddressTogether(street),
    ...(locality ? [keepAddressTogether(locality)] : []),
    ...(region && !hasRegion ? [keepAddressTogether(region)] : []),
    ...(w.postalCode ? [w.postalCode] : []),
  ];
}
