/**
 * Timeouts for the readiness checks: every browser call a check makes is raced against a timer,
 * so no check can hang on a prompt, a stalled request or an audio context that never starts.
 * Timers are injectable so tests decide when a timeout fires instead of waiting for it.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Marks a timeout in a race's result. */
export const TIMED_OUT: unique symbol = Symbol('timed-out');

/**
 * Runs `work` with an abort signal; after `ms` the signal aborts and the promise resolves to
 * `TIMED_OUT`, whatever `work` does later. A rejection of `work` is passed on.
 */
export function withDeadline<T>(
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  timers: Timers = realTimers,
): Promise<T | typeof TIMED_OUT> {
  const controller = new AbortController();
  return new Promise<T | typeof TIMED_OUT>((resolve, reject) => {
    const handle = timers.setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, ms);
    let running: Promise<T>;
    try {
      running = work(controller.signal);
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        timers.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(handle);
        reject(error);
      },
    );
  });
}

/** Waits `ms` (a sampling interval). */
export function sleep(ms: number, timers: Timers = realTimers): Promise<void> {
  return new Promise((resolve) => {
    timers.setTimeout(resolve, ms);
  });
}
