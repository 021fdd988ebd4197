/**
 * @file Who is working at this PC: picked once from the users list and remembered in the browser's storage
 * (an office PC has no logins; the role decides what the person may change).
 */
import { useCallback, useState } from 'react';

const KEY = 'zhku.currentUserId';

export function useCurrentUser(): [number | null, (id: number | null) => void] {
  const [id, setId] = useState<number | null>(() => {
    const stored = Number(window.localStorage.getItem(KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  });
  const set = useCallback((next: number | null) => {
    if (next === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, String(next));
    setId(next);
  }, []);
  return [id, set];
}
