/**
 * @file The command line's only way into the core: `core.dispatch(method, input, cliConnection(osUser))`. Dispatch
 * resolves «Командная строка (<OS user>)» with the role the administrator set for it (security.cliRole), refuses
 * what that role may not do (403 «Недостаточно прав: …») and validates the input with the contract's schemas; a
 * refusal becomes a CliFailure carrying the envelope's Russian message and the exit code (2 for invalid input,
 * 1 for everything else). Jobs are followed by polling `jobs.get` through dispatch too.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { ErrorCodes } from '../../shared/api/error-codes';
import type { JobStatus, RowErrorView } from '../../shared/jobs/job-types';
import type { Core } from '../core/open-core';
import { receiveUpload } from '../core/billing/upload-store';
import { AppError } from '../core/app-error';
import { cliCaller } from './cli-identity';

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    /** Lines printed under the message: the fields refused, the rows of a file. */
    readonly lines: readonly string[] = [],
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export interface CliApi {
  /** `nameField`: how refused fields are named when the input came from a file (their paths there). */
  call<M extends ApiMethod>(
    method: M,
    input: ApiInput<M> | Record<string, unknown>,
    nameField?: FieldNamer,
  ): Promise<ApiOutput<M>>;
  /** Polls the job until it ends; its summary, or a CliFailure with the reason and the row errors. */
  followJob(jobId: string, onProgress?: (stage: string, fraction: number) => void): Promise<JobStatus>;
  /** Puts a local file into the core's upload store (what the UI's upload does); its upload id. */
  upload(file: string): Promise<string>;
}

/** How a refused field is named to the user: the flag they wrote, or the path in the input file. */
export type FieldNamer = (path: string) => string;

function rowErrorLines(rowErrors: readonly RowErrorView[], total: number): string[] {
  const lines = rowErrors.map((e) => `  ${e.file}: ${e.message}`);
  if (total > rowErrors.length) lines.push(`  … и ещё ${total - rowErrors.length} ошибок.`);
  return lines;
}

export function createCliApi(core: Core, nameField: FieldNamer, pollMs = 100): CliApi {
  const connection = cliCaller();
  const api: CliApi = {
    async call(method, input, namer = nameField) {
      const result = await core.dispatch(method, input, connection);
      if (result.ok) return result.value as never;
      const { code, message, details } = result.error;
      if (code === ErrorCodes.validation) {
        const issues = (
          (details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues ?? []
        ).filter((i) => i.path !== '');
        return Promise.reject(
          new CliFailure(
            message,
            2,
            issues.map((i) => `  ${namer(i.path)}: ${i.message}`),
            code,
          ),
        );
      }
      return Promise.reject(new CliFailure(message, 1, [], code));
    },
    async followJob(jobId, onProgress) {
      for (;;) {
        const job = await api.call('jobs.get', { jobId });
        onProgress?.(job.stage, job.fraction);
        if (job.state === 'done') return job;
        if (job.state !== 'running') {
          const error = job.error;
          throw new CliFailure(
            error?.message ??
              (job.state === 'cancelled' ? `${job.title}: остановлено.` : `${job.title}: не выполнено.`),
            1,
            error ? rowErrorLines(error.rowErrors, error.errorCount) : [],
          );
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    async upload(file) {
      const full = path.resolve(file);
      if (!fs.existsSync(full) || !fs.statSync(full).isFile()) throw new CliFailure(`Файл не найден: ${file}.`, 1);
      // Streamed within the upload limit: a file of gigabytes is refused, not read whole into memory.
      try {
        return (await receiveUpload(core.ctx, path.basename(full), fs.createReadStream(full), fs.statSync(full).size))
          .uploadId;
      } catch (error) {
        if (error instanceof AppError) throw new CliFailure(error.message, 1, [], error.code);
        throw error;
      }
    },
  };
  return api;
}
