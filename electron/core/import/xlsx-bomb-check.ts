/**
 * @file Refuses an XLSX «bomb» before ExcelJS parses it.
 *
 * An XLSX is a ZIP archive; its central directory (the last bytes of the file) lists every part with its packed
 * and unpacked size. An 876 KB file claiming 20 M shared strings took the preview 58 s and 1.3 GB; a 7 MB one
 * killed the host. Reading only the central directory (yauzl, lazy entries) and the first few KB of
 * `xl/sharedStrings.xml` costs milliseconds and a few KB of memory, whatever the archive claims. Refused:
 * - a part, or all parts together, larger unpacked than the limit (`maxXlsxUncompressedBytes`);
 * - a big part packed absurdly well (more than {@link MAX_RATIO}:1 — real sheets pack 5–30:1);
 * - more than {@link MAX_ENTRIES} parts;
 * - a shared strings table declaring more distinct strings than the limit (`maxSharedStrings`).
 * The parser itself still runs under the stall guard, and the preview in a worker with a heap cap and a timeout:
 * sizes in the directory can lie, these are the first line, not the only one.
 */
import yauzl from 'yauzl';
import { ImportFileError } from './errors';
import { AppError } from '../app-error';

/** Parts an XLSX may have: a workbook of a few sheets has 10–30. */
export const MAX_ENTRIES = 10_000;
/** Largest packing ratio of a part bigger than {@link RATIO_FLOOR_BYTES}. */
export const MAX_RATIO = 150;
export const RATIO_FLOOR_BYTES = 5 * 1024 * 1024;
/** How much of the shared strings part is read to find its `count` / `uniqueCount`. */
const SST_HEAD_BYTES = 4096;

export interface XlsxBombLimits {
  maxXlsxUncompressedBytes: number;
  maxSharedStrings: number;
}

/** The file is refused as hostile; the message is the clerk's («Файл отклонён: …»). */
export class HostileFileError extends ImportFileError {
  readonly hostile = 'IMPORT.HOSTILE_FILE' as const;
}

const MB = 1024 * 1024;
const mb = (bytes: number): string => `${Math.ceil(bytes / MB)} МБ`;
const refuse = (why: string): HostileFileError =>
  new HostileFileError(
    `Файл отклонён: ${why}. Такой файл не разбирается, чтобы не остановить программу; ничего не изменено. ` +
      'Сохраните таблицу заново в Excel или выгрузите её в CSV.',
  );

/** Throws {@link HostileFileError} when the XLSX at `filePath` is a bomb; ImportFileError when it is not a ZIP. */
export async function assertNotXlsxBomb(filePath: string, limits: XlsxBombLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw new ImportFileError(
      'Файл XLSX повреждён или обрезан: не читается оглавление архива. Выгрузите или сохраните файл заново.',
      { cause: error },
    );
  }
  try {
    if (zip.entryCount > MAX_ENTRIES)
      throw refuse(`в архиве XLSX слишком много частей (${zip.entryCount}, допускается до ${MAX_ENTRIES})`);
    let total = 0;
    let sharedStrings: yauzl.Entry | null = null;
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      const size = entry.uncompressedSize;
      if (size > limits.maxXlsxUncompressedBytes) {
        throw refuse(
          `часть «${entry.fileName}» в распакованном виде занимает ${mb(size)} (предел ${mb(limits.maxXlsxUncompressedBytes)})`,
        );
      }
      total += size;
      if (total > limits.maxXlsxUncompressedBytes) {
        throw refuse(`в распакованном виде файл занимает больше ${mb(limits.maxXlsxUncompressedBytes)} (предел)`);
      }
      if (size > RATIO_FLOOR_BYTES && size / Math.max(1, entry.compressedSize) > MAX_RATIO) {
        throw refuse(
          `часть «${entry.fileName}» сжата в ${Math.round(size / Math.max(1, entry.compressedSize))} раз — так сжимаются только искусственные файлы`,
        );
      }
      if (entry.fileName.toLowerCase() === 'xl/sharedstrings.xml') sharedStrings = entry;
    }
    if (sharedStrings !== null) {
      const declared = declaredStringCount(await readHead(zip, sharedStrings, SST_HEAD_BYTES));
      if (declared !== null && declared > limits.maxSharedStrings) {
        throw refuse(
          `таблица строк объявляет ${declared.toLocaleString('ru-RU')} различных строк (предел ${limits.maxSharedStrings.toLocaleString('ru-RU')})`,
        );
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      'Файл XLSX повреждён или обрезан: оглавление архива не читается. Выгрузите или сохраните файл заново.',
      { cause: error },
    );
  } finally {
    zip.close();
  }
}

/** The same check for callers outside the billing import: a refusal is AppError IMPORT.HOSTILE_FILE (422). */
export async function refuseXlsxBomb(filePath: string, limits: XlsxBombLimits): Promise<void> {
  try {
    await assertNotXlsxBomb(filePath, limits);
  } catch (error) {
    if (error instanceof HostileFileError) throw new AppError('IMPORT.HOSTILE_FILE', error.message);
    throw error;
  }
}

/** `uniqueCount` (strings kept in memory) of `<sst …>`, else `count`; null when neither is written. */
export function declaredStringCount(head: string): number | null {
  const sst = /<(?:\w+:)?sst\b[^>]*>/.exec(head)?.[0];
  if (sst === undefined) return null;
  const unique = /\buniqueCount\s*=\s*["'](\d+)["']/.exec(sst)?.[1];
  const count = /\bcount\s*=\s*["'](\d+)["']/.exec(sst)?.[1];
  const text = unique ?? count;
  return text === undefined ? null : Number(text);
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** The first `bytes` of an entry, unpacked; the rest is never inflated. */
function readHead(zip: yauzl.ZipFile, entry: yauzl.Entry, bytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = (): void => {
        stream.removeAllListeners('data');
        stream.destroy();
        resolve(Buffer.concat(chunks).subarray(0, bytes).toString('utf8'));
      };
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= bytes) finish();
      });
      stream.on('end', finish);
      stream.on('error', (e) => (size >= bytes ? undefined : reject(e)));
    });
  });
}
