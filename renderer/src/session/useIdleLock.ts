/**
 * @file The client's idle timer: keyboard, mouse, wheel and touch reset it; after `idleMinutes` without any of
 * them `onIdle` runs once (the gate locks the screen and ends the session in the core). The core keeps its own
 * idle expiry too; this timer only makes the lock visible at the moment it happens, not at the next click.
 */
import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

export function useIdleLock(active: boolean, idleMinutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const touch = (): void => {
      last = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(
      () => {
        if (Date.now() - last >= idleMinutes * 60_000) {
          window.clearInterval(timer);
          onIdleRef.current();
        }
      },
      Math.min(CHECK_EVERY_MS, idleMinutes * 60_000),
    );
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
    };
  }, [active, idleMinutes]);
}
