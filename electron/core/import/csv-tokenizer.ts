/**
 * @file Streaming CSV tokenizer: decoded text chunks in, records (arrays of cell strings) out, synchronously.
 *
 * Why not csv-parse: its Transform turns every decoded chunk back into a Buffer, walks it byte by byte through
 * a dozen option checks and builds each cell with Buffer#toString — 5 of the 8 s a million-row charges file took
 * to parse. This is a charCode loop over the decoded string that slices cells out of it.
 *
 * It reproduces csv-parse 7 EXACTLY for the options the import used (`relax_quotes`, `relax_column_count`,
 * `skip_empty_lines: false`, no trimming, no comments, quote and escape `"`), so cells, record boundaries and
 * therefore the line numbers of row errors are unchanged (csv-tokenizer.test.ts compares both on tricky inputs):
 * - the record delimiter is the first line break met outside quotes: «\r\n», «\n» or «\r»; from then on only
 *   that one ends a record (a lone «\n» in a «\r\n» file is an ordinary character of the cell);
 * - a quote opens a quoted cell only as the cell's first character; elsewhere it is an ordinary character;
 * - inside quotes «""» is one quote; a quote followed by the delimiter, the record delimiter, NUL or the end of
 *   the text closes the cell; any other quote closes it «relaxed»: the cell becomes `"` + content + `"` and the
 *   characters that follow are appended;
 * - at the end, an open quote is {@link CsvQuoteNotClosedError}; a last record without a line break is emitted.
 * Chunks may split anywhere: the 1–2 characters a decision needs to look ahead at are carried to the next chunk,
 * and a long quoted cell is gathered piece by piece, never rescanned.
 */

/** The text ended inside a quoted cell. */
export class CsvQuoteNotClosedError extends Error {
  readonly code = 'CSV_QUOTE_NOT_CLOSED';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Record delimiters: not yet known, «\r\n», «\n», «\r». */
const RD_UNKNOWN = 0;
const RD_CRLF = 1;
const RD_LF = 2;
const RD_CR = 3;

export class CsvTokenizer {
  private rd = RD_UNKNOWN;
  private record: string[] = [];
  /** Text of the current cell gathered so far (before the unconsumed part of the current chunk). */
  private field = '';
  private quoting = false;
  private wasQuoting = false;
  /** The current record had a quoted cell or a CR/LF that did not end it. */
  private breaks = false;
  /** Unprocessed characters at the end of the previous chunk (a quote or CR whose meaning needs the next one). */
  private carry = '';
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    /** `breaks`: false when no cell of the record can hold a line break (no quotes, no stray CR/LF). */
    private readonly onRecord: (cells: string[], breaks: boolean) => void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feeds the next chunk of decoded text; complete records are delivered before it returns. */
  write(chunk: string): void {
    const text = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    this.run(text, false);
  }

  /** Ends the text: delivers the last record, or throws {@link CsvQuoteNotClosedError}. */
  end(): void {
    const text = this.carry;
    this.carry = '';
    this.run(text, true);
    if (this.quoting) throw new CsvQuoteNotClosedError('quote not closed');
    if (this.wasQuoting || this.record.length > 0 || this.field.length > 0) {
      this.record.push(this.field);
      this.field = '';
      this.wasQuoting = false;
      const record = this.record;
      this.record = [];
      const breaks = this.breaks;
      this.breaks = false;
      this.onRecord(record, breaks);
    }
  }

  private run(text: string, end: boolean): void {
    const len = text.length;
    const delimiter = this.delimiter;
    let { rd, field, quoting, wasQuoting, record, breaks } = this;
    let i = 0;
    /** Start of the part of the current cell not yet added to `field`. */
    let seg = 0;
    while (i < len) {
      if (quoting) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          i = len;
          break;
        }
        i = q;
        if (i + 1 >= len) {
          if (!end) break; // is it «""», or a closing quote? — the next chunk tells
          field += text.slice(seg, i);
          quoting = false;
          wasQuoting = true;
          seg = ++i;
          continue;
        }
        const n = text.charCodeAt(i + 1);
        if (n === QUOTE) {
          field += text.slice(seg, i + 1); // «""» → one quote
          i += 2;
          seg = i;
          continue;
        }
        let closes = n === 0 || n === delimiter;
        if (!closes && (n === LF || n === CR)) {
          if (n === CR && rd !== RD_LF && rd !== RD_CR && i + 2 >= len && !end) break;
          if (rd === RD_UNKNOWN) {
            rd = n === LF ? RD_LF : text.charCodeAt(i + 2) === LF ? RD_CRLF : RD_CR;
            closes = true;
          } else {
            closes = rd === RD_LF ? n === LF : rd === RD_CR ? n === CR : n === CR && text.charCodeAt(i + 2) === LF;
          }
        }
        field += text.slice(seg, i);
        quoting = false;
        wasQuoting = true;
        if (closes) {
          seg = ++i;
        } else {
          field = `"${field}`; // relaxed: the quotes stay in the cell, the closing one as an ordinary character
          seg = i++;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        record.push(field === '' ? text.slice(seg, i) : field + text.slice(seg, i));
        field = '';
        wasQuoting = false;
        seg = ++i;
        continue;
      }
      if (c === QUOTE) {
        if (i === seg && field.length === 0) {
          quoting = true;
          breaks = true;
          seg = ++i;
        } else {
          i++;
        }
        continue;
      }
      if (c === LF || c === CR) {
        let size = 0;
        if (c === LF) {
          if (rd === RD_UNKNOWN) rd = RD_LF;
          if (rd === RD_LF) size = 1;
        } else {
          if (rd === RD_UNKNOWN || rd === RD_CRLF) {
            if (i + 1 >= len && !end) break; // «\r» or «\r\n»? — the next chunk tells
            const crlf = text.charCodeAt(i + 1) === LF;
            if (rd === RD_UNKNOWN) rd = crlf ? RD_CRLF : RD_CR;
            if (rd === RD_CRLF && crlf) size = 2;
          }
          if (rd === RD_CR) size = 1;
        }
        if (size > 0) {
          record.push(field === '' ? text.slice(seg, i) : field + text.slice(seg, i));
          field = '';
          wasQuoting = false;
          i += size;
          seg = i;
          const done = record;
          record = [];
          this.record = record;
          const hadBreaks = breaks;
          breaks = false;
          this.onRecord(done, hadBreaks);
          continue;
        }
        breaks = true;
      }
      i++;
    }
    if (seg < i) field += text.slice(seg, i);
    if (i < len) this.carry = text.slice(i);
    this.rd = rd;
    this.field = field;
    this.quoting = quoting;
    this.wasQuoting = wasQuoting;
    this.record = record;
    this.breaks = breaks;
  }
}
