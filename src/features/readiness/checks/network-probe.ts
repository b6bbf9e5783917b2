/**
 * The active network probe (issue #9): a warm-up request, then a short series of timed pings for
 * round trip, jitter and loss, then a timed download for throughput. Each request has its own
 * timeout, so the whole probe ends within about `(pings + 1) × pingTimeoutMs + downloadTimeoutMs`.
 * A ping counts as answered when any HTTP response arrives in time (the network carried it).
 */
import { summarizeProbe, type DownloadSample } from '@/domain/equipment/probe-stats';
import type { NetworkMeasurement } from '@/domain/equipment/readiness-measurements';
import { realTimers, TIMED_OUT, withDeadline, type Timers } from './deadline';
import { uncached, type ProbeTarget } from './probe-target';

export interface NetworkProbeDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Milliseconds on a monotonic clock (`performance.now`). */
  now: () => number;
  isOnline: () => boolean;
  timers: Timers;
}

export interface NetworkProbeOptions {
  target: ProbeTarget;
  /** Timed pings after the warm-up (default 5). */
  pings?: number;
  /** A ping not answered within this is lost (default 1000 ms). */
  pingTimeoutMs?: number;
  /** The download stops here and the bytes so far give the figure (default 4000 ms). */
  downloadTimeoutMs?: number;
  deps?: Partial<NetworkProbeDeps>;
}

function defaultDeps(): NetworkProbeDeps {
  return {
    fetch: (url, init) => globalThis.fetch(url, init),
    now: () => performance.now(),
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
    timers: realTimers,
  };
}

/** Drains a response body, counting bytes, until it ends or `signal` aborts. */
async function countBody(response: Response, signal: AbortSignal, onBytes: (n: number) => void) {
  const reader = response.body?.getReader();
  if (!reader) {
    onBytes((await response.arrayBuffer()).byteLength);
    return;
  }
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || signal.aborted) return;
      onBytes(value.byteLength);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

export async function probeNetwork(options: NetworkProbeOptions): Promise<NetworkMeasurement> {
  const deps = { ...defaultDeps(), ...options.deps };
  const { target } = options;
  const pings = options.pings ?? 5;
  const pingTimeoutMs = options.pingTimeoutMs ?? 1000;
  const downloadTimeoutMs = options.downloadTimeoutMs ?? 4000;
  if (!deps.isOnline()) return { isOnline: false, probe: null };

  let sequence = 0;
  const nonce = () => `${Date.now().toString(36)}-${(sequence += 1)}`;

  /** One ping's round trip in ms, or `null` when lost (no answer in time, or a network error). */
  async function ping(): Promise<number | null> {
    const started = deps.now();
    try {
      const result = await withDeadline(
        pingTimeoutMs,
        async (signal) => {
          const response = await deps.fetch(uncached(target.pingUrl, nonce()), {
            method: target.pingMethod,
            cache: 'no-store',
            signal,
          });
          await countBody(response, signal, () => undefined);
          return deps.now() - started;
        },
        deps.timers,
      );
      return result === TIMED_OUT ? null : result;
    } catch {
      return null;
    }
  }

  async function download(): Promise<DownloadSample | null> {
    const started = deps.now();
    let bytes = 0;
    let hasStarted = false;
    try {
      const result = await withDeadline(
        downloadTimeoutMs,
        async (signal) => {
          const response = await deps.fetch(uncached(target.downloadUrl, nonce()), {
            method: 'GET',
            cache: 'no-store',
            signal,
          });
          if (!response.ok) return null;
          hasStarted = true;
          await countBody(response, signal, (n) => (bytes += n));
          return { bytes, ms: deps.now() - started, isComplete: true };
        },
        deps.timers,
      );
      if (result !== TIMED_OUT) return result;
    } catch {
      // A broken-off download still measured what arrived.
    }
    return hasStarted ? { bytes, ms: Math.max(deps.now() - started, 1), isComplete: false } : null;
  }

  await ping(); // Warm-up: connection set-up is not the round trip the work sees.
  const roundTrips: (number | null)[] = [];
  for (let index = 0; index < pings; index += 1) roundTrips.push(await ping());
  const sample = await download();
  return { isOnline: true, probe: summarizeProbe(target.pingUrl, roundTrips, sample) };
}
