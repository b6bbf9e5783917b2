import { useEffect, useState } from 'react';

/**
 * False until `isScreenShown` (the screen's data is on it) and `delayMs` more have passed, then
 * true once the browser is idle (or just after, where `requestIdleCallback` is missing): for work
 * that must not delay the first screen.
 */
export function useAfterFirstScreen(isScreenShown = true, delayMs = 0): boolean {
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    if (!isScreenShown) return;
    let idleId: number | undefined;
    const ready = () => setReady(true);
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        idleId = requestIdleCallback(ready, { timeout: 3_000 });
      } else ready();
    }, delayMs || 50);
    return () => {
      clearTimeout(timer);
      if (idleId !== undefined) cancelIdleCallback(idleId);
    };
  }, [isScreenShown, delayMs]);
  return isReady;
}
