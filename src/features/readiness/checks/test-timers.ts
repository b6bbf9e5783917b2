/**
 * Timers for the checks' tests: every timer fires on the next macrotask, whatever its delay, so a
 * fake browser call that answers at once wins its race and one that never answers times out,
 * without any test waiting for real time to pass.
 */
import type { Timers } from './deadline';

export function nextTaskTimers(): Timers & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    setTimeout(callback, ms) {
      delays.push(ms);
      return globalThis.setTimeout(callback, 0);
    },
    clearTimeout(handle) {
      globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
  };
}
