import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedServer } from '../src/start-server';
import { post, pullBody, testDatabases } from './harness';

const CSRF = { 'x-requested-with': 'agent-workbench' };

/** The `awb_refresh=…` pair of a Set-Cookie header, for sending back as Cookie. */
function refreshCookie(headers: Headers): string {
  const header = headers.get('set-cookie') ?? '';
  const match = /awb_refresh=([^;]*)/.exec(header);
  if (!match) throw new Error(`no refresh cookie in "${header}"`);
  return `awb_refresh=${match[1]}`;
}

describe.each(testDatabases())('auth on $name', (database) => {
  let server: StartedServer;
  const credentials = { employeeNumber: 'A-100', password: 'correct horse' };

  beforeAll(async () => {
    server = await database.start();
    await server.admin.createAgent({ agentId: 'auth-agent', orgId: 'auth-org', ...credentials });
  });
  afterAll(() => server.close());

  const login = (body: unknown) => post(`${server.url}/api/auth/login`, body);

  it('logs in with a 15-minute access token and an HttpOnly refresh cookie', async () => {
    const answer = await login(credentials);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      agentId: 'auth-agent',
      expiresInSeconds: 900,
    });
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^awb_refresh=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api/auth');
    // Loopback serves plain http, so the cookie cannot be Secure there.
    expect(cookie).not.toContain('Secure');
  });

  it.each([
    [{ ...credentials, password: 'wrong' }],
    [{ employeeNumber: 'nobody', password: 'correct horse' }],
  ])('answers 401 auth to wrong credentials %#', async (body) => {
    const answer = await login(body);
    expect(answer).toMatchObject({ status: 401, body: { error: 'auth' } });
    expect(answer.headers.get('set-cookie')).toBeNull();
  });

  it('answers 400 to a malformed login body', async () => {
    expect((await login({ employeeNumber: 1 })).status).toBe(400);
    expect((await login('not json')).status).toBe(400);
  });

  const refresh = (cookie: string, headers: Record<string, string> = CSRF) =>
    post<{ accessToken?: string }>(`${server.url}/api/auth/refresh`, {}, { cookie, ...headers });

  it('refreshes with rotation, detects reuse, and needs the CSRF header', async () => {
    const first = refreshCookie((await login(credentials)).headers);

    expect(await refresh(first, {})).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    const rotated = await refresh(first);
    expect(rotated.status).toBe(200);
    expect(rotated.body.accessToken).toBeTypeOf('string');
    const second = refreshCookie(rotated.headers);
    expect(second).not.toBe(first);
    const third = refreshCookie((await refresh(second)).headers);

    // The first token comes back after the second was presented: two parties hold the family,
    // so all of it is revoked.
    expect(await refresh(first)).toMatchObject({ status: 401, body: { error: 'auth' } });
    expect((await refresh(third)).status).toBe(401);
    expect((await refresh('awb_refresh=forged')).status).toBe(401);
    expect((await refresh('')).status).toBe(401);
  });

  it('keeps the agent signed in when a killed browser lost its rotated cookies', async () => {
    const onDisk = refreshCookie((await login(credentials)).headers);
    // Each start rotates the token, and each time the browser dies before writing the new cookie.
    const lost: string[] = [];
    for (let start = 0; start < 3; start += 1) {
      const answer = await refresh(onDisk);
      expect(answer.status).toBe(200);
      lost.push(refreshCookie(answer.headers));
    }
    // The cookie of the last start reaches the disk this time and is used…
    const kept = refreshCookie((await refresh(lost[2]!)).headers);
    expect((await refresh(kept)).status).toBe(200);
    // …after which the old cookie is a stolen one: a later token of its chain was presented.
    expect((await refresh(onDisk)).status).toBe(401);
  });

  it('revokes the family when an old token returns after a later one was presented', async () => {
    const stolen = refreshCookie((await login(credentials)).headers);
    const owners = refreshCookie((await refresh(stolen)).headers);
    const next = refreshCookie((await refresh(owners)).headers);
    expect((await refresh(stolen)).status).toBe(401);
    expect((await refresh(next)).status).toBe(401);
  });

  it('logs out: revokes the refresh token and clears the cookie', async () => {
    const cookie = refreshCookie((await login(credentials)).headers);
    expect((await post(`${server.url}/api/auth/logout`, {}, { cookie })).status).toBe(403);
    const logout = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, ...CSRF },
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/awb_refresh=;.*Expires=Thu, 01 Jan 1970/);
    expect((await post(`${server.url}/api/auth/refresh`, {}, { cookie, ...CSRF })).status).toBe(
      401,
    );
  });

  it('accepts only valid Bearer tokens on the sync endpoints', async () => {
    const { body } = await login(credentials);
    const token = (body as { accessToken: string }).accessToken;
    const pull = (authorization?: string) =>
      post(
        `${server.url}/api/sync/pull`,
        pullBody('cg-auth', null),
        authorization ? { authorization } : {},
      );
    expect((await pull(`Bearer ${token}`)).status).toBe(200);
    expect(await pull()).toMatchObject({ status: 401, body: { error: 'auth' } });
    expect((await pull(`Bearer ${token.slice(0, -2)}xx`)).status).toBe(401);
    expect((await pull(`Basic ${token}`)).status).toBe(401);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'someone-else', iss: 'x', aud: 'y', exp: 9_999_999_999 }),
    ).toString('base64url');
    expect((await pull(`Bearer ${header}.${forged}.${signature}`)).status).toBe(401);
  });

  it('answers health checks', async () => {
    const answer = await fetch(`${server.url}/api/health`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 'ok' });
  });
});
