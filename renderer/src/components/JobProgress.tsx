/**
 * @file Progress of a long job (an import, the demo district, a penalty run, a claim batch): a bar with the job's
 * fraction, what is being done now, time elapsed; then the summary, «Отменено» with what was made, or the reason
 * it failed with the row errors. Polls through `useJob`; a screen finds its job after a reload by `useScreenJob`.
 */
import { useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { formatDuration } from '../format';
import { useJob } from '../hooks/useJob';
import { RowErrorsTable } from './RowErrorsTable';

export function JobProgress({
  jobId,
  initial,
  onFinished,
  onUpdate,
}: {
  jobId: string;
  /** What the screen already knows of the job (from `jobs.list` after a reload), shown until the first poll answers. */
  initial?: JobStatus | null;
  onFinished?: (status: JobStatus) => void;
  onUpdate?: (status: JobStatus) => void;
}) {
  const polled = useJob(jobId, onFinished, onUpdate);
  const status = polled.status ?? (initial?.id === jobId ? initial : null);
  const { pollError } = polled;
  const panel = useRef<HTMLDivElement>(null);
  const state = status?.state;
  useEffect(() => {
    // The panel appears below long file lists: bring it, and then its result, into view.
    panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state]);
  const fraction = status ? Math.min(1, Math.max(0, status.fraction)) : 0;
  const elapsed = status?.elapsedMs ?? 0;
  return (
    <div ref={panel} className="job-panel" aria-busy={!status || status.state === 'running'}>
      <div className="job-head">
        <strong>{status?.title ?? 'Задание запускается…'}</strong>
        {status && <span className="muted">прошло {formatDuration(elapsed)}</span>}
      </div>
      <progress
        data-testid="job-progress"
        max={1}
        value={status?.state === 'done' ? 1 : fraction}
        aria-label="Ход выполнения"
        aria-valuetext={`${Math.round(fraction * 100)} %`}
      />
      {status?.state === 'running' && (
        <p className="job-stage" role="status">
          {Math.round(fraction * 100)} % · {status.stage || 'Выполняется…'}
        </p>
      )}
      {pollError && (
        <p className="error-text" role="alert">
          Не удаётся узнать ход задания: {pollError}
        </p>
      )}
      {status?.state === 'done' && (
        <div className="result-ok" data-testid="job-summary" role="status">
          <strong>Готово.</strong> {status.summary ?? ''}
        </div>
      )}
      {status?.state === 'cancelled' && (
        <div className="result-cancelled" data-testid="job-cancelled" role="status">
          <strong>Отменено.</strong> {status.summary ?? ''}
        </div>
      )}
      {status?.state === 'failed' && <JobFailure status={status} />}
    </div>
  );
}

function JobFailure({ status }: { status: JobStatus }) {
  const error = status.error;
  const files = [...new Set(error?.rowErrors.map((e) => e.file) ?? [])];
  // The clerk must know the failed file left no trace; said here unless the core's message says it already.
  return (
    <div className="result-failed" data-testid="job-error" role="alert">
      <p>
        <strong>Не выполнено.</strong> {error?.message ?? 'Задание завершилось с ошибкой.'}
      </p>
      {files.length > 0 && !/ничего не записано/i.test(error?.message ?? '') && (
        <p>
          {files.length === 1 ? `Из файла «${files[0]}»` : `Из файлов ${files.map((f) => `«${f}»`).join(', ')}`} в базу{' '}
          <strong>ничего не записано</strong>. Исправьте строки, перечисленные ниже, и загрузите файл снова.
        </p>
      )}
      {error && <RowErrorsTable errors={error.rowErrors} total={Math.max(error.errorCount, error.rowErrors.length)} />}
    </div>
  );
}

/**
 * The busy sign of a long action that is one request, not a job (form 103, a report, a package): an endless bar,
 * what is being made and the seconds since the click, so a 13-second wait never looks like a dead button.
 */
export function BusyNote({ text, testId = 'busy-note' }: { text: string; testId?: string }) {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="job-panel busy-note" aria-busy="true" data-testid={testId}>
      <progress aria-label={text} />
      <p className="job-stage" role="status">
        {text} Прошло {formatDuration(now - startedAt)}.
      </p>
    </div>
  );
}
