/**
 * @file What the court directory and the bailiffs' departments directory check and say alike: a territory range
 * (street + house range + parity) checked before it is written, and the journal's words for what happened to an
 * entry. Each directory keeps its own tables, fields and journal kind.
 */
import type { Parity } from '../../../shared/court/court-territory-match';
import { territoryStreet } from '../../../shared/court/court-territory-match';

export interface TerritoryInput {
  street: string;
  houseFrom: number | null;
  houseTo: number | null;
  parity: Parity;
}

/** Rows ready to insert (streets with single spaces), or the Russian problems (one per range). */
export function checkTerritories(territories: readonly TerritoryInput[]): {
  rows: TerritoryInput[];
  problems: string[];
} {
  const problems: string[] = [];
  const rows: TerritoryInput[] = [];
  territories.forEach((t, i) => {
    const street = t.street.trim().replace(/\s+/g, ' ');
    if (territoryStreet(street).street === '') problems.push(`Диапазон ${i + 1}: укажите улицу.`);
    if (t.houseFrom !== null && t.houseTo !== null && t.houseFrom > t.houseTo)
      problems.push(`Диапазон ${i + 1} (${street}): дом «с» ${t.houseFrom} больше, чем «по» ${t.houseTo}.`);
    rows.push({ ...t, street });
  });
  return { rows, problems };
}

/** The journal's words for a saved entry: «добавлен в справочник», «выведен из действующих», … */
export function entryChangeWords(before: { active: boolean } | null, after: { active: boolean }): string {
  return before === null
    ? 'добавлен в справочник'
    : before.active && !after.active
      ? 'выведен из действующих'
      : !before.active && after.active
        ? 'снова действует'
        : 'сведения изменены';
}
