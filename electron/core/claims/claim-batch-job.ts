/**
 * @file The claim batch as a job task: runs the batch and, if it fails, marks the batch failed with the reason, so
 * the batch list never shows a dead batch as running. An expected refusal (AppError: e.g. a УК detail the QR code
 * needs is missing) reaches the clerk in Russian through the worker's «refused» path, not as an internal error.
 */
import { AppError } from '../app-error';
import { ImportRefusedError } from '../billing/import-files';
import type { JobEnvironment } from '../jobs/run-job-task';
import { failBatch, runClaimBatch } from './claim-batch';

export async function runClaimBatchJob(env: JobEnvironment, batchId: number, threads?: number): Promise<string> {
  try {
    return await runClaimBatch(env, batchId, threads === undefined ? {} : { threads });
  } catch (error) {
    failBatch(env.sqlite, batchId, error instanceof Error ? error.message : String(error));
    if (error instanceof AppError) throw new ImportRefusedError(error.message);
    throw error;
  }
}
