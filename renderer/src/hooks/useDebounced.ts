/**
 * @file `useDebounced(value, ms)`: the value as it was `ms` after it last changed. Keeps the registry from
 * querying the core on every keystroke while the clerk is still typing an address.
 */
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
