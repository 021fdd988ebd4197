/**
 * @file First record of a CSV file: delimiter detection and the header cells.
 *
 * The delimiter is chosen by trying «;», «,» and tab on the header record (csv-parse's sync API, stopping
 * after one record) and keeping the candidate whose cells match the most known headers; ties go to the one
 * giving more cells, then to «;» — what Russian Excel writes. Counting raw characters is not enough: the
 * canonical header «Начислено, руб.» itself contains a comma. An Excel «sep=;» first line fixes the delimiter.
 */

import { parse as parseSync } from 'csv-parse/sync';
import { LAYOUTS } from '../../../shared/import/layouts';
import { foldText } from './text-normalize';

export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const KNOWN_HEADERS = new Set(
  Object.values(LAYOUTS).flatMap((layout) => layout.fields.flatMap((f) => [f.header, ...f.synonyms].map(foldText))),
);

export interface CsvHeader {
  delimiter: Delimiter;
  cells: string[];
  /** The file starts with Excel's «sep=;» hint line, which precedes the header. */
  sepLine: boolean;
}

/** Excel's delimiter hint, written as the first line by some exports. */
const SEP_LINE = /^sep=([;,\t])[ \t]*\r?\n/i;

/** Reads the first non-empty record of `text` (the decoded beginning of the file) with the best delimiter. */
export function readCsvHeader(text: string): CsvHeader | undefined {
  const sep = SEP_LINE.exec(text);
  const body = sep === null ? text : text.slice(sep[0].length);
  const hinted = DELIMITERS.find((d) => d === sep?.[1]);
  let best: { header: CsvHeader; known: number } | undefined;
  for (const delimiter of hinted === undefined ? DELIMITERS : [hinted]) {
    const cells = firstRecord(body, delimiter);
    if (cells === undefined) continue;
    let known = 0;
    for (const cell of cells) if (KNOWN_HEADERS.has(foldText(cell))) known++;
    if (best === undefined || known > best.known || (known === best.known && cells.length > best.header.cells.length)) {
      best = { header: { delimiter, cells: cells.map((c) => c.trim()), sepLine: sep !== null }, known };
    }
  }
  return best?.header;
}

function firstRecord(text: string, delimiter: Delimiter): string[] | undefined {
  try {
    const records: string[][] = parseSync(text, {
      delimiter,
      to: 1,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      bom: true,
    });
    return records[0];
  } catch {
    return undefined; // e.g. a quote left open in the header: this delimiter does not fit
  }
}
