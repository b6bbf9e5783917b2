/**
 * The adapter for the reference server over HTTP: POSTs JSON (and PUTs attachment bytes to
 * `/api/attachments/:sha256`) with the session's bearer token,
 * refreshes the token at most once per request, and turns every failure into a `SyncError` by the
 * retry table of SYNC.md §4.8. Response shapes are the engine's to validate, not this module's.
 *
 * | Answer                                            | SyncError kind            | retryAfterMs |
 * | ------------------------------------------------- | ------------------------- | ------------ |
 * | 2xx, body not JSON                                | `invalid-response`        |              |
 * | 401 (after one refresh), or the refresh refused   | `auth`                    |              |
 * | 403                                               | `forbidden`               |              |
 * | 410, or any 4xx `{error:'client-state-not-found'}` | `client-state-not-found`  |              |
 * | 426, or any 4xx `{error:'version-not-supported'}`  | `version-not-supported`   |              |
 * | 413                                               | `payload-too-large`       |              |
 * | 429                                               | `rate-limited`            | Retry-After  |
 * | 5xx (503 and the rest)                            | `server`                  | Retry-After  |
 * | 400 and any other status                          | `server` (see below)      | Retry-After  |
 * | fetch rejects while `navigator.onLine === false`  | `offline`                 |              |
 * | fetch rejects otherwise (DNS, reset, CORS, 3xx)   | `network`                 |              |
 * | the engine's signal aborts                        | `network`                 |              |
 * | no answer within `timeoutMs`                      | `timeout`                 |              |
 *
 * 400 is `server`, not a halting kind: the request was built by this app from validated outbox
 * rows, so a refusal means client and server disagree (a bug or a deploy in progress). Backoff
 * keeps the outbox and recovers by itself once they agree again; halting would need the agent.
 */
import type { AttachmentRef } from '@/domain/escalation/escalation';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '@/domain/sync/protocol';
import {
  errorCodeOf,
  isNavigatorOnline,
  joinUrl,
  parseRetryAfterMs,
  syncErrorFromFetchFailure,
  tryParseJson,
  type HttpSession,
} from '@/sync/http-session';
import {
  SyncError,
  type SyncAdapter,
  type SyncErrorKind,
  type SyncRequestOptions,
} from '@/sync/sync-adapter';

export interface HttpAdapterOptions {
  /** Origin (and optional path prefix) of the server, e.g. `https://sync.example.com`. */
  baseUrl: string;
  session: HttpSession;
  fetch?: typeof globalThis.fetch;
  /** Gives up on a request (refresh, send and body included) after this long. */
  timeoutMs?: number;
  /** Clock for HTTP-date `Retry-After` values, in epoch milliseconds. */
  now?: () => number;
  /** Whether the device believes it has a connection; only `false` is trusted. */
  isOnline?: () => boolean;
}

const CODE_KINDS: ReadonlyMap<string, SyncErrorKind> = new Map([
  ['client-state-not-found', 'client-state-not-found'],
  ['version-not-supported', 'version-not-supported'],
]);

const STATUS_KINDS: ReadonlyMap<number, SyncErrorKind> = new Map([
  [401, 'auth'],
  [403, 'forbidden'],
  [410, 'client-state-not-found'],
  [413, 'payload-too-large'],
  [426, 'version-not-supported'],
  [429, 'rate-limited'],
]);

/** The error for a non-2xx answer, by the table in this module's header. */
export function syncErrorFromResponse(
  status: number,
  body: unknown,
  retryAfterMs: number | undefined,
): SyncError {
  const code = errorCodeOf(body);
  const isClientError = status >= 400 && status < 500;
  const byCode = isClientError && code !== undefined ? CODE_KINDS.get(code) : undefined;
  const kind = byCode ?? STATUS_KINDS.get(status) ?? 'server';
  const message = `HTTP ${status}${code === undefined ? '' : ` ${code}`}`;
  const carriesDelay = kind === 'rate-limited' || kind === 'server';
  return new SyncError(kind, message, carriesDelay ? retryAfterMs : undefined);
}

/** One request as sent: JSON for sync, raw bytes for an attachment. */
interface Outgoing {
  method: 'POST' | 'PUT';
  path: string;
  body: string | Blob;
  contentType: string;
}

const json = (path: string, request: unknown): Outgoing => ({
  method: 'POST',
  path,
  body: JSON.stringify(request),
  contentType: 'application/json',
});

/** Rejects as soon as `signal` aborts, so an awaited step that ignores signals is not waited for. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Creates the adapter; it holds no state of its own beyond what `session` keeps. */
export function createHttpAdapter({
  baseUrl,
  session,
  fetch = globalThis.fetch.bind(globalThis),
  timeoutMs = 30_000,
  now = Date.now,
  isOnline = isNavigatorOnline,
}: HttpAdapterOptions): SyncAdapter {
  async function sendOnce(
    outgoing: Outgoing,
    token: string,
    signal: AbortSignal,
  ): Promise<{ status: number; text: string; retryAfter: string | null }> {
    const response = await fetch(joinUrl(baseUrl, outgoing.path), {
      method: outgoing.method,
      redirect: 'error',
      headers: {
        Accept: 'application/json',
        'Content-Type': outgoing.contentType,
        Authorization: `Bearer ${token}`,
      },
      body: outgoing.body,
      signal,
    });
    return {
      status: response.status,
      text: await response.text(),
      retryAfter: response.headers.get('Retry-After'),
    };
  }

  /** One exchange: token (refreshing first if there is none), send, one refresh on 401. */
  async function exchange(outgoing: Outgoing, signal: AbortSignal): Promise<unknown> {
    const { path } = outgoing;
    let hasRefreshed = false;
    const refresh = () => {
      hasRefreshed = true;
      return untilAborted(session.refresh(), signal);
    };
    let token = session.getAccessToken() ?? (await refresh());
    let answer = await sendOnce(outgoing, token, signal);
    if (answer.status === 401 && !hasRefreshed) {
      // Another request may already have renewed the token this one was sent with.
      const current = session.getAccessToken();
      token = current !== null && current !== token ? current : await refresh();
      answer = await sendOnce(outgoing, token, signal);
    }
    if (answer.status >= 200 && answer.status < 300) {
      const body = tryParseJson(answer.text);
      if (body === undefined) {
        throw new SyncError('invalid-response', `${path}: HTTP ${answer.status} body is not JSON`);
      }
      return body;
    }
    throw syncErrorFromResponse(
      answer.status,
      tryParseJson(answer.text),
      parseRetryAfterMs(answer.retryAfter, now()),
    );
  }

  /** Runs `exchange` under the engine's signal and this adapter's own timeout. */
  async function send(outgoing: Outgoing, outer: AbortSignal): Promise<unknown> {
    if (outer.aborted) throw new SyncError('network', 'aborted');
    const controller = new AbortController();
    let hasTimedOut = false;
    const abort = () => controller.abort();
    const timer = setTimeout(() => {
      hasTimedOut = true;
      controller.abort();
    }, timeoutMs);
    outer.addEventListener('abort', abort, { once: true });
    try {
      return await exchange(outgoing, controller.signal);
    } catch (error) {
      throw syncErrorFromFetchFailure(error, {
        isAborted: controller.signal.aborted,
        hasTimedOut,
        isOnline: isOnline(),
      });
    } finally {
      clearTimeout(timer);
      outer.removeEventListener('abort', abort);
    }
  }

  return {
    name: 'http',
    // The casts hand the body over unchecked on purpose: the engine validates every response.
    async push(request: PushRequest, { signal }: SyncRequestOptions) {
      return (await send(json('/api/sync/push', request), signal)) as PushResponse;
    },
    async pull(request: PullRequest, { signal }: SyncRequestOptions) {
      return (await send(json('/api/sync/pull', request), signal)) as PullResponse;
    },
    // 200 (held already) and 201 (stored) both mean the server has the bytes; the answer's body
    // carries nothing the engine needs.
    async uploadAttachment(ref: AttachmentRef, blob: Blob, { signal }: SyncRequestOptions) {
      const path = `/api/attachments/${encodeURIComponent(ref.sha256)}`;
      await send({ method: 'PUT', path, body: blob, contentType: ref.contentType }, signal);
    },
  };
}
