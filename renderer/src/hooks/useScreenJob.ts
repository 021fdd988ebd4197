/**
 * @file `useScreenJob(kinds)`: the job a screen shows — the one it has just started, or else the newest job of its
 * kinds the core still lists (`jobs.list`: running, or finished in the last minutes). So a clerk who reloads the
 * page, or leaves the screen and comes back, sees the running job's progress again and then its outcome.
 *
 * The core is asked again while the screen has no running job: a job started in another window (or a list that
 * could not be read just after a reload) shows up within seconds, and the screen never offers to start a second
 * one. `running` says whether the followed job is still going, so the screen can disable its start button.
 */
import { useCallback, useEffect, useState } from 'react';
import { latestJobOf, type JobKind, type JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';

/** How often a screen without a running job asks the core again. */
export const SCREEN_JOB_RECHECK_MS = 3_000;

export interface ScreenJob {
  /** The job to follow (JobProgress), or null when the screen has none. */
  jobId: string | null;
  /** What the core listed for this screen when it opened (null: nothing, or not asked yet). */
  found: JobStatus | null;
  /** True once the core has answered (or failed to): the screen may decide what to offer. */
  checked: boolean;
  /** The followed job's last known state (null: no job); 'running' until it is seen ending. */
  state: JobStatus['state'] | null;
  /** True while the followed job has not been seen ending: the screen's start button waits. */
  running: boolean;
  /** The screen started a job: follow it from now on. */
  follow: (jobId: string) => void;
  /** Pass every status JobProgress reports (onUpdate / onFinished): `running` follows it. */
  observe: (status: JobStatus) => void;
}

export function useScreenJob(kinds: readonly JobKind[]): ScreenJob {
  const [started, setStarted] = useState<string | null>(null);
  const [found, setFound] = useState<JobStatus | null>(null);
  const [checked, setChecked] = useState(false);
  // The followed job's last known state, with the job it belongs to.
  const [seen, setSeen] = useState<{ id: string; state: JobStatus['state'] } | null>(null);
  const key = kinds.join(',');
  const jobId = started ?? found?.id ?? null;
  const state: JobStatus['state'] | null =
    jobId === null ? null : seen?.id === jobId ? seen.state : found?.id === jobId ? found.state : 'running';
  const running = state === 'running';
  // Ask again only while nothing runs here; a running job is followed by JobProgress's own polls.
  const idle = !running;

  useEffect(() => {
    let live = true;
    let timer = 0;
    const ask = (): void => {
      void api.call('jobs.list', {}).then((result) => {
        if (!live) return;
        // A core that cannot answer leaves the screen as it was; it is asked again shortly.
        if (result.ok && Array.isArray(result.value)) {
          const latest = latestJobOf(result.value, key.split(',') as JobKind[]);
          // A job the list no longer holds (ended long ago) stays shown until a newer one appears.
          setFound((prev) =>
            latest === null || (prev?.id === latest.id && prev.state === latest.state) ? prev : latest,
          );
        }
        setChecked(true);
        if (idle) timer = window.setTimeout(ask, SCREEN_JOB_RECHECK_MS);
      });
    };
    ask();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key, idle]);

  const observe = useCallback((status: JobStatus) => setSeen({ id: status.id, state: status.state }), []);
  return { jobId, found, checked, state, running, follow: setStarted, observe };
}
