/**
 * @file CSV reader: encoding → header → streamed rows → {@link RowConverter}.
 *
 * Streaming: decoded 1 MB chunks go through {@link CsvTokenizer} (a charCode loop that reads exactly as csv-parse
 * did with the options below, several times faster); records are delivered synchronously inside `write()`, so
 * the line counter is exact even when the text fails (an unclosed quote is reported at the line where the
 * record began).
 * Physical line numbers are counted here: empty lines are kept as records, so every physical line yields a
 * record, and line = previous line + 1 + line breaks inside quoted fields of the previous record.
 * Records of any width are taken, so that one malformed row is a row error instead of the end of the parse; a
 * short LAST row is what a file cut in half looks like, and that refuses the whole file.
 */

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvQuoteNotClosedError, CsvTokenizer } from './csv-tokenizer';
import iconv from 'iconv-lite';
import {
  createDecoder,
  detectEncoding,
  hasUtf8Bom,
  InvalidTextError,
  isAscii,
  looksGarbled,
  type TextEncoding,
} from './encoding';
import { ImportFileError, showValue } from './errors';
import { readCsvHeader, type Delimiter } from './csv-header';
import { resolveHeaders, type HeaderOptions, type HeaderResolution } from './header-mapping';
import { isBlankRow, ResultCollector, RowConverter, type RecordSink } from './row-converter';

export interface CsvOptions extends HeaderOptions {
  onProgress?: ((done: number, total: number) => void) | undefined;
  limitRows?: number | undefined;
  maxErrors?: number | undefined;
  onRecords?: RecordSink | undefined;
}

export interface CsvOutput {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  resolution: HeaderResolution;
  collector: ResultCollector;
  warnings: string[];
}

const CHUNK = 1 << 20;

/** Parses a CSV file whose first bytes (`head`, up to 1 MB) the caller has already read. */
export async function readCsvFile(
  filePath: string,
  size: number,
  head: Buffer,
  options: CsvOptions,
): Promise<CsvOutput> {
  const encoding = detectEncoding(await encodingSample(filePath, size, head), true);
  const headText =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(head)
      : iconv.decode(hasUtf8Bom(head) ? head.subarray(3) : head, 'windows-1251');
  if (headText.trim() === '') throw new ImportFileError('Файл пуст: в нём нет ни заголовков, ни данных.');
  const header = readCsvHeader(headText);
  if (header === undefined)
    throw new ImportFileError(
      'Не удалось прочитать строку заголовков: в ней не закрыта кавычка. Проверьте первую строку файла.',
      { line: 1 },
    );
  const outcome = resolveHeaders(header.cells, options);
  if (!outcome.ok) {
    const firstLine = header.cells.join(header.delimiter);
    if (looksGarbled(firstLine)) throw new ImportFileError(garbledMessage(firstLine), { line: 1 });
    throw new ImportFileError(outcome.message, { line: 1 });
  }
  const collector = new ResultCollector(outcome.resolution.layout.kind, false, options.maxErrors, options.onRecords);
  const rows = new CsvRows(
    new RowConverter(outcome.resolution, collector, 0),
    header.cells.length,
    header.sepLine ? 2 : 1,
    options.limitRows,
  );
  const tokenizer = new CsvTokenizer(header.delimiter, (cells, breaks) => rows.take(cells, breaks));
  const endsWithLineBreak = await pump(filePath, size, encoding, tokenizer, rows, options.onProgress);
  if (rows.lastShort !== undefined && !rows.stopped) {
    const { line, got } = rows.lastShort;
    throw new ImportFileError(
      `Файл обрезан или повреждён: последняя строка ${line} содержит ${got} из ${header.cells.length} значений — файл, видимо, записан не до конца. Выгрузите его заново.`,
      { line },
    );
  }
  collector.flush();
  if (collector.rowCount === 0 && options.limitRows !== 0) {
    throw new ImportFileError('В файле только строка заголовков — данных нет.', { line: 1 });
  }
  const warnings = [...outcome.resolution.warnings];
  if (!endsWithLineBreak && !rows.stopped) {
    // not an error: many tools omit the final line break; but a file cut inside the last value looks the same
    warnings.push(
      'Последняя строка файла не завершена переводом строки. Если файл выгружен не до конца, значения последней строки могут быть неполными — сверьте итоги.',
    );
  }
  return {
    encoding,
    delimiter: header.delimiter,
    headers: header.cells,
    resolution: outcome.resolution,
    collector,
    warnings,
  };
}

export function garbledMessage(firstLine: string): string {
  return (
    'Файл не похож на таблицу начислений: не удалось распознать кодировку или заголовки. Ожидаются UTF-8 или windows-1251 ' +
    'с заголовками столбцов в первой строке (например, «Лицевой счёт;Период;Услуга;Начислено, руб.»); похоже, файл сохранён ' +
    `в другой кодировке (KOI8-R, UTF-16 …) или это не таблица. Первая строка: «${showValue(firstLine)}».`
  );
}

/** Enough bytes to tell the encoding: the head, or further chunks while everything read so far is ASCII. */
async function encodingSample(filePath: string, size: number, head: Buffer): Promise<Buffer> {
  if (!isAscii(head) || head.length >= size) return head;
  const file = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    for (let offset = head.length; offset < size;) {
      const { bytesRead } = await file.read(buf, 0, CHUNK, offset);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      if (!isAscii(chunk)) return Buffer.from(chunk);
      offset += bytesRead;
    }
    return head;
  } finally {
    await file.close();
  }
}

/** Row bookkeeping of one CSV file: line numbers, header skip, field counts, preview limit. */
class CsvRows {
  nextLine = 1;
  stopped = false;
  lastShort: { line: number; got: number } | undefined;
  private dataRows = 0;

  /** @param leading non-blank records before the data: the header, and a «sep=;» line if any. */
  constructor(
    private readonly converter: RowConverter,
    private readonly width: number,
    private leading: number,
    private readonly limit: number | undefined,
  ) {
    if (limit !== undefined && limit <= 0) this.stopped = true;
  }

  /** @param mayBreak false when the tokenizer saw no quote and no stray CR/LF in the record (no scan needed). */
  take(cells: string[], mayBreak = true): void {
    const line = this.nextLine;
    let breaks = 0;
    if (mayBreak)
      for (const cell of cells)
        if (cell.length > 1 && (cell.includes('\n') || cell.includes('\r'))) breaks += lineBreaks(cell);
    this.nextLine = line + 1 + breaks;
    if (this.stopped || isBlankRow(cells)) return;
    if (this.leading > 0) {
      this.leading--;
      return;
    }
    if (cells.length < this.width) {
      this.lastShort = { line, got: cells.length };
      this.converter.rowProblem(
        line,
        `строка содержит ${cells.length} из ${this.width} значений — она неполная или разорвана`,
      );
    } else {
      this.lastShort = undefined;
      if (cells.length > this.width && !isBlankRow(cells, this.width)) {
        this.converter.rowProblem(
          line,
          `значений в строке больше, чем столбцов в заголовке (${cells.length} против ${this.width}) — возможно, в значении есть разделитель без кавычек`,
        );
      } else {
        this.converter.convert(cells, line);
      }
    }
    if (this.limit !== undefined && ++this.dataRows >= this.limit) this.stopped = true;
  }
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

async function pump(
  filePath: string,
  size: number,
  encoding: TextEncoding,
  tokenizer: CsvTokenizer,
  rows: CsvRows,
  onProgress: ((done: number, total: number) => void) | undefined,
): Promise<boolean> {
  const decoder = createDecoder(encoding);
  let bytes = 0;
  let lastChar = 0;
  try {
    for await (const chunk of createReadStream(filePath, { highWaterMark: CHUNK })) {
      if (rows.stopped) break;
      bytes += (chunk as Buffer).length;
      const text = decoder.write(chunk as Buffer);
      if (text !== '') {
        lastChar = text.charCodeAt(text.length - 1);
        tokenizer.write(text);
      }
      onProgress?.(bytes, size);
    }
    if (!rows.stopped) {
      const tail = decoder.end();
      if (tail !== '') tokenizer.write(tail);
      tokenizer.end();
    }
  } catch (e) {
    if (!rows.stopped) throw csvFailure(e, rows.nextLine, bytes);
  }
  return lastChar === 10 || lastChar === 13;
}

function csvFailure(e: unknown, line: number, bytes: number): ImportFileError {
  if (e instanceof ImportFileError) return e;
  if (e instanceof InvalidTextError) {
    return new ImportFileError(
      `Файл повреждён или склеен из частей в разных кодировках: около ${bytes.toLocaleString('ru-RU')}-го байта (строка ${line} или дальше) ` +
        'встретились байты, недопустимые в UTF-8, хотя начало файла в UTF-8. Если файл обрезан, выгрузите его заново.',
      { cause: e, line },
    );
  }
  if (e instanceof CsvQuoteNotClosedError) {
    return new ImportFileError(
      `Файл обрезан или повреждён: строка ${line} — открытая в ней кавычка не закрыта до конца файла.`,
      { cause: e, line },
    );
  }
  return new ImportFileError(
    `Не удалось прочитать файл: ${e instanceof Error && 'code' in e ? String(e.code) : 'ошибка чтения'}.`,
    { cause: e },
  );
}
