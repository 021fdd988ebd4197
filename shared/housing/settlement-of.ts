/**
 * @file The settlement (населённый пункт) of an address, and the key two spellings of one settlement share.
 *
 * Measure 12 moves a household only within its settlement (ЖК ст.90: «в черте того же населённого пункта»), so the
 * housing match compares the settlement of the case account's building with the register's column. Buildings are
 * written «г. Красногорск, ул. Ленина, д. 5», sometimes with a postal code, region or district in front
 * («143400, Московская обл., г.о. Красногорск, р.п. Нахабино, ул. Школьная, д. 3»); the register may write the
 * same place «пос. Нахабино» or «рп Нахабино». Pure.
 */
import { foldForSearch } from '../text/fold-for-search';

/** Type words of a settlement, folded, without dots, → the group compared (г / п / д / с). */
const SETTLEMENT_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(г|гор|город)$/, 'г'],
  [/^(рп|р п|пгт|п г т|пос|п|поселок|рабочий поселок|поселок городского типа|дп|дачный поселок)$/, 'п'],
  [/^(д|дер|деревня)$/, 'д'],
  [/^(с|село)$/, 'с'],
];
/** The longest type words first, so «рабочий поселок» wins over «поселок». */
const TYPE_WORD =
  /^(поселок городского типа|посёлок городского типа|рабочий поселок|рабочий посёлок|дачный поселок|дачный посёлок|деревня|поселок|посёлок|город|село|гор\.?|пос\.?|дер\.?|пгт\.?|п\.\s?г\.\s?т\.?|р\.\s?п\.?|рп\.?|дп\.?|г\.?|п\.?|д\.?|с\.?)(?=\s|\.|$)\.?\s*/i;
/** Parts that are not a settlement: a postal code, a region, a district, a municipal okrug. */
const NOT_SETTLEMENT = [
  /^\d{6}$/,
  /(^|[\s.])(обл|область|край|респ|республика|р-н|район|ао)(?=[\s.]|$)/i,
  /^(г\.\s?о\.|го\s|городской округ|муниципальный|мо\s)/i,
];

/** A street part: the settlement, if any, came before it. */
const STREET =
  /^(ул|улица|пр|пр-т|просп|проспект|пер|переулок|ш|шоссе|б-р|бульвар|проезд|пр-д|наб|набережная|пл|площадь|туп|тупик|аллея|мкр|микрорайон|кв-л|квартал)(?=[\s.]|$)/i;

/** «г. Красногорск, ул. Ленина, д. 5» → «г. Красногорск»; null when no part of the address is a settlement. */
export function settlementOf(address: string): string | null {
  for (const raw of address.split(',')) {
    const part = raw.trim().replace(/\s+/g, ' ');
    if (part === '' || NOT_SETTLEMENT.some((re) => re.test(part))) continue;
    if (STREET.test(part)) return null;
    const m = TYPE_WORD.exec(part);
    if (m && /^\p{L}/u.test(part.slice(m[0].length).trim())) return part;
  }
  return null;
}

/**
 * The comparison key of a settlement: the type group and the name, folded. «г. Красногорск», «г.Красногорск» and
 * «город Красногорск» → «г красногорск»; «р.п. Нахабино», «пос. Нахабино», «рп Нахабино» → «п нахабино». A text
 * without a type word keeps its folded name only («Красногорск» → «красногорск»), so it matches nothing typed.
 */
export function settlementKey(settlement: string): string {
  const text = settlement.trim().replace(/\s+/g, ' ');
  const m = TYPE_WORD.exec(text);
  if (!m) return foldForSearch(text);
  const word = foldForSearch(m[0].replace(/\./g, ' ')).trim();
  const group = SETTLEMENT_TYPES.find(([re]) => re.test(word))?.[1] ?? word;
  return `${group} ${foldForSearch(text.slice(m[0].length))}`;
}
