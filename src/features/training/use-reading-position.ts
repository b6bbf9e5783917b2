import { useEffect, useRef, useState } from 'react';

/** Saves at most this often while the agent scrolls. */
const SAVE_EVERY_MS = 1_000;

function scrollableHeight(): number {
  return Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
}

/**
 * Resume where the agent left off in a lesson: once the saved position (0–1 of the scrollable
 * height) is known, scrolls there, and from then on saves the position as the agent scrolls.
 * `position` is `undefined` while loading and `null` when the lesson was never opened. Returns
 * whether the lesson was reopened at a saved place (to say so).
 */
export function useReadingPosition(
  lessonId: string,
  position: number | null | undefined,
  save: (fraction: number) => Promise<void>,
): boolean {
  const [isResumed, setResumed] = useState(false);
  const restoredFor = useRef<string | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    if (position === undefined || restoredFor.current === lessonId) return;
    restoredFor.current = lessonId;
    if (position === null || position <= 0) {
      setResumed(false);
      return;
    }
    const frame = requestAnimationFrame(() => {
      window.scrollTo({ top: Math.round(position * scrollableHeight()) });
      setResumed(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [lessonId, position]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handleScroll = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        const height = scrollableHeight();
        const fraction = height > 0 ? Math.min(1, window.scrollY / height) : 0;
        void saveRef.current(fraction).catch(() => {});
      }, SAVE_EVERY_MS);
    };
    window.addEventListener('scroll', handleScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', handleScroll);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [lessonId]);
  return isResumed;
}
