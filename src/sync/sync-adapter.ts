/**
 * The pluggable transport of sync (SYNC.md §4.5). The engine owns Dexie, the outbox, validation,
 * backoff and locking; an adapter only moves requests and responses, and reports failures as a
 * `SyncError` so the engine can choose between retrying, shrinking the batch and stopping.
 */
import type { AttachmentRef } from '@/domain/escalation/escalation';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '@/domain/sync/protocol';

export type SyncErrorKind =
  /** No connection; retry with backoff. */
  | 'offline'
  /** The request failed on the way (reset, DNS, CORS); retry with backoff. */
  | 'network'
  /** No answer in time; retry with backoff. */
  | 'timeout'
  /** 5xx or 503 with Retry-After; retry with backoff, honouring `retryAfterMs`. */
  | 'server'
  /** 429; honour `retryAfterMs`. */
  | 'rate-limited'
  /** 401 the adapter could not fix by refreshing its token; stop and ask the agent. */
  | 'auth'
  /** 403 (wrong agent, revoked device); stop and report. */
  | 'forbidden'
  /** 426/409: this build is too old or too new for the server; stop, keep the outbox. */
  | 'version-not-supported'
  /** The server lost this client group; the outbox must be re-registered. */
  | 'client-state-not-found'
  /** 413: the engine halves the batch. */
  | 'payload-too-large'
  /** The response failed validation; raised by the engine, never stored. */
  | 'invalid-response';

/** The only error an adapter may reject with. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** How long the server asked the client to wait (Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface SyncRequestOptions {
  /** Aborted when the engine stops or the request times out; the adapter should give up then. */
  signal: AbortSignal;
}

/**
 * Moves sync requests to a system of record and back. Implementations resolve with the server's
 * answer as received (the engine validates it) or reject with a `SyncError`; they never retry,
 * cache or reorder on their own, and every implementation runs `test/sync-adapter-contract.ts`.
 *
 * @example
 * ```ts
 * const adapter: SyncAdapter = {
 *   name: 'http',
 *   async push(request, { signal }) {
 *     const response = await fetch('/sync/push', { method: 'POST', body: JSON.stringify(request), signal })
 *       .catch(() => { throw new SyncError('network', 'push failed'); });
 *     if (response.status === 413) throw new SyncError('payload-too-large', 'batch too large');
 *     return response.json();
 *   },
 *   async pull(request, { signal }) { … },
 *   async uploadAttachment(ref, blob, { signal }) { … PUT the bytes … },
 * };
 * ```
 */
export interface SyncAdapter {
  /** Shown in diagnostics and logs, e.g. `'local'` or `'http'`. */
  readonly name: string;
  /**
   * Delivers mutations in ascending `seq` order. The response's `lastMutationSeq` is the highest
   * seq the server has durably processed for this client group; seqs above it were not processed
   * and will be sent again. Delivery is at least once: a repeated mutation answers `duplicate`.
   */
  push(request: PushRequest, options: SyncRequestOptions): Promise<PushResponse>;
  /**
   * Fetches one page of changes after `request.cursor` (`null`: everything). The returned cursor
   * is opaque; `reset: true` tells the client to drop its employer-owned rows first.
   */
  pull(request: PullRequest, options: SyncRequestOptions): Promise<PullResponse>;
  /**
   * Stores an attachment's bytes on the system of record under `ref.sha256` (content-addressed).
   * Idempotent: sending bytes the server already holds for this agent resolves as well. The engine
   * calls it before pushing a mutation that references the attachment; a server that does not hold
   * the bytes yet stops the push before that mutation (a transient stop, tried again later).
   */
  uploadAttachment(ref: AttachmentRef, blob: Blob, options: SyncRequestOptions): Promise<void>;
  /**
   * Optional server poke (SSE, WebSocket): calls `onPoke` when there may be something to pull.
   * Only a hint; correctness never depends on it. Returns the unsubscribe function.
   */
  subscribe?(onPoke: () => void): () => void;
}
