/**
 * The agent's session with the reference server (SYNC.md §3.6): the short-lived access token lives
 * only in this closure, never in localStorage or IndexedDB; the refresh credential is an HttpOnly
 * cookie the browser keeps, so every auth request is sent with `credentials: 'include'`.
 */
import { SyncError, type SyncErrorKind } from './sync-adapter';

/** What listeners and the UI see; never the token itself. */
export interface HttpSessionState {
  isSignedIn: boolean;
  agentId: string | null;
}

export interface HttpSession {
  /**
   * Exchanges credentials for an access token (the server also sets the refresh cookie).
   * Rejects with `SyncError('auth')` on wrong credentials, `offline`/`network` when unreachable.
   */
  signIn(employeeNumber: string, password: string): Promise<HttpSessionState>;
  /**
   * Forgets the token on this device at once, then asks the server to revoke the refresh cookie.
   * Rejects with a `SyncError` when the server could not be told; the device is signed out anyway.
   */
  signOut(): Promise<void>;
  /**
   * Gets a new access token through the refresh cookie; concurrent calls share one request.
   * A refusal (401, or a session that now belongs to another agent) signs the session out and
   * rejects with `SyncError('auth')`; a transport failure keeps the session and rejects as such.
   */
  refresh(): Promise<string>;
  /** The current access token, or null when there is none or it is about to expire. */
  getAccessToken(): string | null;
  getAgentId(): string | null;
  isSignedIn(): boolean;
  /** Calls `listener` after every change of state; returns the unsubscribe function. */
  subscribe(listener: (state: HttpSessionState) => void): () => void;
}

export interface HttpSessionOptions {
  /** Origin (and optional path prefix) of the server, e.g. `https://sync.example.com`. */
  baseUrl: string;
  /**
   * The agent this session is for (a workspace belongs to one agent). The refresh cookie is
   * shared by every tab of the browser, so without this a session resumed after a reload would
   * accept whichever agent signed in last; with it, another agent's answer is refused as `auth`.
   */
  agentId?: string | undefined;
  fetch?: typeof globalThis.fetch;
  /** Clock for token expiry, in epoch milliseconds. */
  now?: () => number;
  /** Whether the device believes it has a connection; only `false` is trusted. */
  isOnline?: () => boolean;
  /** Gives up on an auth request after this long. */
  timeoutMs?: number;
}

/** A token this close to its expiry is treated as expired (at most half its lifetime). */
const TOKEN_EXPIRY_MARGIN_MS = 10_000;
/** Required by the server on cookie-authenticated endpoints (CSRF protection, SYNC.md §3.6). */
export const REQUESTED_WITH_HEADER = { 'X-Requested-With': 'agent-workbench' } as const;

/** `navigator.onLine`, where there is a navigator; `true` means only "maybe". */
export function isNavigatorOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** Joins `baseUrl` and an absolute API path without doubling or dropping the slash. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds or an HTTP date (RFC 9110
 * §10.2.3). Undefined when absent or unreadable; a date in the past means no wait.
 */
export function parseRetryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  if (!/[a-z]/i.test(value)) return undefined;
  const atMs = Date.parse(value);
  return Number.isNaN(atMs) ? undefined : Math.max(0, atMs - nowMs);
}

/**
 * Why a fetch produced no response: the caller's abort, our own timeout, no connection (only
 * when the browser says so), or anything else on the way (DNS, reset, CORS, redirect).
 */
export function syncErrorFromFetchFailure(
  error: unknown,
  {
    isAborted,
    hasTimedOut,
    isOnline,
  }: { isAborted: boolean; hasTimedOut: boolean; isOnline: boolean },
): SyncError {
  if (error instanceof SyncError) return error;
  if (hasTimedOut) return new SyncError('timeout', 'no answer in time');
  if (isAborted) return new SyncError('network', 'aborted');
  if (!isOnline) return new SyncError('offline', 'no connection');
  return new SyncError('network', error instanceof Error ? error.message : String(error));
}

/** Reads a body as JSON; undefined when it is empty or not JSON. */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The `error` code of a JSON error body (`{ error: 'forbidden' }`), if there is one. */
export function errorCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  return typeof body.error === 'string' ? body.error : undefined;
}

interface Grant {
  accessToken: string;
  agentId: string;
  /** When to stop using the token: shortly before it expires, so it never dies in flight. */
  renewAtMs: number;
}

function readGrant(body: unknown, nowMs: number): Grant {
  if (typeof body === 'object' && body !== null) {
    const { accessToken, agentId, expiresInSeconds } = body as Record<string, unknown>;
    if (
      typeof accessToken === 'string' &&
      accessToken !== '' &&
      typeof agentId === 'string' &&
      agentId !== '' &&
      typeof expiresInSeconds === 'number' &&
      Number.isFinite(expiresInSeconds) &&
      expiresInSeconds > 0
    ) {
      const lifetimeMs = expiresInSeconds * 1_000;
      const marginMs = Math.min(TOKEN_EXPIRY_MARGIN_MS, lifetimeMs / 2);
      return { accessToken, agentId, renewAtMs: nowMs + lifetimeMs - marginMs };
    }
  }
  throw new SyncError('invalid-response', 'auth response without a token');
}

/** Status of an auth endpoint → error kind. 400 on sign-in is a malformed credential, so `auth`. */
function authFailureKind(status: number): SyncErrorKind {
  if (status === 400 || status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  return 'server';
}

/** Creates a signed-out session; call `refresh()` at start-up to resume one from the cookie. */
export function createHttpSession({
  baseUrl,
  agentId: pinnedAgentId,
  fetch = globalThis.fetch.bind(globalThis),
  now = Date.now,
  isOnline = isNavigatorOnline,
  timeoutMs = 30_000,
}: HttpSessionOptions): HttpSession {
  const listeners = new Set<(state: HttpSessionState) => void>();
  let grant: Grant | null = null;
  let agentId: string | null = null;
  /** After an explicit sign-out, the cookie may outlive a failed logout; never revive it. */
  let hasSignedOut = false;
  /** Bumped by sign-in and sign-out so a refresh that started before them cannot overwrite them. */
  let generation = 0;
  let refreshing: Promise<string> | null = null;

  const state = (): HttpSessionState => ({ isSignedIn: agentId !== null, agentId });

  function setSession(next: Grant | null): void {
    const before = agentId;
    grant = next;
    agentId = next?.agentId ?? null;
    // Token renewals are not news to listeners; a change of agent or of signed-in state is.
    if (before !== agentId) for (const listener of listeners) listener(state());
  }

  /** POSTs to an auth endpoint with the cookie; resolves with the JSON body of a 2xx. */
  async function postAuth(path: string, body?: unknown): Promise<unknown> {
    const controller = new AbortController();
    let hasTimedOut = false;
    const timer = setTimeout(() => {
      hasTimedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await fetch(joinUrl(baseUrl, path), {
        method: 'POST',
        credentials: 'include',
        redirect: 'error',
        headers: {
          Accept: 'application/json',
          ...REQUESTED_WITH_HEADER,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: controller.signal,
      });
      const parsed = tryParseJson(await response.text());
      if (response.ok) return parsed;
      const code = errorCodeOf(parsed) ?? String(response.status);
      throw new SyncError(
        authFailureKind(response.status),
        `${path}: ${code}`,
        parseRetryAfterMs(response.headers.get('Retry-After'), now()),
      );
    } catch (error) {
      throw syncErrorFromFetchFailure(error, {
        isAborted: controller.signal.aborted,
        hasTimedOut,
        isOnline: isOnline(),
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** After a sign-in or sign-out overtook a refresh, its caller gets whatever holds now. */
  function overtakenResult(): string {
    if (grant === null) throw new SyncError('auth', 'signed out during refresh');
    return grant.accessToken;
  }

  async function requestRefresh(): Promise<string> {
    if (hasSignedOut) throw new SyncError('auth', 'signed out');
    const started = generation;
    let next: Grant;
    try {
      next = readGrant(await postAuth('/api/auth/refresh'), now());
    } catch (error) {
      if (started !== generation) return overtakenResult();
      if (error instanceof SyncError && error.kind === 'auth') setSession(null);
      throw error;
    }
    if (started !== generation) return overtakenResult();
    // The cookie is shared by every tab: another tab may have signed in as someone else, and
    // agent A's outbox must never travel with agent B's token (SYNC.md §3.7).
    const expectedAgentId = agentId ?? pinnedAgentId;
    if (expectedAgentId !== undefined && next.agentId !== expectedAgentId) {
      setSession(null);
      throw new SyncError('auth', 'the session now belongs to another agent');
    }
    setSession(next);
    return next.accessToken;
  }

  return {
    async signIn(employeeNumber, password) {
      generation += 1;
      const started = generation;
      const next = readGrant(
        await postAuth('/api/auth/login', { employeeNumber, password }),
        now(),
      );
      if (started !== generation) throw new SyncError('auth', 'session changed during sign-in');
      if (pinnedAgentId !== undefined && next.agentId !== pinnedAgentId) {
        throw new SyncError('auth', 'these credentials belong to another agent');
      }
      hasSignedOut = false;
      // A different agent on this device starts from a clean slate, not a renewed token.
      if (agentId !== null && agentId !== next.agentId) setSession(null);
      setSession(next);
      return state();
    },

    async signOut() {
      generation += 1;
      hasSignedOut = true;
      setSession(null);
      await postAuth('/api/auth/logout');
    },

    refresh() {
      refreshing ??= requestRefresh().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },

    getAccessToken() {
      if (grant === null || now() >= grant.renewAtMs) return null;
      return grant.accessToken;
    },

    getAgentId: () => agentId,
    isSignedIn: () => agentId !== null,

    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
