/**
 * @file The columns of a housing register file and the header words that name them. Registers come from the
 * municipality's property department in whatever layout it keeps, so each column has its usual Russian synonyms;
 * a header is compared folded, without dots, brackets and units («Жилая площадь, кв. м» = «жилая площадь»).
 */
import { foldForSearch } from '../../../shared/text/fold-for-search';

export const HOUSING_COLUMNS = [
  {
    field: 'settlement',
    label: 'Населённый пункт',
    synonyms: ['населенный пункт', 'нас пункт', 'нп', 'н п', 'город', 'поселение', 'населенный пункт город поселок'],
  },
  {
    field: 'address',
    label: 'Адрес',
    synonyms: ['адрес', 'адрес дома', 'адрес улица дом', 'улица дом', 'адрес жилого помещения', 'местонахождение'],
  },
  {
    field: 'apartment',
    label: 'Квартира',
    synonyms: ['квартира', 'кв', 'номер квартиры', 'квартира комната', 'помещение', 'номер помещения', 'кв комн'],
  },
  {
    field: 'rooms',
    label: 'Комнат',
    synonyms: ['комнат', 'комнаты', 'число комнат', 'количество комнат', 'кол-во комнат', 'комнатность', 'комн'],
  },
  {
    field: 'living',
    label: 'Жилая площадь',
    synonyms: ['жилая площадь', 'площадь жилая', 'жил площадь', 'жилая пл', 'жилая'],
  },
  {
    field: 'total',
    label: 'Общая площадь',
    synonyms: ['общая площадь', 'площадь общая', 'общ площадь', 'общая пл', 'общая', 'площадь'],
  },
  {
    field: 'status',
    label: 'Статус',
    synonyms: ['статус', 'состояние', 'статус жилья', 'статус помещения', 'занятость'],
  },
  {
    field: 'note',
    label: 'Примечание',
    synonyms: ['примечание', 'примечания', 'комментарий', 'прим', 'заметка'],
  },
] as const;

export type HousingField = (typeof HOUSING_COLUMNS)[number]['field'];

export const REQUIRED_HOUSING_FIELDS: readonly HousingField[] = ['address', 'rooms', 'living', 'status'];

export function housingLabel(field: HousingField): string {
  return HOUSING_COLUMNS.find((c) => c.field === field)!.label;
}

/** «Жилая площадь, кв. м» → «жилая площадь»; «№ кв.» → «кв». */
export function normalizeHeader(text: string): string {
  return foldForSearch(text.replace(/^\uFEFF/, ''))
    .replace(/[.,;:()[\]«»"'№]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s(кв м|квм|м2|м²|м|кв метров|метров)$/, '')
    .trim();
}

/** Column index of each field found in the header row; the first column naming a field wins. */
export function mapHousingHeader(header: readonly string[]): Map<HousingField, number> {
  const found = new Map<HousingField, number>();
  header.forEach((text, index) => {
    const h = normalizeHeader(text);
    if (h === '') return;
    const column = HOUSING_COLUMNS.find((c) => (c.synonyms as readonly string[]).includes(h));
    if (column && !found.has(column.field)) found.set(column.field, index);
  });
  return found;
}
