/**
 * @file Streaming CSV writer for one layout: windows-1251, «;» separator, CRLF, canonical header row.
 *
 * Rows are formatted into a string buffer and encoded to windows-1251 in ~1 MB chunks; `relieve()` flushes
 * a full buffer and waits for the file stream's 'drain', so memory stays flat however many rows there are.
 */

import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import type { Layout, LayoutField } from '../../../shared/import/layouts';
import { formatCsvCell } from './cell-format';
import { csvLine } from '../../../shared/csv/csv-cell';
import type { Row } from './rows';

const ENCODING = 'win1251';
const FLUSH_CHARS = 1 << 20;

function encodable(text: string): boolean {
  return iconv.decode(iconv.encode(text, ENCODING), ENCODING) === text;
}

/**
 * The header written for a field. The canonical header when windows-1251 can hold it; otherwise (only
 * «Площадь, м²» today: windows-1251 has no «²») the same text with «²/³» as digits if that is one of the
 * field's synonyms, else its first encodable synonym — so the import still recognises the column.
 */
export function csvHeader(field: LayoutField): string {
  if (encodable(field.header)) return field.header;
  const digits = field.header.replace(/²/g, '2').replace(/³/g, '3');
  if (encodable(digits) && field.synonyms.includes(digits)) return digits;
  const synonym = field.synonyms.find(encodable);
  if (!synonym) throw new Error(`no windows-1251 header for field ${field.key}`);
  return synonym;
}

export class CsvTableWriter {
  readonly file: string;
  rows = 0;
  private readonly stream: WriteStream;
  private readonly types: Layout['fields'][number]['type'][];
  private pending = '';
  private failure: Error | null = null;

  constructor(file: string, layout: Layout) {
    this.file = file;
    this.types = layout.fields.map((f) => f.type);
    this.stream = createWriteStream(file, { highWaterMark: 1 << 20 });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.pending = `${csvLine(layout.fields.map(csvHeader))}\r\n`;
  }

  writeRow(row: Row): void {
    const types = this.types;
    let line = '';
    for (let i = 0; i < types.length; i++) {
      if (i > 0) line += ';';
      line += formatCsvCell(types[i] ?? 'text', row[i] ?? null);
    }
    this.pending += `${line}\r\n`;
    this.rows++;
  }

  /** Flush when the buffer is full and wait while the disk is behind. */
  async relieve(): Promise<void> {
    if (this.pending.length >= FLUSH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const chunk = iconv.encode(this.pending, ENCODING);
    this.pending = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    if (this.failure) throw this.failure;
  }
}
