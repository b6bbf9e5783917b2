import { describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION, type PullRequest, type PushRequest } from '@/domain/sync/protocol';
import type { HttpSession } from '@/sync/http-session';
import { SyncError } from '@/sync/sync-adapter';
import { createHttpAdapter, type HttpAdapterOptions } from './http-adapter';
import { json, scriptedFetch, type Call, type Reply } from '../../../test/scripted-fetch';

const NOW_MS = Date.parse('2026-11-22T08:30:00.000Z');

const PUSH: PushRequest = {
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: 2,
  clientGroupId: 'cg-1',
  mutations: [],
};
const PULL: PullRequest = {
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: 2,
  clientGroupId: 'cg-1',
  cursor: null,
  limit: 100,
};
const PULL_RESPONSE = {
  cursor: 'c1',
  reset: true,
  changes: [],
  hasMore: false,
  lastMutationSeq: 0,
};

/** A session holding `token`; each refresh yields the next of `refreshes` (an Error rejects). */
function stubSession(token: string | null, refreshes: (string | Error)[] = []) {
  let current = token;
  const refresh = vi.fn(async () => {
    const next = refreshes.shift();
    if (next === undefined) throw new Error('unexpected refresh');
    if (next instanceof Error) throw next;
    current = next;
    return next;
  });
  const session: HttpSession = {
    signIn: () => Promise.reject(new Error('not used')),
    signOut: () => Promise.resolve(),
    refresh,
    getAccessToken: () => current,
    getAgentId: () => 'agent-1',
    isSignedIn: () => true,
    subscribe: () => () => {},
  };
  return { session, refresh };
}

function makeAdapter(
  replies: Reply[],
  session: HttpSession = stubSession('token-1').session,
  options: Partial<HttpAdapterOptions> = {},
) {
  const { fetch, calls } = scriptedFetch(replies);
  const adapter = createHttpAdapter({
    baseUrl: 'https://sync.example.test/',
    session,
    fetch,
    now: () => NOW_MS,
    ...options,
  });
  return { adapter, calls };
}

const signal = new AbortController().signal;
const bearerOf = (call: Call | undefined) => new Headers(call?.init.headers).get('Authorization');

describe('createHttpAdapter', () => {
  it('POSTs the request as JSON with the bearer token and returns the body as received', async () => {
    const odd = { lastMutationSeq: 'not checked here', extra: [1] };
    const { adapter, calls } = makeAdapter([json(200, odd), json(200, PULL_RESPONSE)]);

    await expect(adapter.push(PUSH, { signal })).resolves.toEqual(odd);
    await expect(adapter.pull(PULL, { signal })).resolves.toEqual(PULL_RESPONSE);

    expect(calls.map((call) => call.url)).toEqual([
      'https://sync.example.test/api/sync/push',
      'https://sync.example.test/api/sync/pull',
    ]);
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(PUSH);
    expect(new Headers(calls[0]?.init.headers).get('Content-Type')).toBe('application/json');
    expect(bearerOf(calls[0])).toBe('Bearer token-1');
  });

  it('PUTs attachment bytes under their hash with the picture’s type, refreshing once on 401', async () => {
    const ref = {
      sha256: 'ab'.repeat(32),
      contentType: 'image/webp' as const,
      size: 3,
      name: 'shot.webp',
    };
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' });
    const { session, refresh } = stubSession('stale', ['token-2']);
    const { adapter, calls } = makeAdapter(
      [json(401, { error: 'auth' }), json(201, { sha256: ref.sha256, size: 3 })],
      session,
    );

    await expect(adapter.uploadAttachment(ref, blob, { signal })).resolves.toBeUndefined();

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(calls.map((call) => [call.url, call.init.method, bearerOf(call)])).toEqual([
      [`https://sync.example.test/api/attachments/${ref.sha256}`, 'PUT', 'Bearer stale'],
      [`https://sync.example.test/api/attachments/${ref.sha256}`, 'PUT', 'Bearer token-2'],
    ]);
    expect(calls[1]?.init.body).toBe(blob);
    expect(new Headers(calls[1]?.init.headers).get('Content-Type')).toBe('image/webp');
  });

  it.each([
    [400, 'server'],
    [413, 'payload-too-large'],
  ])('turns a refused upload (%i) into a SyncError of kind %s', async (status, kind) => {
    const ref = { sha256: 'cd'.repeat(32), contentType: 'image/png' as const, size: 1, name: 'x' };
    const { adapter } = makeAdapter([json(status, { error: 'bad-request' })]);
    const blob = new Blob([new Uint8Array([1])], { type: 'image/png' });
    await expect(adapter.uploadAttachment(ref, blob, { signal })).rejects.toMatchObject({ kind });
  });

  it.each([
    [401, { error: 'auth' }, {}, 'auth', undefined],
    [403, { error: 'forbidden' }, {}, 'forbidden', undefined],
    [413, { error: 'payload-too-large' }, {}, 'payload-too-large', undefined],
    [426, { error: 'version-not-supported' }, {}, 'version-not-supported', undefined],
    [409, { error: 'version-not-supported' }, {}, 'version-not-supported', undefined],
    [409, { error: 'conflict' }, {}, 'server', undefined],
    [410, {}, {}, 'client-state-not-found', undefined],
    [404, { error: 'client-state-not-found' }, {}, 'client-state-not-found', undefined],
    [429, { error: 'rate-limited' }, { 'Retry-After': '30' }, 'rate-limited', 30_000],
    [
      429,
      { error: 'rate-limited' },
      { 'Retry-After': 'Sun, 22 Nov 2026 08:32:00 GMT' },
      'rate-limited',
      120_000,
    ],
    [429, 'Too Many Requests', {}, 'rate-limited', undefined],
    [503, { error: 'server' }, { 'Retry-After': '5' }, 'server', 5_000],
    [500, { error: 'server' }, {}, 'server', undefined],
    [502, '<html>Bad gateway</html>', {}, 'server', undefined],
    [503, { error: 'client-state-not-found' }, {}, 'server', undefined],
    [400, { error: 'bad-request' }, {}, 'server', undefined],
    [404, 'Not Found', {}, 'server', undefined],
    [413, { error: 'payload-too-large' }, { 'Retry-After': '5' }, 'payload-too-large', undefined],
  ])(
    'maps HTTP %i %j (headers %j) to %s, retry after %j ms',
    async (status, body, headers, kind, retryAfterMs) => {
      const response = () =>
        typeof body === 'string'
          ? new Response(body, { status, headers })
          : json(status, body, headers);
      // A 401 earns exactly one refresh and one retry before it counts.
      const replies = status === 401 ? [response(), response()] : [response()];
      const { session } = stubSession('token-1', ['token-2']);
      const { adapter } = makeAdapter(replies, session);
      const error = await adapter.pull(PULL, { signal }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncError);
      expect(error).toMatchObject({ kind, retryAfterMs });
    },
  );

  it.each([
    ['an HTML page', '<!doctype html><p>Sign in</p>'],
    ['a truncated body', '{"cursor":"c1","changes":['],
    ['an empty body', ''],
  ])('refuses a 200 with %s as an invalid response', async (_, text) => {
    const { adapter } = makeAdapter([new Response(text, { status: 200 })]);
    await expect(adapter.pull(PULL, { signal })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('refreshes first when the session has no token', async () => {
    const { session, refresh } = stubSession(null, ['fresh']);
    const { adapter, calls } = makeAdapter([json(200, PULL_RESPONSE)], session);
    await expect(adapter.pull(PULL, { signal })).resolves.toEqual(PULL_RESPONSE);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(bearerOf(calls[0])).toBe('Bearer fresh');
  });

  it('refreshes once on 401 and sends again with the new token', async () => {
    const { session, refresh } = stubSession('stale', ['fresh']);
    const { adapter, calls } = makeAdapter(
      [json(401, { error: 'auth' }), json(200, PULL_RESPONSE)],
      session,
    );
    await expect(adapter.pull(PULL, { signal })).resolves.toEqual(PULL_RESPONSE);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(calls.map(bearerOf)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('does not refresh twice for one request: a token just refreshed that fails is auth', async () => {
    const { session, refresh } = stubSession(null, ['fresh', 'fresher']);
    const { adapter, calls } = makeAdapter([json(401, { error: 'auth' })], session);
    await expect(adapter.push(PUSH, { signal })).rejects.toMatchObject({ kind: 'auth' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(1);
  });

  it('retries with a token another request already renewed instead of refreshing again', async () => {
    let current = 'stale';
    const { session, refresh } = stubSession('stale');
    session.getAccessToken = () => current;
    const renewElsewhere = async () => {
      current = 'renewed-elsewhere';
      return json(401, { error: 'auth' });
    };
    const { adapter, calls } = makeAdapter([renewElsewhere, json(200, PULL_RESPONSE)], session);
    await expect(adapter.pull(PULL, { signal })).resolves.toEqual(PULL_RESPONSE);
    expect(refresh).not.toHaveBeenCalled();
    expect(bearerOf(calls[1])).toBe('Bearer renewed-elsewhere');
  });

  it.each([
    ['auth', new SyncError('auth', 'refresh refused')],
    ['offline', new SyncError('offline', 'no connection')],
    ['server', new SyncError('server', 'HTTP 503', 1_000)],
  ])('passes a failed refresh on as %s without sending the request', async (kind, failure) => {
    const { session } = stubSession(null, [failure]);
    const { adapter, calls } = makeAdapter([], session);
    await expect(adapter.push(PUSH, { signal })).rejects.toMatchObject({ kind });
    expect(calls).toHaveLength(0);
  });

  it('reports a failed fetch as network, or offline when the browser says so', async () => {
    const online = makeAdapter([new TypeError('fetch failed')]);
    await expect(online.adapter.push(PUSH, { signal })).rejects.toMatchObject({ kind: 'network' });

    const offline = makeAdapter([new TypeError('Failed to fetch')], undefined, {
      isOnline: () => false,
    });
    await expect(offline.adapter.push(PUSH, { signal })).rejects.toMatchObject({
      kind: 'offline',
    });
  });

  it('sends nothing when the engine has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { adapter, calls } = makeAdapter([json(200, PULL_RESPONSE)]);
    await expect(adapter.pull(PULL, { signal: controller.signal })).rejects.toMatchObject({
      kind: 'network',
    });
    expect(calls).toHaveLength(0);
  });

  const hang = (init: RequestInit) =>
    new Promise<Response>((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
    );

  it('gives up as network when the engine aborts mid-request', async () => {
    const controller = new AbortController();
    const { adapter, calls } = makeAdapter([hang]);
    const pulled = adapter.pull(PULL, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    await expect(pulled).rejects.toMatchObject({ kind: 'network' });
  });

  it('gives up as timeout when the server does not answer in time', async () => {
    const { adapter } = makeAdapter([hang], undefined, { timeoutMs: 5 });
    await expect(adapter.push(PUSH, { signal })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('counts a refresh that hangs against the same timeout', async () => {
    const { session } = stubSession(null);
    session.refresh = () => new Promise<string>(() => {});
    const { adapter, calls } = makeAdapter([], session, { timeoutMs: 5 });
    await expect(adapter.push(PUSH, { signal })).rejects.toMatchObject({ kind: 'timeout' });
    expect(calls).toHaveLength(0);
  });
});
