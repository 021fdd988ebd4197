/**
 * @file `useJob(jobId)`: polls `jobs.get` every 400 ms until the job has ended (done, failed or cancelled).
 *
 * The state remembers which job it belongs to, so a new id never shows the previous job's numbers (derived
 * instead of reset inside the effect). `onFinished` is called once, from the poll itself, when the job ends;
 * `onUpdate` after every answer (a screen that shows the job's rows refreshes them as the stage moves on).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';

export const JOB_POLL_MS = 400;

export interface JobView {
  status: JobStatus | null;
  /** A failure to ask about the job (not the job's own failure), in Russian. */
  pollError: string | null;
}

interface Polled extends JobView {
  jobId: string;
}

export function useJob(
  jobId: string | null,
  onFinished?: (status: JobStatus) => void,
  onUpdate?: (status: JobStatus) => void,
): JobView {
  const [polled, setPolled] = useState<Polled | null>(null);
  const finishedRef = useRef(onFinished);
  const updateRef = useRef(onUpdate);
  useLayoutEffect(() => {
    finishedRef.current = onFinished;
    updateRef.current = onUpdate;
  });

  useEffect(() => {
    if (!jobId) return;
    let live = true;
    let timer = 0;
    let failures = 0;
    const poll = async (): Promise<void> => {
      const result = await api.call('jobs.get', { jobId });
      if (!live) return;
      if (result.ok) {
        failures = 0;
        setPolled({ jobId, status: result.value, pollError: null });
        updateRef.current?.(result.value);
        if (result.value.state !== 'running') {
          finishedRef.current?.(result.value);
          return;
        }
      } else {
        // One lost answer should not end the progress bar; five in a row (2 s) mean the job is gone (e.g. the
        // core restarted) and the clerk is told instead of watching a bar that never moves.
        failures += 1;
        const message = failures >= 5 ? result.error.message : null;
        setPolled((prev) => ({
          jobId,
          status: prev?.jobId === jobId ? prev.status : null,
          pollError: message,
        }));
        if (message) return;
      }
      timer = window.setTimeout(() => void poll(), JOB_POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [jobId]);

  if (!jobId || polled?.jobId !== jobId) return { status: null, pollError: null };
  return polled;
}
