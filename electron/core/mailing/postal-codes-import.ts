/**
 * @file Import of postal codes per building from a CSV file: a line per building — the building's address as the
 * registry writes it (or its number in the database) and its 6-digit postal code. UTF-8 or windows-1251, `;`,
 * tab or `,` (an unquoted address with commas in a comma file is glued back: the postal code is the column named
 * «индекс», else the last one). A header line is optional. All or nothing: every bad line is reported as
 * «Строка N: …» and nothing is written.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { buildings as buildingsTable } from '../../../shared/db/schema';
import { postalCodes } from '../../../shared/db/schema-documents';
import { parse } from 'csv-parse/sync';
import { postalCodeProblem } from '../../../shared/documents/mailing/postal-code';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { AppError } from '../app-error';
import { csvDelimiterOf, decodeCsvText } from '../import/small-csv-text';

export interface PostalCodesImportResult {
  /** Buildings whose code was set (new or changed). */
  updated: number;
  /** Lines naming a building whose code was already the same. */
  unchanged: number;
}

const MAX_REPORTED = 30;

/** Spacing and dots do not tell two addresses apart: «д.7» = «д. 7», «г Красногорск» = «г. Красногорск». */
function addressKey(text: string): string {
  return foldForSearch(text).replace(/[\s.]+/g, '');
}

export function importPostalCodes(sqlite: Database.Database, bytes: Buffer): PostalCodesImportResult {
  const text = decodeCsvText(bytes);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter: csvDelimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError(
      'MAILING.POSTAL_CODES_CSV',
      `Файл индексов не читается как CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки. Ничего не записано.`,
    );
  }
  if (records.length === 0) throw new AppError('MAILING.POSTAL_CODES_CSV', 'Файл индексов пуст. Ничего не записано.');

  // The header, when the first line has no postal code and names its columns.
  let codeColumn: number | null = null;
  const head = records[0]?.record ?? [];
  if (!head.some((c) => /^\d{6}$/.test(c)) && head.some((c) => /индекс|postal|index/i.test(c))) {
    codeColumn = head.findIndex((c) => /индекс|postal|index/i.test(c));
    records = records.slice(1);
  }

  const db = drizzleOf(sqlite);
  const buildings = db.select({ id: buildingsTable.id, address: buildingsTable.address }).from(buildingsTable).all();
  const byId = new Map(buildings.map((b) => [b.id, b]));
  const byKey = new Map<string, number[]>();
  for (const b of buildings) byKey.set(addressKey(b.address), [...(byKey.get(addressKey(b.address)) ?? []), b.id]);

  const errors: string[] = [];
  const wanted = new Map<number, { code: string; line: number }>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.every((c) => c === '')) continue;
    const at = codeColumn !== null && codeColumn < record.length ? codeColumn : record.length - 1;
    const code = (record[at] ?? '').trim();
    const ref = record
      .filter((_, i) => i !== at)
      .filter((c) => c !== '')
      .join(', ')
      .trim();
    if (ref === '') {
      errors.push(`Строка ${line}: не указан дом (адрес или номер дома в базе)`);
      continue;
    }
    const problem = postalCodeProblem(code);
    if (problem) {
      errors.push(`Строка ${line}: ${problem}`);
      continue;
    }
    let buildingId: number | null = null;
    if (/^\d+$/.test(ref)) {
      if (byId.has(Number(ref))) buildingId = Number(ref);
      else errors.push(`Строка ${line}: дома № ${ref} нет в базе`);
    } else {
      const found = byKey.get(addressKey(ref)) ?? [];
      if (found.length === 1) buildingId = found[0] ?? null;
      else if (found.length === 0)
        errors.push(
          `Строка ${line}: дом «${ref}» не найден — адрес пишется как в реестре («г. Красногорск, ул. Ленина, д. 7») или номер дома`,
        );
      else
        errors.push(
          `Строка ${line}: адрес «${ref}» подходит к нескольким домам (№ ${found.join(', ')}) — укажите номер дома`,
        );
    }
    if (buildingId === null) continue;
    const before = wanted.get(buildingId);
    if (before && before.code !== code) {
      errors.push(
        `Строка ${line}: дому «${byId.get(buildingId)?.address ?? buildingId}» уже дан индекс ${before.code} в строке ${before.line}`,
      );
      continue;
    }
    wanted.set(buildingId, { code, line });
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED).join('; ');
    throw new AppError(
      'MAILING.POSTAL_CODES_CSV',
      `Индексы не загружены, ничего не записано. ${shown}${errors.length > MAX_REPORTED ? `; и ещё ${errors.length - MAX_REPORTED} ошибок` : ''}.`,
      { errors },
    );
  }
  const current = (scope: string) =>
    db.select({ c: postalCodes.postalCode }).from(postalCodes).where(eq(postalCodes.scope, scope)).get();
  const upsert = (scope: string, code: string) =>
    db
      .insert(postalCodes)
      .values({ scope, postalCode: code })
      .onConflictDoUpdate({ target: postalCodes.scope, set: { postalCode: code } })
      .run();
  let updated = 0;
  let unchanged = 0;
  sqlite.transaction(() => {
    for (const [buildingId, { code }] of wanted) {
      const scope = `building:${buildingId}`;
      if (current(scope)?.c === code) unchanged++;
      else {
        upsert(scope, code);
        updated++;
      }
    }
  })();
  return { updated, unchanged };
}
