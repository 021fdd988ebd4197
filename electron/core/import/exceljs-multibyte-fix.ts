/**
 * @file Works around exceljs 4.4.0's streaming reader breaking multi-byte UTF-8 characters at chunk boundaries.
 *
 * [Note: exceljs multibyte] `lib/utils/parse-sax.js` turns every 16 KiB chunk of a sheet's XML into a string on
 * its own, so a Cyrillic letter split between two chunks becomes «��» (exceljs issues #2063, #2084, #2316;
 * fixes proposed in PRs #1665, #2081, #2213, none released). About one row in a few thousand of a real charges
 * file was hit. This module puts a corrected parse-sax — the same code with a StringDecoder that carries an
 * incomplete character over to the next chunk — into Node's module cache before exceljs loads, so every exceljs
 * reader uses it. It must be imported before `exceljs` (xlsx-source.ts does so). Remove it when exceljs ships
 * the fix; the XLSX import test of the demo district fails if the bug comes back. Every module that imports
 * exceljs imports this first; the Electron bundle keeps exceljs external so the module cache is real.
 */
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

const require = createRequire(import.meta.url);

interface SaxEvent {
  eventType: 'opentag' | 'text' | 'closetag';
  value: unknown;
}

function install(): void {
  const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
  if (require.cache[parseSaxPath]) {
    // Too late: exceljs's readers have already taken the broken function. Fail loudly rather than import «��».
    throw new Error('exceljs-multibyte-fix must be imported before exceljs');
  }
  const { SaxesParser } = require(require.resolve('saxes', { paths: [parseSaxPath] })) as {
    SaxesParser: new () => {
      on(event: string, listener: (value: unknown) => void): void;
      write(chunk: string): void;
    };
  };

  async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: Error | null = null;
    let events: SaxEvent[] = [];
    parser.on('error', (err) => (error = err instanceof Error ? err : new Error(String(err))));
    parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error !== null) throw error as Error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) {
      parser.write(rest);
      if (error !== null) throw error as Error;
      yield events;
    }
  }

  // Load it once (registers the cache entry), then replace what it exports before any reader requires it.
  require(parseSaxPath);
  const entry = (require.cache as Record<string, NodeJS.Module | undefined>)[parseSaxPath];
  if (entry) entry.exports = parseSax;
}

install();
