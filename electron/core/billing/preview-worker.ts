/**
 * @file Worker-thread entry of `import.preview`: reads the file (raw first rows, then the parser on the first
 * rows), so a hostile or huge file costs a worker with a heap cap and a timeout, never the host's main thread
 * (preview-in-worker.ts). Two steps, because the saved mapping is looked up by the header in the database
 * between them: `raw` is posted first, the worker then waits for `{ kind, mapping }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportFileError, parseBillingFile } from '../import/parse-billing-file';
import { readRawRows } from './read-raw-rows';
import { useWorkerTemp } from '../jobs/worker-temp';
import type { PreviewWorkerData, PreviewFromWorker, PreviewToWorker } from './preview-messages';

const data = workerData as PreviewWorkerData;
useWorkerTemp(data.tempDir);
const post = (message: PreviewFromWorker): void => parentPort?.postMessage(message);

try {
  try {
    const raw = await readRawRows(data.filePath, data.sampleRows, data.fileLimits);
    post({ type: 'raw', headers: raw.headers, rows: raw.rows });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    post({ type: 'raw-error', message: error.message });
  }
  const next = await new Promise<PreviewToWorker>((resolve) => parentPort?.once('message', resolve));
  if (next.type === 'parse') {
    try {
      const parsed = await parseBillingFile(data.filePath, {
        limitRows: data.sampleRows,
        fileLimits: data.fileLimits,
        ...(next.kind ? { kind: next.kind } : {}),
        ...(next.mapping ? { mapping: next.mapping } : {}),
      });
      post({
        type: 'parsed',
        kind: parsed.kind,
        format: parsed.format,
        encoding: parsed.encoding ?? null,
        headers: parsed.headers,
        mapping: parsed.mapping,
        unmappedHeaders: parsed.unmappedHeaders,
        errors: parsed.errors,
      });
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      post({ type: 'parse-error', message: error.message });
    }
  }
} catch (error) {
  post({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
