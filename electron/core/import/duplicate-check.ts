/**
 * @file Duplicate rows inside one file: a charge for the same account + period + service, a company with the
 * same ИНН. (Cross-file checks — unknown accounts and so on — belong to the database-side import.)
 *
 * The charge key is kept compact because a charges file can have a million rows: per account a small
 * Map<number, position> keyed by serviceId·4096 + month index (a Smi, no string built per row), instead of one
 * Map of concatenated strings. Services are compared folded (case, «ё», spaces), so «Отопление» and
 * «отопление » are the same service. Positions pack the sheet number with the line.
 */

import type { ImportKind } from '../../../shared/import/layouts';
import { foldText } from './text-normalize';

/** Returns a Russian message when the record repeats an earlier one, else undefined. `fieldKey` names the column errors are reported on. */
export type DuplicateCheck = (values: Record<string, unknown>, line: number, sheetIndex: number) => string | undefined;

const CACHE_LIMIT = 10_000;
const LINE_SPAN = 2 ** 21; // > 1,048,576, the most rows a sheet can have

/**
 * Creates the duplicate check for a kind (undefined when the kind has none). `sheets` is the live list of
 * sheet names of an XLSX file (the source appends to it as it goes); leave it out for CSV.
 */
export function makeDuplicateCheck(
  kind: ImportKind,
  sheets?: readonly string[],
): { fieldKey: string; check: DuplicateCheck } | undefined {
  const where = (position: number): string => {
    if (sheets === undefined) return `строку ${position}`;
    const line = position % LINE_SPAN;
    const sheet = sheets[Math.floor(position / LINE_SPAN)];
    return sheet === undefined ? `строку ${line}` : `строку ${line} листа «${sheet}»`;
  };
  const pack = (line: number, sheetIndex: number): number =>
    sheets === undefined ? line : sheetIndex * LINE_SPAN + line;
  if (kind === 'charges') return { fieldKey: 'accountNumber', check: chargesCheck(where, pack) };
  if (kind === 'companies') return { fieldKey: 'inn', check: companiesCheck(where, pack) };
  return undefined;
}

type Where = (position: number) => string;
type Pack = (line: number, sheetIndex: number) => number;

function chargesCheck(where: Where, pack: Pack): DuplicateCheck {
  const byAccount = new Map<string, Map<number, number>>();
  const serviceIdByFolded = new Map<string, number>();
  // the converters intern service texts and periods, so these caches hit on the same string instances
  const serviceIdByText = new Map<string, number>();
  const monthIndexByPeriod = new Map<string, number>();
  return (values, line, sheetIndex) => {
    const account = values['accountNumber'];
    const period = values['period'];
    const service = values['service'];
    if (typeof account !== 'string' || typeof period !== 'string' || typeof service !== 'string') return undefined;
    let serviceId = serviceIdByText.get(service);
    if (serviceId === undefined) {
      const folded = foldText(service);
      serviceId = serviceIdByFolded.get(folded);
      if (serviceId === undefined) {
        serviceId = serviceIdByFolded.size;
        serviceIdByFolded.set(folded, serviceId);
      }
      if (serviceIdByText.size < CACHE_LIMIT) serviceIdByText.set(service, serviceId);
    }
    let monthIndex = monthIndexByPeriod.get(period);
    if (monthIndex === undefined) {
      // 'YYYY-MM' with 1990 ≤ YYYY ≤ 2100 (checked by the period parser) → 0 … 1343
      monthIndex = (Number(period.slice(0, 4)) - 1990) * 12 + Number(period.slice(5, 7)) - 1;
      if (monthIndexByPeriod.size < CACHE_LIMIT) monthIndexByPeriod.set(period, monthIndex);
    }
    const key = serviceId * 4096 + monthIndex;
    let seen = byAccount.get(account);
    if (seen === undefined) {
      seen = new Map();
      byAccount.set(account, seen);
    }
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, pack(line, sheetIndex));
      return undefined;
    }
    return `повторяет ${where(first)}: начисление по лицевому счёту «${account}» за ${period.slice(5, 7)}.${period.slice(0, 4)} по услуге «${service}» уже есть в файле`;
  };
}

function companiesCheck(where: Where, pack: Pack): DuplicateCheck {
  const byInn = new Map<string, number>();
  return (values, line, sheetIndex) => {
    const inn = values['inn'];
    if (typeof inn !== 'string') return undefined;
    const first = byInn.get(inn);
    if (first === undefined) {
      byInn.set(inn, pack(line, sheetIndex));
      return undefined;
    }
    return `повторяет ${where(first)}: управляющая компания с ИНН «${inn}» уже есть в файле`;
  };
}
