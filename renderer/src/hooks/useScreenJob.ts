/**
 * @file `useScreenJob(kinds)`: the job a screen shows — the one it has just started, or else the newest job of its
 * kinds the core still lists (`jobs.list`: running, or finished in the last minutes). So a clerk who reloads the
 * page, or leaves the screen and comes back, sees the running job's progress again and then its outcome.
 */
import { useEffect, useState } from 'react';
import { latestJobOf, type JobKind, type JobStatus } from '../../../shared/jobs/job-types';
import { api } from '../api/client';

export interface ScreenJob {
  /** The job to follow (JobProgress), or null when the screen has none. */
  jobId: string | null;
  /** What the core listed for this screen when it opened (null: nothing, or not asked yet). */
  found: JobStatus | null;
  /** True once the core has answered (or failed to): the screen may decide what to offer. */
  checked: boolean;
  /** The screen started a job: follow it from now on. */
  follow: (jobId: string) => void;
}

export function useScreenJob(kinds: readonly JobKind[]): ScreenJob {
  const [started, setStarted] = useState<string | null>(null);
  const [found, setFound] = useState<JobStatus | null>(null);
  const [checked, setChecked] = useState(false);
  const key = kinds.join(',');
  useEffect(() => {
    let live = true;
    void api.call('jobs.list', {}).then((result) => {
      if (!live) return;
      // A core that cannot answer leaves the screen as it was without a job; its own calls will show the problem.
      if (result.ok && Array.isArray(result.value)) setFound(latestJobOf(result.value, key.split(',') as JobKind[]));
      setChecked(true);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return { jobId: started ?? found?.id ?? null, found, checked, follow: setStarted };
}
