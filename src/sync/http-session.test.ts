import { describe, expect, it, vi } from 'vitest';
import { createHttpSession, parseRetryAfterMs, type HttpSessionOptions } from './http-session';
import { SyncError } from './sync-adapter';
import { json, scriptedFetch, type Call, type Reply } from '../../test/scripted-fetch';

const BASE_URL = 'https://sync.example.test/';
const NOW_MS = Date.parse('2026-11-22T08:30:00.000Z');

const grant = (agentId = 'agent-1', accessToken = `token-${agentId}`, expiresInSeconds = 900) =>
  json(200, { accessToken, agentId, expiresInSeconds });

function makeSession(replies: Reply[], options: Partial<HttpSessionOptions> = {}) {
  const { fetch, calls } = scriptedFetch(replies);
  let nowMs = NOW_MS;
  const session = createHttpSession({ baseUrl: BASE_URL, fetch, now: () => nowMs, ...options });
  return { session, calls, advance: (ms: number) => (nowMs += ms) };
}

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

describe('createHttpSession', () => {
  it('signs in with the cookie-carrying request the server expects and keeps the token', async () => {
    const { session, calls } = makeSession([grant()]);
    const listener = vi.fn();
    session.subscribe(listener);

    await expect(session.signIn('NC-0731', 'demo1234')).resolves.toEqual({
      isSignedIn: true,
      agentId: 'agent-1',
    });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://sync.example.test/api/auth/login');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      employeeNumber: 'NC-0731',
      password: 'demo1234',
    });
    expect(header(calls[0], 'X-Requested-With')).toBe('agent-workbench');
    expect(session.getAccessToken()).toBe('token-agent-1');
    expect(session.getAgentId()).toBe('agent-1');
    expect(session.isSignedIn()).toBe(true);
    expect(listener).toHaveBeenCalledWith({ isSignedIn: true, agentId: 'agent-1' });
  });

  it('keeps the access token out of every storage a script can read', async () => {
    const { session } = makeSession([grant('agent-1', 'secret-token')]);
    await session.signIn('NC-0731', 'demo1234');
    const stored = [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => storage.getItem(key)),
    );
    expect(stored.join()).not.toContain('secret-token');
    expect(document.cookie).not.toContain('secret-token');
  });

  it('answers wrong credentials with an auth error and stays signed out', async () => {
    const { session } = makeSession([json(401, { error: 'auth' })]);
    await expect(session.signIn('NC-0731', 'wrong')).rejects.toMatchObject({ kind: 'auth' });
    expect(session.isSignedIn()).toBe(false);
    expect(session.getAccessToken()).toBeNull();
  });

  it.each([
    [json(429, { error: 'rate-limited' }, { 'Retry-After': '30' }), 'rate-limited', 30_000],
    [json(503, { error: 'server' }, { 'Retry-After': '5' }), 'server', 5_000],
    [new Response('<html>oops</html>', { status: 200 }), 'invalid-response', undefined],
    [
      json(200, { accessToken: '', agentId: 'agent-1', expiresInSeconds: 900 }),
      'invalid-response',
      undefined,
    ],
    [new TypeError('Failed to fetch'), 'network', undefined],
  ])('maps a failed sign-in (%#) to %s', async (reply, kind, retryAfterMs) => {
    const { session } = makeSession([reply]);
    const error = await session.signIn('NC-0731', 'demo1234').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ kind, retryAfterMs });
    expect(session.isSignedIn()).toBe(false);
  });

  it('reports offline when the request fails while the browser says it has no connection', async () => {
    const { session } = makeSession([new TypeError('Failed to fetch')], { isOnline: () => false });
    await expect(session.signIn('NC-0731', 'demo1234')).rejects.toMatchObject({ kind: 'offline' });
  });

  it('gives up with a timeout when the server never answers', async () => {
    const hang = (init: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    const { session } = makeSession([hang], { timeoutMs: 5 });
    await expect(session.signIn('NC-0731', 'demo1234')).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('stops handing out the token shortly before it expires', async () => {
    const { session, advance } = makeSession([grant('agent-1', 'short', 60)]);
    await session.signIn('NC-0731', 'demo1234');
    advance(49_000);
    expect(session.getAccessToken()).toBe('short');
    advance(1_000);
    expect(session.getAccessToken()).toBeNull();
    expect(session.isSignedIn()).toBe(true);
  });

  it('resumes a session from the refresh cookie at start-up', async () => {
    const { session, calls } = makeSession([grant('agent-1', 'renewed')]);
    await expect(session.refresh()).resolves.toBe('renewed');
    expect(calls[0]?.url).toBe('https://sync.example.test/api/auth/refresh');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(header(calls[0], 'X-Requested-With')).toBe('agent-workbench');
    expect(session.getAgentId()).toBe('agent-1');
    expect(session.getAccessToken()).toBe('renewed');
  });

  it('renews the token without telling listeners, as the agent did not change', async () => {
    const { session } = makeSession([grant('agent-1', 'first'), grant('agent-1', 'second')]);
    await session.signIn('NC-0731', 'demo1234');
    const listener = vi.fn();
    session.subscribe(listener);
    await session.refresh();
    expect(session.getAccessToken()).toBe('second');
    expect(listener).not.toHaveBeenCalled();
  });

  it('shares one refresh request between concurrent callers', async () => {
    const { session, calls } = makeSession([grant('agent-1', 'renewed')]);
    const tokens = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(tokens).toEqual(['renewed', 'renewed', 'renewed']);
    expect(calls).toHaveLength(1);
  });

  it('signs out when the server refuses the refresh cookie', async () => {
    const { session } = makeSession([grant(), json(401, { error: 'auth' })]);
    await session.signIn('NC-0731', 'demo1234');
    const listener = vi.fn();
    session.subscribe(listener);
    await expect(session.refresh()).rejects.toMatchObject({ kind: 'auth' });
    expect(session.isSignedIn()).toBe(false);
    expect(session.getAccessToken()).toBeNull();
    expect(listener).toHaveBeenCalledWith({ isSignedIn: false, agentId: null });
  });

  it('keeps the session when a refresh fails on the way, so it can be tried again', async () => {
    const { session } = makeSession([grant(), new TypeError('Failed to fetch')]);
    await session.signIn('NC-0731', 'demo1234');
    await expect(session.refresh()).rejects.toMatchObject({ kind: 'network' });
    expect(session.isSignedIn()).toBe(true);
  });

  it('signs out rather than carry on as another agent who signed in from another tab', async () => {
    const { session } = makeSession([grant('agent-1'), grant('agent-2')]);
    await session.signIn('NC-0731', 'demo1234');
    await expect(session.refresh()).rejects.toMatchObject({ kind: 'auth' });
    expect(session.isSignedIn()).toBe(false);
    expect(session.getAccessToken()).toBeNull();
  });

  it('resumes only the agent it is for, whoever signed in last in this browser', async () => {
    const { session } = makeSession([grant('agent-2')], { agentId: 'agent-1' });
    await expect(session.refresh()).rejects.toMatchObject({ kind: 'auth' });
    expect(session.isSignedIn()).toBe(false);
    expect(session.getAccessToken()).toBeNull();
  });

  it('refuses a sign-in as another agent than the one it is for', async () => {
    const { session } = makeSession([grant('agent-2')], { agentId: 'agent-1' });
    await expect(session.signIn('NC-0999', 'demo1234')).rejects.toMatchObject({ kind: 'auth' });
    expect(session.isSignedIn()).toBe(false);
  });

  it('signs out on the device even when the server cannot be told, and never revives', async () => {
    const { session, calls } = makeSession([grant(), new TypeError('Failed to fetch')]);
    await session.signIn('NC-0731', 'demo1234');
    await expect(session.signOut()).rejects.toMatchObject({ kind: 'network' });
    expect(calls[1]?.url).toBe('https://sync.example.test/api/auth/logout');
    expect(header(calls[1], 'X-Requested-With')).toBe('agent-workbench');
    expect(calls[1]?.init.credentials).toBe('include');
    expect(session.isSignedIn()).toBe(false);
    await expect(session.refresh()).rejects.toMatchObject({ kind: 'auth' });
    expect(calls).toHaveLength(2);
  });

  it('refreshes again after signing back in', async () => {
    const { session } = makeSession([
      grant(),
      new Response(null, { status: 204 }),
      grant('agent-1', 'again'),
      grant('agent-1', 'renewed'),
    ]);
    await session.signIn('NC-0731', 'demo1234');
    await session.signOut();
    await session.signIn('NC-0731', 'demo1234');
    await expect(session.refresh()).resolves.toBe('renewed');
  });

  it('lets a sign-in that overtakes a refresh win', async () => {
    let answerRefresh: (response: Response) => void = () => {};
    const slowRefresh = () => new Promise<Response>((resolve) => (answerRefresh = resolve));
    const { session } = makeSession([slowRefresh, grant('agent-1', 'from-sign-in')]);
    const refreshed = session.refresh();
    await session.signIn('NC-0731', 'demo1234');
    answerRefresh(json(401, { error: 'auth' }));
    await expect(refreshed).resolves.toBe('from-sign-in');
    expect(session.getAccessToken()).toBe('from-sign-in');
  });

  it('stops notifying a listener after it unsubscribes', async () => {
    const { session } = makeSession([grant()]);
    const listener = vi.fn();
    session.subscribe(listener)();
    await session.signIn('NC-0731', 'demo1234');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('parseRetryAfterMs', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 7 ', 7_000],
    ['Sun, 22 Nov 2026 08:31:00 GMT', 60_000],
    ['Sun, 22 Nov 2026 08:00:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %j ms', (header, expected) => {
    expect(parseRetryAfterMs(header, NOW_MS)).toBe(expected);
  });
});
