/**
 * @file Runs the file-reading part of `import.preview` in a worker thread with a heap cap and a timeout.
 *
 * The preview used to parse in the host's main thread: an 876 KB XLSX with 20 M shared strings took 58 s and
 * 1.3 GB there, a 7 MB one killed the host (and in Electron the whole application). Now the worker is
 * terminated after {@link PREVIEW_TIMEOUT_MS} and stopped by V8 past {@link PREVIEW_HEAP_MB}; both answer
 * IMPORT.PREVIEW_TIMEOUT in Russian, and the worker's temp folder (ExcelJS's unpacked sheets) is removed.
 * Bundled (Electron), the worker is preview-worker.mjs beside main.cjs; from source (tsx, vitest), it is started
 * through jobs/worker-bootstrap.mjs as the job worker is.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../app-error';
import { createWorkerTemp } from '../jobs/worker-temp';
import type { PreviewFromWorker, PreviewToWorker, PreviewWorkerData } from './preview-messages';

/** Longest a preview may take: reading 20 rows of a sound file takes well under 5 s, even for 300 MB. */
export const PREVIEW_TIMEOUT_MS = 30_000;
/** Heap cap of the preview's worker: the default limit of 2 M shared strings needs ≈250 MB. */
export const PREVIEW_HEAP_MB = 512;

export interface PreviewWorkerOptions {
  dataDir: string;
  timeoutMs?: number;
  heapMb?: number;
}

export interface PreviewWorker {
  /** The next message of the worker (in order); rejects with AppError on timeout or lack of memory. */
  next(): Promise<PreviewFromWorker>;
  send(message: PreviewToWorker): void;
  /** Stops the worker (any time; idempotent). */
  close(): void;
}

function spawn(data: PreviewWorkerData, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (process.env.ZHKU_BUNDLED === '1') {
    return new Worker(path.join(__dirname, 'preview-worker.mjs'), { workerData: data, resourceLimits });
  }
  const entry = new URL('./preview-worker.ts', import.meta.url).href;
  return new Worker(new URL('../jobs/worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...data, __entry: entry },
    resourceLimits,
  });
}

export function startPreviewWorker(data: PreviewWorkerData, options: PreviewWorkerOptions): PreviewWorker {
  const timeoutMs = options.timeoutMs ?? PREVIEW_TIMEOUT_MS;
  const temp = createWorkerTemp(options.dataDir);
  const worker = spawn({ ...data, tempDir: temp.dir }, options.heapMb ?? PREVIEW_HEAP_MB);
  const queue: PreviewFromWorker[] = [];
  let waiting: { resolve: (m: PreviewFromWorker) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  let closed = false;

  const fail = (error: Error): void => {
    if (failure !== null) return;
    failure = error;
    waiting?.reject(error);
    waiting = null;
    close();
  };
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    void worker.terminate();
  };
  const timer = setTimeout(
    () =>
      fail(
        new AppError(
          'IMPORT.PREVIEW_TIMEOUT',
          `Просмотр файла остановлен: разбор занял больше ${Math.max(1, Math.round(timeoutMs / 1000))} с. Ничего не изменено. ` +
            'Файл, вероятно, повреждён или слишком велик — сохраните его заново или разделите на части.',
        ),
      ),
    timeoutMs,
  );
  worker.on('message', (message: PreviewFromWorker) => {
    if (waiting) {
      waiting.resolve(message);
      waiting = null;
    } else queue.push(message);
  });
  worker.on('error', (error: Error & { code?: string }) =>
    fail(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AppError(
            'IMPORT.PREVIEW_TIMEOUT',
            'Просмотр файла остановлен: разбору не хватило памяти. Ничего не изменено. ' +
              'Файл, вероятно, повреждён или слишком велик — сохраните его заново или разделите на части.',
          )
        : error,
    ),
  );
  worker.on('exit', () => {
    clearTimeout(timer);
    temp.remove();
    if (!closed) fail(new Error('The preview worker exited before answering.'));
    else if (failure === null && waiting) fail(new Error('The preview worker was stopped.'));
  });

  return {
    next() {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    send(message) {
      if (!closed) worker.postMessage(message);
    },
    close,
  };
}
