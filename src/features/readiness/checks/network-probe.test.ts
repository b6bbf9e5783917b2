import { describe, expect, it, vi } from 'vitest';
import { probeNetwork, type NetworkProbeDeps } from './network-probe';
import { probeTargetFor } from './probe-target';
import { nextTaskTimers } from './test-timers';

const staticTarget = probeTargetFor(null, 'https://app.example');
const serverTarget = probeTargetFor('https://sync.example', 'https://app.example');

/** A response whose body arrives in the given chunks, then ends (or stalls when `stalls`). */
function response(status: number, chunks: number[] = [], stalls = false): Response {
  let index = 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    body: {
      getReader: () => ({
        read: () =>
          index < chunks.length
            ? Promise.resolve({ done: false, value: new Uint8Array(chunks[index++]!) })
            : stalls
              ? new Promise(() => undefined)
              : Promise.resolve({ done: true, value: undefined }),
        cancel: () => Promise.resolve(),
      }),
    },
  } as unknown as Response;
}

/** A fake network: each call takes the next scripted step; the clock moves by its delay. */
function network(steps: ({ ms: number; answer: () => Response } | 'hang' | 'error')[]) {
  let clock = 0;
  const calls: { url: string; init: RequestInit }[] = [];
  const deps: Partial<NetworkProbeDeps> = {
    now: () => clock,
    isOnline: () => true,
    timers: nextTaskTimers(),
    fetch: vi.fn((url: string, init: RequestInit) => {
      calls.push({ url, init });
      const step = steps.shift() ?? 'error';
      if (step === 'hang') return new Promise<Response>(() => undefined);
      if (step === 'error') return Promise.reject(new TypeError('Failed to fetch'));
      clock += step.ms;
      return Promise.resolve(step.answer());
    }),
  };
  return { deps, calls };
}

const ok = (ms: number, chunks: number[] = []) => ({ ms, answer: () => response(200, chunks) });

describe('probeNetwork', () => {
  it('does not probe when offline', async () => {
    const { deps } = network([]);
    const result = await probeNetwork({
      target: staticTarget,
      deps: { ...deps, isOnline: () => false },
    });
    expect(result).toEqual({ isOnline: false, probe: null });
    expect(deps.fetch).not.toHaveBeenCalled();
  });

  it('measures round trip, jitter and loss after a warm-up, then throughput', async () => {
    const { deps, calls } = network([
      ok(300), // warm-up, not counted
      ok(100),
      ok(120),
      ok(110),
      ok(130),
      ok(100),
      ok(1000, [131_072, 131_072]),
    ]);
    const result = await probeNetwork({ target: staticTarget, deps });
    expect(result).toEqual({
      isOnline: true,
      probe: {
        target: 'https://app.example/probe.bin',
        sent: 5,
        received: 5,
        roundTripMs: 112,
        jitterMs: 20,
        lossPercent: 0,
        downloadKbps: 2097,
        isDownloadComplete: true,
      },
    });
    expect(calls.map((call) => call.init.method)).toEqual([...Array(6).fill('HEAD'), 'GET']);
    expect(calls.every((call) => call.init.cache === 'no-store')).toBe(true);
    const nonces = calls.map((call) => new URL(call.url).searchParams.get('n'));
    expect(new Set(nonces).size).toBe(calls.length);
  });

  it('asks the sync backend for 0 bytes per ping and 256 KiB to download', async () => {
    const { deps, calls } = network([ok(1), ok(1), ok(1, [262_144])]);
    await probeNetwork({ target: serverTarget, pings: 1, deps });
    const bytes = calls.map((call) => new URL(call.url).searchParams.get('bytes'));
    expect(calls[0]!.url.startsWith('https://sync.example/api/probe?')).toBe(true);
    expect(bytes).toEqual(['0', '0', '262144']);
    expect(calls.map((call) => call.init.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('counts pings that time out or fail as lost, and never hangs', async () => {
    const { deps } = network(['hang', ok(100), 'hang', 'error', ok(140), ok(90), 'hang']);
    const result = await probeNetwork({ target: staticTarget, deps });
    expect(result.probe).toMatchObject({
      sent: 5,
      received: 3,
      roundTripMs: 110,
      lossPercent: 40,
      downloadKbps: null,
      isDownloadComplete: false,
    });
  });

  it('a backend that never answers gives 100 % loss and no figures', async () => {
    const { deps } = network(Array(7).fill('hang'));
    const result = await probeNetwork({ target: serverTarget, deps });
    expect(result.probe).toMatchObject({
      sent: 5,
      received: 0,
      roundTripMs: null,
      jitterMs: null,
      lossPercent: 100,
      downloadKbps: null,
    });
  });

  it('a download that stalls is measured by what arrived, as incomplete', async () => {
    const { deps } = network([
      ok(10),
      ok(10),
      { ms: 0, answer: () => response(200, [4000], true) },
    ]);
    let clock = 0;
    const result = await probeNetwork({
      target: staticTarget,
      pings: 1,
      downloadTimeoutMs: 4000,
      deps: { ...deps, now: () => (clock += 1000) },
    });
    expect(result.probe?.isDownloadComplete).toBe(false);
    expect(result.probe?.downloadKbps).toBeGreaterThan(0);
  });

  it('a download the server refuses gives no throughput figure', async () => {
    const { deps } = network([ok(10), ok(10), { ms: 5, answer: () => response(404) }]);
    const result = await probeNetwork({ target: serverTarget, pings: 1, deps });
    expect(result.probe).toMatchObject({ received: 1, downloadKbps: null });
  });

  it('gives each request its own timeout', async () => {
    const timers = nextTaskTimers();
    const { deps } = network([ok(1), ok(1), ok(1, [10])]);
    await probeNetwork({
      target: staticTarget,
      pings: 1,
      pingTimeoutMs: 700,
      downloadTimeoutMs: 3000,
      deps: { ...deps, timers },
    });
    expect(timers.delays).toEqual([700, 700, 3000]);
  });
});
