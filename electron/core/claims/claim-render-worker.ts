/**
 * @file Worker-thread entry that renders chunks of a claim batch (claim-chunk.ts) for the batch coordinator: its
 * own read-only connection, its own copy of the legal and debt tables; one chunk per message, the PDF bytes transferred back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { renderClaimChunk, type ClaimChunkTask, type RenderedChunk } from './claim-chunk';
import type { ClaimContextData } from './claim-facts';
import { claimContext } from './claim-context';

export interface ClaimRenderWorkerData {
  databasePath: string;
  context: ClaimContextData;
}

export type ClaimRenderMessage =
  { type: 'chunk'; chunk: RenderedChunk } | { type: 'failed'; message: string; code: string | null };

const data = workerData as ClaimRenderWorkerData;
const sqlite = new Database(data.databasePath, { readonly: true, fileMustExist: true });
const ctx = claimContext(sqlite, data.context);

parentPort?.on('message', (task: ClaimChunkTask | null) => {
  if (task === null) {
    sqlite.close();
    parentPort?.close();
    return;
  }
  renderClaimChunk(sqlite, ctx, task).then(
    // Copied, not transferred: react-pdf's Buffer may sit in Node's shared pool, which cannot be transferred.
    (chunk) => parentPort?.postMessage({ type: 'chunk', chunk } satisfies ClaimRenderMessage),
    (error: unknown) => {
      const code =
        typeof error === 'object' && error !== null && 'code' in error
          ? String((error as { code: unknown }).code)
          : null;
      parentPort?.postMessage({
        type: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        code,
      } satisfies ClaimRenderMessage);
    },
  );
});
