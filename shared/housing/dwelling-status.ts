/**
 * @file The statuses of a dwelling of the municipal stock, their Russian names, and the words a register file may
 * use for them. Pure.
 */
import { foldForSearch } from '../text/fold-for-search';

export type DwellingStatus = 'free' | 'reserved' | 'occupied';

export const DWELLING_STATUS_LABELS: Record<DwellingStatus, string> = {
  free: 'свободно',
  reserved: 'зарезервировано',
  occupied: 'занято',
};

const WORDS: Record<DwellingStatus, readonly string[]> = {
  free: ['свободно', 'свободна', 'свободен', 'свободное', 'своб', 'своб.', 'free', 'пустует', 'не занято'],
  reserved: [
    'зарезервировано',
    'зарезервирована',
    'зарезервирован',
    'резерв',
    'в резерве',
    'забронировано',
    'reserved',
  ],
  occupied: ['занято', 'занята', 'занят', 'заселено', 'заселена', 'occupied', 'не свободно'],
};

/** The status a register writes («Свободна», «резерв», «заселено»), or null for an unknown word. */
export function parseDwellingStatus(text: string): DwellingStatus | null {
  const f = foldForSearch(text);
  for (const status of ['free', 'reserved', 'occupied'] as const) if (WORDS[status].includes(f)) return status;
  return null;
}

/** The register's identity of a dwelling: settlement, address and flat folded together (a re-import updates it). */
export function dwellingAddressKey(settlement: string, address: string, apartment: string | null): string {
  const part = (t: string) =>
    foldForSearch(t)
      .replace(/\s*,\s*/g, ', ')
      .replace(/\.\s+/g, '. ');
  return `${part(settlement)}|${part(address)}|${part(apartment ?? '')}`;
}
