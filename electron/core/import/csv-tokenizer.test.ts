/**
 * @file The CSV tokenizer against csv-parse 7 with the options the import used before it: on hand-written tricky
 * texts and on thousands of random ones (quotes, line breaks of all kinds, NUL, delimiters), fed whole and cut
 * into chunks at random places, the records — or the «quote not closed» failure — must be the same.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvQuoteNotClosedError, CsvTokenizer } from './csv-tokenizer';

type Outcome = string[][] | 'quote not closed' | 'other error';

function viaCsvParse(text: string, delimiter: string): Outcome {
  try {
    return parse(text, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false,
    }) as string[][];
  } catch (e) {
    return (e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote not closed' : 'other error';
  }
}

function viaTokenizer(text: string, delimiter: string, cuts: number[] = []): Outcome {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, breaks) => {
    if (!breaks && cells.some((c) => c.includes('\n') || c.includes('\r')))
      throw new Error(`a line break in a record said to have none: ${JSON.stringify(cells)}`);
    records.push(cells);
  });
  try {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      tokenizer.write(text.slice(from, cut));
      from = cut;
    }
    tokenizer.write(text.slice(from));
    tokenizer.end();
    return records;
  } catch (e) {
    return e instanceof CsvQuoteNotClosedError ? 'quote not closed' : 'other error';
  }
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('CsvTokenizer = csv-parse (relax_quotes, relax_column_count, empty lines kept)', () => {
  const cases: Array<[string, string]> = [
    ['a;b;c\r\n1;2;3\r\n', ';'],
    ['a;b\n1;2', ';'],
    ['a;b\r1;2\r', ';'],
    ['a;b\r\n1;2\n3;4\r\n', ';'], // a lone LF inside a CRLF file is part of the cell
    ['a;b\n1;2\r\n3;4\n', ';'], // a CR before LF in an LF file stays in the cell
    ['"a;b";"c""d"\r\n"x\r\ny";z\r\n', ';'],
    ['"abc"x;y\n', ';'], // relaxed closing quote
    ['"a""b"x"\n', ';'],
    ['ab"c;"d"\n', ';'],
    ['"";""""\n\n\n', ';'],
    ['"a\0b"\0;c', ';'],
    ['"open;never closed\r\n1;2', ';'],
    ['a,"b,c",d\n', ','],
    ['a\t"b\tc"\td\n', '\t'],
    ['"x"\r', ';'],
    ['"x"\r\r\n', ';'],
    ['Лицевой счёт;Период\r\n1000;"03.2024"\r\n', ';'],
    ['', ';'],
    ['\n', ';'],
    ['"', ';'],
  ];
  for (const [text, delimiter] of cases) {
    it(`reads ${JSON.stringify(text)} as csv-parse does, whole and cut at every place`, () => {
      const expected = viaCsvParse(text, delimiter);
      expect(viaTokenizer(text, delimiter)).toEqual(expected);
      for (let cut = 0; cut <= text.length; cut++) expect(viaTokenizer(text, delimiter, [cut])).toEqual(expected);
    });
  }

  it('agrees on 3,000 random texts cut into random chunks', () => {
    const next = random(14);
    const alphabet = ['a', 'b', ';', ',', '"', '"', '""', '\r', '\n', '\r\n', '\0', ' ', 'я'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const delimiter = next() < 0.7 ? ';' : ',';
      const cuts = Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * (text.length + 1)));
      const expected = viaCsvParse(text, delimiter);
      expect({ text, cuts, got: viaTokenizer(text, delimiter, cuts) }).toEqual({ text, cuts, got: expected });
    }
  });
});
