/**
 * @file The claim batch as a job task: runs the batch and, if it fails, marks the batch failed with the reason, so
 * the batch list never shows a dead batch as running.
 */
import type { JobEnvironment } from '../jobs/run-job-task';
import { failBatch, runClaimBatch } from './claim-batch';

export async function runClaimBatchJob(env: JobEnvironment, batchId: number): Promise<string> {
  try {
    return await runClaimBatch(env, batchId);
  } catch (error) {
    failBatch(env.sqlite, batchId, error instanceof Error ? error.message : String(error));
    throw error;
  }
}
