/**
 * @file Seed: the due day (срок оплаты, ЖК ст.155 ч.1) by billing month — docs/legal-notes.md § Penalty — due day
 * (status late 2026). `validFrom` is the first day of the first billing month a row governs.
 *
 * ⚠️ Unconfirmed (the text of 177-ФЗ was not checked):
 * - the first billing month under 177-ФЗ. Sources differ: February 2026 bills due 10.03.2026 or 15.03.2026.
 *   Default, to reduce litigation risk, is the debtor-favourable one: the 15th from the February-2026 month
 *   (due 15.03.2026). To choose 10.03.2026 instead, move the second row's validFrom to '2026-03-01'.
 * - whether a contract may still set another day after 177-ФЗ: most sources say no (contractDayAllowed: false).
 * - a due day falling on a weekend/holiday is not moved (ГК ст.193 question; public calculators do not move it).
 * Capital-repair contributions may have a regional due day (e.g. the 20th in Krasnoyarsk region): add a row with
 * kinds ['capital_repair'] and a later validFrom than the rows below.
 */
import type { DueDayRow } from '../legal-tables';

export const SEED_DUE_DAYS: readonly DueDayRow[] = [
  {
    validFrom: '2005-03-01',
    kinds: ['housing', 'capital_repair'],
    dueDay: 10,
    contractDayAllowed: true,
    source: 'ЖК РФ ст.155 ч.1 (ред. до Федерального закона от 24.06.2025 № 177-ФЗ)',
    note: 'до 10-го числа месяца, следующего за истекшим, включительно, если иной срок не установлен договором управления или решением общего собрания ТСЖ/ЖСК',
  },
  {
    validFrom: '2026-02-01',
    kinds: ['housing', 'capital_repair'],
    dueDay: 15,
    contractDayAllowed: false,
    source: 'Федеральный закон от 24.06.2025 № 177-ФЗ (в силу с 01.03.2026)',
    note: '⚠️ февраль 2026: по умолчанию в пользу должника — до 15.03.2026 (по другим источникам до 10.03.2026); иной срок договором не устанавливается',
  },
];
