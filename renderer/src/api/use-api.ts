/**
 * @file `useApi(method, input)`: loads one API result into a screen, with a reload function.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { ApiErrorBody } from '../../../shared/api/result';
import { api } from './client';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiErrorBody } | { state: 'ready'; value: T };

export function useApi<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  deps: unknown[] = [],
): [Loadable<ApiOutput<M>>, () => void] {
  const [data, setData] = useState<Loadable<ApiOutput<M>>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    void api.call(method, input).then((result) => {
      if (!live) return;
      setData(result.ok ? { state: 'ready', value: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
    // The input is described by `deps`; callers pass what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [method, generation, ...deps]);
  return [data, reload];
}
