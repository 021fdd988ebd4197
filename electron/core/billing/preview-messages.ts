/**
 * @file Messages between `import.preview` (preview-in-worker.ts) and its worker (preview-worker.ts).
 */
import type { ImportKind } from '../../../shared/import/layouts';
import type { XlsxBombLimits } from '../import/xlsx-bomb-check';
import type { RowError } from '../import/errors';

export interface PreviewWorkerData {
  filePath: string;
  sampleRows: number;
  fileLimits: XlsxBombLimits;
  /** The worker's own temp folder (jobs/worker-temp.ts). */
  tempDir?: string;
}

export type PreviewFromWorker =
  | { type: 'raw'; headers: string[]; rows: string[][] }
  | { type: 'raw-error'; message: string }
  | {
      type: 'parsed';
      kind: ImportKind;
      format: 'csv' | 'xlsx';
      encoding: string | null;
      headers: string[];
      mapping: Record<string, string>;
      unmappedHeaders: string[];
      errors: RowError[];
    }
  | { type: 'parse-error'; message: string }
  | { type: 'crash'; message: string };

export type PreviewToWorker =
  { type: 'parse'; kind: ImportKind | undefined; mapping: Record<string, string> | undefined } | { type: 'stop' };
