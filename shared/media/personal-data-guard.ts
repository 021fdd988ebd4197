/**
 * @file The last check before a material leaves for the media (shared, pure): every string of the view is read for
 * what must never be published (152-ФЗ; docs/legal-notes.md § Personal data) — a person's full name or surname with
 * initials, an account number, a flat («кв. 12»), a street address with a house number, a phone number — and, when the
 * caller passes them, the account numbers and the names of the persons in the database. The view is refused whole if
 * one string matches; the core turns the refusal into MEDIA.PERSONAL_DATA.
 */

export interface PersonalDataFinding {
  /** Where in the view: «companies.rows[2].label». */
  path: string;
  /** What was found, in words: «номер квартиры». */
  what: string;
  /** The piece of text (at most 80 characters). */
  sample: string;
}

/** What the database knows: account numbers and persons' full names («Иванов Иван Иванович»). */
export interface KnownPersonalData {
  accountNumbers: Iterable<string>;
  fullNames: Iterable<string>;
}

const UP = 'А-ЯЁ';
const LO = 'а-яё';
const PATTERNS: ReadonlyArray<{ what: string; re: RegExp }> = [
  // Фамилия Имя Отчество (the patronymic gives it away).
  {
    what: 'фамилия, имя и отчество',
    re: new RegExp(
      `[${UP}][${LO}]+(?:-[${UP}][${LO}]+)?\\s+[${UP}][${LO}]+\\s+[${UP}][${LO}]+(?:вич|вна|чна|ична|оглы|кызы)(?![${LO}])`,
      'u',
    ),
  },
  // Иванов И. И. / Иванов И.И. / И. И. Иванов.
  { what: 'фамилия с инициалами', re: new RegExp(`[${UP}][${LO}]{2,}\\s+[${UP}]\\.\\s?[${UP}]\\.`, 'u') },
  {
    what: 'фамилия с инициалами',
    re: new RegExp(`(?<![${UP}${LO}])[${UP}]\\.\\s?[${UP}]\\.\\s?[${UP}][${LO}]{2,}`, 'u'),
  },
  { what: 'номер лицевого счёта', re: /(?:л\/с|лицев[а-яё]*\s+сч[её]т[а-яё]*)\s*№?\s*\d/iu },
  { what: 'номер квартиры', re: /(?<![а-яё])(?:кв\.|кв\s+\d|квартир[а-яё]*\s*№?\s*\d)/iu },
  {
    what: 'адрес дома',
    re: /(?<![а-яё])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|б-р|бульвар|ш\.|шоссе|проезд|пл\.|площадь|мкр\.?|микрорайон)\s*[^,;]{1,60},?\s*(?:д\.|дом)\s*\d/iu,
  },
  { what: 'номер телефона', re: /(?:\+7|(?<!\d)8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/u },
  // Seven digits in a row are an account number or a document's: money and counts are grouped by spaces.
  { what: 'длинный номер (лицевой счёт, документ)', re: /(?<!\d)\d{7,}(?!\d)/u },
];

function sample(text: string, index: number): string {
  const from = Math.max(0, index - 20);
  return text.slice(from, from + 80);
}

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^a-zа-я0-9]+/u)
    .filter(Boolean);

/** A lookup of what the database holds: account numbers, and «фамилия имя» / «фамилия и» pairs. */
export function knownLookup(known: KnownPersonalData): { accounts: Set<string>; namePairs: Set<string> } {
  const accounts = new Set<string>();
  for (const n of known.accountNumbers) if (n.trim().length >= 4) accounts.add(n.trim());
  const namePairs = new Set<string>();
  for (const full of known.fullNames) {
    const [surname, name] = words(full);
    if (!surname || !name || surname.length < 2) continue;
    namePairs.add(`${surname} ${name}`);
    namePairs.add(`${name} ${surname}`);
  }
  return { accounts, namePairs };
}

/** Every finding in the view's strings (empty when the view is clean). */
export function findPersonalData(
  view: unknown,
  known: { accounts: Set<string>; namePairs: Set<string> } | null = null,
): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const [path, text] of strings(view, '')) {
    for (const { what, re } of PATTERNS) {
      const m = re.exec(text);
      if (m) found.push({ path, what, sample: sample(text, m.index) });
    }
    if (!known) continue;
    for (const token of text.match(/[0-9A-Za-zА-Яа-яЁё/-]{4,}/gu) ?? [])
      if (known.accounts.has(token)) found.push({ path, what: 'номер лицевого счёта из базы', sample: token });
    const w = words(text);
    for (let i = 0; i + 1 < w.length; i++)
      if (known.namePairs.has(`${w[i]} ${w[i + 1]}`))
        found.push({ path, what: 'имя человека из базы', sample: `${w[i]} ${w[i + 1]}` });
  }
  return found;
}

export class PersonalDataError extends Error {
  constructor(readonly findings: PersonalDataFinding[]) {
    super(
      `В материале для СМИ найдены персональные данные: ${findings.map((f) => `${f.what} («${f.sample}»)`).join('; ')}.`,
    );
  }
}

/** Throws PersonalDataError listing what was found; the view passes only when nothing was. */
export function assertNoPersonalData(
  view: unknown,
  known: { accounts: Set<string>; namePairs: Set<string> } | null = null,
): void {
  const found = findPersonalData(view, known);
  if (found.length > 0) throw new PersonalDataError(found);
}
