/**
 * A `SyncAdapter` in front of the memory server, with the network between them made scriptable:
 * each queued fault shapes the next request (lost before the server, lost after the commit, 5xx,
 * 503 with Retry-After, 413, a replayed request, a corrupted body). Requests and responses cross
 * as JSON, like over HTTP, so neither side can keep a reference into the other.
 */
import { readBlobBytes } from '@/data/attachment-bytes';
import type { PullResponse, PushResponse } from '@/domain/sync/protocol';
import { SyncError, type SyncAdapter, type SyncRequestOptions } from '@/sync/sync-adapter';
import type { MemoryServer } from './memory-server';

type Corruption<T> = { corrupt: (response: T) => unknown };

export type PushFault =
  | 'offline'
  | 'fail-before-server'
  | 'lose-response-after-commit'
  | 'server-error'
  | 'unavailable'
  | 'payload-too-large'
  /** The network delivers the previous push again just before this one. */
  | 'replay-previous-request'
  /** This push reaches the server twice; the client sees the second answer. */
  | 'deliver-twice'
  /** The server processes only the first mutation and answers for it (it stopped early). */
  | 'stop-after-first'
  /** The server commits, then the body is mangled on the way back. */
  | Corruption<PushResponse>;

export type PullFault =
  'offline' | 'fail-before-server' | 'server-error' | 'unavailable' | Corruption<PullResponse>;

export type UploadFault =
  'offline' | 'fail-before-server' | 'server-error' | 'unavailable' | 'lose-response-after-commit';

export interface MemoryServerAdapter extends SyncAdapter {
  /** Queues a fault for the next push; faults are used in order, one per request. */
  failNextPush(fault: PushFault): void;
  failNextPull(fault: PullFault): void;
  failNextUpload(fault: UploadFault): void;
  /** Drops faults queued for requests that never came. */
  clearFaults(): void;
  /** While offline every request fails with `offline` before reaching the server. */
  setOffline(isOffline: boolean): void;
  /** Requests sent so far and the most that were in flight at once. */
  readonly traffic: { pushes: number; pulls: number; uploads: number; maxInFlight: number };
}

export interface MemoryServerAdapterOptions {
  /** The agent the adapter's token belongs to. */
  agentId: string;
  /** Retry-After of an injected 503. */
  retryAfterMs?: number;
  /** Simulated network time, awaited before and after the server handles a request. */
  latency?: () => Promise<void>;
}

const toWire = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

/** An adapter speaking to `server` with `agentId`'s credentials. */
export function createMemoryServerAdapter(
  server: MemoryServer,
  { agentId, retryAfterMs = 2_000, latency = () => Promise.resolve() }: MemoryServerAdapterOptions,
): MemoryServerAdapter {
  const pushFaults: PushFault[] = [];
  const pullFaults: PullFault[] = [];
  const uploadFaults: UploadFault[] = [];
  const traffic = { pushes: 0, pulls: 0, uploads: 0, maxInFlight: 0 };
  let inFlight = 0;
  let isOffline = false;
  let previousPush: unknown;

  /** Runs one request: network time, the fault that applies before the server, the server, back. */
  async function exchange<T>(
    signal: AbortSignal,
    fault: PushFault | PullFault | UploadFault | undefined,
    handle: () => T,
  ): Promise<T> {
    if (signal.aborted) throw new SyncError('network', 'aborted');
    inFlight += 1;
    traffic.maxInFlight = Math.max(traffic.maxInFlight, inFlight);
    try {
      await latency();
      if (isOffline || fault === 'offline') throw new SyncError('offline', 'no connection');
      if (fault === 'fail-before-server') throw new SyncError('network', 'connection reset');
      if (fault === 'server-error') throw new SyncError('server', '500');
      if (fault === 'unavailable') throw new SyncError('server', '503', retryAfterMs);
      if (fault === 'payload-too-large') throw new SyncError('payload-too-large', '413');
      const response = toWire(handle());
      await latency();
      if (signal.aborted || fault === 'lose-response-after-commit') {
        throw new SyncError('network', 'response lost');
      }
      return typeof fault === 'object' ? (fault.corrupt(response as never) as T) : response;
    } finally {
      inFlight -= 1;
    }
  }

  return {
    name: 'memory-server',
    traffic,
    failNextPush: (fault) => void pushFaults.push(fault),
    failNextPull: (fault) => void pullFaults.push(fault),
    failNextUpload: (fault) => void uploadFaults.push(fault),
    clearFaults() {
      pushFaults.length = 0;
      pullFaults.length = 0;
      uploadFaults.length = 0;
    },
    setOffline(value) {
      isOffline = value;
    },

    push(request, { signal }: SyncRequestOptions) {
      traffic.pushes += 1;
      const fault = pushFaults.shift();
      return exchange(signal, fault, () => {
        const wire = toWire(request);
        if (fault === 'replay-previous-request' && previousPush !== undefined) {
          try {
            server.push(agentId, previousPush);
          } catch {
            // The replayed request's own answer never reaches anyone.
          }
        }
        previousPush = wire;
        const delivered =
          fault === 'stop-after-first' ? { ...wire, mutations: wire.mutations.slice(0, 1) } : wire;
        const response = server.push(agentId, delivered);
        return fault === 'deliver-twice' ? server.push(agentId, wire) : response;
      });
    },

    pull(request, { signal }: SyncRequestOptions) {
      traffic.pulls += 1;
      return exchange(signal, pullFaults.shift(), () => server.pull(agentId, toWire(request)));
    },

    async uploadAttachment(ref, blob, { signal }: SyncRequestOptions) {
      traffic.uploads += 1;
      const fault = uploadFaults.shift();
      const bytes = await readBlobBytes(blob);
      await exchange(signal, fault, () => server.uploadAttachment(agentId, toWire(ref), bytes));
    },

    subscribe: (onPoke) => server.subscribe(onPoke),
  };
}
