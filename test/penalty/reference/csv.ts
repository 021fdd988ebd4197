/**
 * @file A tiny CSV reader for the reference's copies of the seed tables (./data): a header row, comma-separated
 * fields, double quotes around a field that holds a comma ("" inside quotes is one quote). Enough for these files.
 */
import fs from 'node:fs';
import path from 'node:path';

export type CsvRow = Record<string, string>;

function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error(`reference csv: unclosed quote in «${line}»`);
  fields.push(field);
  return fields;
}

export function parseCsv(text: string): CsvRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const [header, ...body] = lines;
  if (header === undefined) return [];
  const names = splitLine(header);
  return body.map((line) => {
    const fields = splitLine(line);
    if (fields.length !== names.length)
      throw new Error(`reference csv: ${fields.length} fields where the header has ${names.length}: «${line}»`);
    const row: CsvRow = {};
    names.forEach((name, i) => (row[name] = fields[i] as string));
    return row;
  });
}

/** One of the files in ./data, parsed. */
export function readDataCsv(file: string): CsvRow[] {
  return parseCsv(fs.readFileSync(path.join(__dirname, 'data', file), 'utf8'));
}
