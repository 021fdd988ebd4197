/**
 * @file Inactivity watchdog for the ExcelJS streaming reader.
 *
 * ExcelJS pipes a worksheet entry into a temp file when the sheet precedes sharedStrings.xml in the archive
 * (ExcelJS itself writes files so). If that entry's compressed data is damaged, the unzip error is never
 * forwarded through the pipe: the reader's promise then neither resolves nor rejects — the Electron main
 * process would wait forever. The guard counts bytes flowing from the file and items yielded; when nothing at
 * all happens for `stallMs`, the pending iteration is rejected. Parsing a healthy file always shows activity
 * well within that time (bytes are read in 64 KB chunks and rows are yielded continuously). A read error of
 * the file, which pipe() does not forward either, fails the pending step at once.
 */

import { Transform, type Readable } from 'node:stream';

export class StallError extends Error {}

export interface StallGuard {
  /** Stream to hand to the reader instead of the file stream (counts activity). */
  readonly input: Readable;
  /** Iterates `source`, rejecting with {@link StallError} on inactivity. */
  guard<T>(source: AsyncIterable<T>): AsyncGenerator<T>;
  stop(): void;
}

export function createStallGuard(file: Readable, stallMs: number): StallGuard {
  // The pending step is rejected through this callback. Deliberately not Promise.race against one long-lived
  // «stalled» promise: every race would leave a reaction on it holding the step's value (a row) until the end.
  let rejectStep: ((e: Error) => void) | undefined;
  let last = Date.now();
  const touch = (): void => {
    last = Date.now();
  };
  const input = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      touch();
      callback(null, chunk);
    },
  });
  // a read error is not forwarded by pipe(): fail the pending step ourselves
  let readError: Error | undefined;
  file.on('error', (e) => {
    readError = e;
    rejectStep?.(e);
  });
  file.pipe(input);
  const timer = setInterval(
    () => {
      if (rejectStep !== undefined && Date.now() - last > stallMs)
        rejectStep(new StallError(`no activity for ${stallMs} ms`));
    },
    Math.max(10, Math.min(1000, stallMs / 4)),
  );

  return {
    input,
    async *guard<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
      const iterator = source[Symbol.asyncIterator]();
      for (;;) {
        const step = await new Promise<IteratorResult<T>>((resolve, reject) => {
          if (readError !== undefined) return reject(readError);
          rejectStep = reject;
          iterator.next().then(resolve, reject);
        });
        rejectStep = undefined;
        touch();
        if (step.done === true) return;
        yield step.value;
      }
    },
    stop() {
      clearInterval(timer);
      file.unpipe(input);
      file.destroy();
      input.destroy();
    },
  };
}
