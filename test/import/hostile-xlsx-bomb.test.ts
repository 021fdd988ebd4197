/**
 * XLSX «bombs» are refused from the archive's central directory, before ExcelJS parses a byte of them: a shared
 * strings table claiming 20 million strings, a sheet unpacking past the limit, a part packed absurdly well. The
 * same refusal reaches the clerk through `import.preview` and `import.start` («Файл отклонён: …»).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { assertNotXlsxBomb, declaredStringCount, HostileFileError } from '../../electron/core/import/xlsx-bomb-check';
import { parseBillingFile } from '../../electron/core/import/parse-billing-file';
import { DEFAULT_FILE_LIMITS } from '../../shared/import/file-limits';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';
import type { ImportPreview } from '../../shared/import/import-types';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

const MB = 1024 * 1024;

/** A sound charges workbook written by ExcelJS. */
async function soundXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Начисления');
  ws.addRow(['Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.']);
  ws.addRow(['5000000018', '10.2026', 'Отопление', '1 234,56']);
  await wb.xlsx.writeFile(file);
}

/** Re-zips `source`, replacing the parts named in `replace` (a Buffer, or a generator of chunks for a huge part). */
async function rezip(
  source: string,
  target: string,
  replace: Record<string, Buffer | (() => Iterable<Buffer>)>,
): Promise<void> {
  const zip = await yauzl.openPromise(source, { lazyEntries: true, autoClose: true });
  const out = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    out.outputStream.pipe(fs.createWriteStream(target)).on('close', resolve).on('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      const own = replace[entry.fileName];
      if (entry.fileName.endsWith('/')) {
        zip.readEntry(); // a folder entry
        return;
      }
      if (own === undefined) {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.addBuffer(Buffer.concat(chunks), entry.fileName);
            zip.readEntry();
          });
        });
        return;
      }
      if (Buffer.isBuffer(own)) out.addBuffer(own, entry.fileName);
      else {
        const stream = new PassThrough();
        out.addReadStream(stream, entry.fileName);
        for (const chunk of own()) stream.write(chunk);
        stream.end();
      }
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  out.end();
  await done;
}

const SST_20M = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="20000000" uniqueCount="20000000">' +
    '<si><t>Лицевой счёт</t></si><si><t>Период</t></si><si><t>Услуга</t></si><si><t>Начислено, руб.</t></si>' +
    '<si><t>5000000018</t></si><si><t>10.2026</t></si><si><t>Отопление</t></si><si><t>1 234,56</t></si></sst>',
);

/** `mb` megabytes of one repeated row: unpacks huge, packs to a few tens of KB. */
function hugeSheet(mb: number): () => Iterable<Buffer> {
  const row = Buffer.from('<row><c t="s"><v>4</v></c><c t="s"><v>5</v></c><c t="s"><v>6</v></c></row>'.repeat(1000));
  return function* () {
    yield Buffer.from(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    );
    for (let written = 0; written < mb * MB; written += row.length) yield row;
    yield Buffer.from('</sheetData></worksheet>');
  };
}

describe('XLSX bomb check', () => {
  it('reads the declared string count from the start of the shared strings part', () => {
    expect(declaredStringCount('<?xml version="1.0"?><sst xmlns="x" count="25" uniqueCount="7">')).toBe(7);
    expect(declaredStringCount('<x:sst count="25">')).toBe(25);
    expect(declaredStringCount('<sst xmlns="x">')).toBeNull();
  });

  it('passes a sound ExcelJS workbook', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'sound.xlsx');
    await soundXlsx(file);
    await expect(assertNotXlsxBomb(file, DEFAULT_FILE_LIMITS)).resolves.toBeUndefined();
    const parsed = await parseBillingFile(file);
    expect(parsed.rowCount).toBe(1);
  });

  it('refuses 20 million declared shared strings before parsing', async () => {
    const dir = makeTempDir();
    await soundXlsx(path.join(dir, 'sound.xlsx'));
    const bomb = path.join(dir, 'bomb.xlsx');
    await rezip(path.join(dir, 'sound.xlsx'), bomb, { 'xl/sharedStrings.xml': SST_20M });
    const refusal = await assertNotXlsxBomb(bomb, DEFAULT_FILE_LIMITS).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(HostileFileError);
    expect((refusal as Error).message).toBe(
      'Файл отклонён: таблица строк объявляет 20\u00a0000\u00a0000 различных строк (предел 2\u00a0000\u00a0000). Такой файл не разбирается, ' +
        'чтобы не остановить программу; ничего не изменено. Сохраните таблицу заново в Excel или выгрузите её в CSV.',
    );
    // The parser (import and preview go through it) refuses it the same way.
    await expect(parseBillingFile(bomb)).rejects.toThrow(
      /^Файл отклонён: таблица строк объявляет 20\u00a0000\u00a0000/,
    );
  });

  it('refuses a sheet unpacking past the limit, and a part packed absurdly well', async () => {
    const dir = makeTempDir();
    await soundXlsx(path.join(dir, 'sound.xlsx'));
    const bomb = path.join(dir, 'big-sheet.xlsx');
    await rezip(path.join(dir, 'sound.xlsx'), bomb, { 'xl/worksheets/sheet1.xml': hugeSheet(40) });
    expect(fs.statSync(bomb).size).toBeLessThan(2 * MB);
    const limits = { maxXlsxUncompressedBytes: 30 * MB, maxSharedStrings: 1000 };
    await expect(assertNotXlsxBomb(bomb, limits)).rejects.toThrow(
      /^Файл отклонён: часть «xl\/worksheets\/sheet1\.xml» в распакованном виде занимает 4\d МБ \(предел 30 МБ\)/,
    );
    // Within the size limit, the ratio still gives it away (40 MB packed into a few hundred KB).
    await expect(assertNotXlsxBomb(bomb, { ...limits, maxXlsxUncompressedBytes: 1000 * MB })).rejects.toThrow(
      /^Файл отклонён: часть «xl\/worksheets\/sheet1\.xml» сжата в \d+ раз/,
    );
  });

  it('import.preview and import.start show the refusal in Russian', async () => {
    const dir = makeTempDir();
    await soundXlsx(path.join(dir, 'sound.xlsx'));
    const bomb = path.join(dir, 'bomb.xlsx');
    await rezip(path.join(dir, 'sound.xlsx'), bomb, { 'xl/sharedStrings.xml': SST_20M });
    const core = openCore({ dataDir: path.join(dir, 'data'), host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    try {
      const { uploadId } = await saveUpload(core.ctx.dataDir, 'начисления.xlsx', fs.readFileSync(bomb));
      const preview = await core.dispatch('import.preview', { uploadId }, sessionFor(core, 'import.preview'));
      expect(preview.ok).toBe(true);
      expect((preview as { value: ImportPreview }).value.fileError).toMatch(
        /^Файл отклонён: таблица строк объявляет 20\u00a0000\u00a0000/,
      );
      const started = await core.dispatch('import.start', { files: [{ uploadId }] }, sessionFor(core, 'import.start'));
      if (!started.ok) throw new Error(started.error.message);
      const job = await core.ctx.jobs.wait((started.value as { jobId: string }).jobId);
      expect(job.state).toBe('failed');
      expect(job.error?.message).toMatch(
        /^Файл «начисления\.xlsx» не загружен: Файл отклонён: таблица строк объявляет 20\u00a0000\u00a0000/,
      );
    } finally {
      await core.close();
    }
  });
});
