// @vitest-environment node
/**
 * The HTTP adapter and session against the real reference server on loopback (PGlite in memory):
 * the shared adapter contract with a fresh server per case, then sign-in, token refresh through
 * the HttpOnly cookie, and refusals. Node's fetch has no cookie jar, so `cookie-jar-fetch` is one.
 */
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePullResponse, parsePushResponse } from '@/domain/sync/protocol-schemas';
import { PROTOCOL_VERSION, type PullRequest, type PushRequest } from '@/domain/sync/protocol';
import { createHttpAdapter } from '@/sync/adapters/http-adapter';
import { createHttpSession, type HttpSession } from '@/sync/http-session';
import { SyncError, type SyncAdapter } from '@/sync/sync-adapter';
import { startServer, type StartedServer } from '../server/src/start-server';
import { startOnPostgres } from '../server/test/harness';
import { createCookieJarFetch, type CookieJarFetch } from './cookie-jar-fetch';
import { runSyncAdapterContract, type MakeHarness } from './sync-adapter-contract';
import { runSchema5Contract } from './sync-adapter-contract-schema5';
import { AGENT_ID, makeEnvelope, SCHEMA_VERSION } from './sync-builders';

const PASSWORD = 'contract-password';
const EMPLOYEE_NUMBER = 'E-001';
const JWT_SECRET = 'http-adapter-contract-secret';
const signal = new AbortController().signal;

// A contract case boots its own PGlite server (about 2 s), past the unit project's timeouts.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const servers: StartedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

type StartBackend = (options: { jwtSecret: string }) => Promise<StartedServer>;

/** Embedded PGlite always; real PostgreSQL too when TEST_DATABASE_URL names one (as in CI). */
const BACKENDS: { name: string; start: StartBackend }[] = [
  { name: 'PGlite', start: (options) => startServer({ seed: 'none', ...options }) },
];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) {
  BACKENDS.push({ name: 'PostgreSQL', start: (options) => startOnPostgres(postgresUrl, options) });
}

/** A fresh server holding one agent, `AGENT_ID`, whose rows the contract's fixtures are. */
async function startWithAgent(start: StartBackend = BACKENDS[0]!.start): Promise<StartedServer> {
  const server = await start({ jwtSecret: JWT_SECRET });
  await server.admin.createAgent({
    agentId: AGENT_ID,
    orgId: 'org-1',
    employeeNumber: EMPLOYEE_NUMBER,
    password: PASSWORD,
  });
  return server;
}

interface Client {
  session: HttpSession;
  adapter: SyncAdapter;
  jar: CookieJarFetch;
  /** Refresh requests this client has sent. */
  refreshCount(): number;
}

/** One tab of a browser profile: the profile's cookie jar, a session on it, and the adapter. */
function makeClient(server: StartedServer, jar = createCookieJarFetch()): Client {
  let refreshes = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    if (String(input).endsWith('/api/auth/refresh')) refreshes += 1;
    return jar.fetch(input, init);
  };
  const session = createHttpSession({ baseUrl: server.url, fetch });
  const adapter = createHttpAdapter({ baseUrl: server.url, session, fetch });
  return { session, adapter, jar, refreshCount: () => refreshes };
}

async function signedInClient(server: StartedServer, employeeNumber = EMPLOYEE_NUMBER) {
  const client = makeClient(server);
  await client.session.signIn(employeeNumber, PASSWORD);
  return client;
}

/**
 * The contract's server view is synchronous, the admin API is not: employer writes are queued
 * and awaited before the next request, and the audit tables are re-read after every response.
 */
const makeHarnessOn =
  (start: StartBackend): MakeHarness =>
  async (seedRows) => {
    const server = await startWithAgent(start);
    servers.push(server);
    if (seedRows.length > 0) await server.admin.writeAsEmployer(AGENT_ID, seedRows);
    let pendingWrites = Promise.resolve();
    let log: { mutationId: string; status: string }[] = [];
    let quarantined = new Set<unknown>();

    async function readAudit(): Promise<void> {
      const [entries, quarantine] = await Promise.all([
        server.admin.mutationLog(),
        server.admin.listQuarantine(),
      ]);
      log = entries;
      quarantined = new Set(
        quarantine.map((entry) =>
          typeof entry === 'object' && entry !== null && 'mutationId' in entry
            ? entry.mutationId
            : undefined,
        ),
      );
    }

    /** Wraps an adapter (or one still being signed in) so the server view stays current. */
    function observed(ready: Promise<SyncAdapter>): SyncAdapter {
      async function around<R>(call: (adapter: SyncAdapter) => Promise<R>): Promise<R> {
        await pendingWrites;
        try {
          return await call(await ready);
        } finally {
          await readAudit();
        }
      }
      return {
        name: 'http',
        push: (request, options) => around((adapter) => adapter.push(request, options)),
        pull: (request, options) => around((adapter) => adapter.pull(request, options)),
        uploadAttachment: (ref, blob, options) =>
          around((adapter) => adapter.uploadAttachment(ref, blob, options)),
      };
    }

    const own = await signedInClient(server);
    return {
      adapter: observed(Promise.resolve(own.adapter)),
      server: {
        writeAsEmployer(changes) {
          pendingWrites = pendingWrites.then(() => server.admin.writeAsEmployer(AGENT_ID, changes));
        },
        effectCount: (mutationId) =>
          log.filter((entry) => entry.mutationId === mutationId && entry.status === 'applied')
            .length,
        isQuarantined: (mutationId) => quarantined.has(mutationId),
        adapterForAgent(agentId) {
          const ready = (async () => {
            await server.admin.createAgent({
              agentId,
              orgId: 'org-1',
              employeeNumber: agentId,
              password: PASSWORD,
            });
            return (await signedInClient(server, agentId)).adapter;
          })();
          return observed(ready);
        },
      },
    };
  };

for (const backend of BACKENDS) {
  runSyncAdapterContract(
    `http (reference server on ${backend.name})`,
    makeHarnessOn(backend.start),
    {
      hasRemoteServer: true,
    },
  );
  runSchema5Contract(`http (reference server on ${backend.name})`, makeHarnessOn(backend.start));
}

/** Ids derive from the client group, so cases sharing one server never share a mutation. */
const pushRequest = (clientGroupId: string, seqs: number[]): PushRequest => ({
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: SCHEMA_VERSION,
  clientGroupId,
  mutations: seqs.map((seq) =>
    makeEnvelope(seq, {
      mutationId: `${clientGroupId}-mutation-${seq}`,
      recordId: `${clientGroupId}-escalation-${seq}`,
    }),
  ),
});
const pullRequest = (clientGroupId: string, cursor: string | null = null): PullRequest => ({
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: SCHEMA_VERSION,
  clientGroupId,
  cursor,
  limit: 100,
});

/** A token the server signed for `agentId` that expired an hour ago. */
function expiredToken(agentId: string): Promise<string> {
  const hourAgoSeconds = Math.floor(Date.now() / 1_000) - 3_600;
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(agentId)
    .setIssuer('agent-workbench-server')
    .setAudience('agent-workbench-sync')
    .setIssuedAt(hourAgoSeconds - 900)
    .setExpirationTime(hourAgoSeconds)
    .sign(new TextEncoder().encode(JWT_SECRET));
}

describe('http adapter and session against the reference server', () => {
  // One server for these cases: each uses its own client group, records and cookie jar.
  let server: StartedServer;
  beforeAll(async () => {
    server = await startWithAgent();
    await server.admin.createAgent({
      agentId: 'agent-2',
      orgId: 'org-1',
      employeeNumber: 'E-002',
      password: PASSWORD,
    });
  });
  afterAll(() => server.close());

  it('signs in, pushes a record and pulls it back as sent', async () => {
    const { session, adapter, jar } = await signedInClient(server);
    expect(session.getAgentId()).toBe(AGENT_ID);
    expect(jar.isHttpOnly('awb_refresh')).toBe(true);

    const sent = pushRequest('cg-round-trip', [1]);
    const pushed = parsePushResponse(await adapter.push(sent, { signal }), sent.mutations, 0);
    expect(pushed).toMatchObject({
      ok: true,
      value: { lastMutationSeq: 1, results: [{ seq: 1, status: 'applied' }] },
    });

    const pulled = parsePullResponse(await adapter.pull(pullRequest('cg-round-trip'), { signal }));
    expect(pulled).toMatchObject({ ok: true, value: { reset: true, lastMutationSeq: 1 } });
    expect(pulled.ok && pulled.value.changes).toContainEqual({
      table: 'escalations',
      op: 'put',
      key: 'cg-round-trip-escalation-1',
      value: expect.objectContaining({ id: 'cg-round-trip-escalation-1', syncState: 'sent' }),
    });
  });

  it('resumes after a reload from the refresh cookie alone, rotating it', async () => {
    const first = await signedInClient(server);
    const cookieBefore = first.jar.cookies().get('awb_refresh');
    expect(cookieBefore).toBeDefined();
    // A reload loses memory but keeps the browser's cookies.
    const reloaded = makeClient(server, first.jar);
    expect(reloaded.session.isSignedIn()).toBe(false);

    const page = await reloaded.adapter.pull(pullRequest('cg-reload'), { signal });

    expect(parsePullResponse(page).ok).toBe(true);
    expect(reloaded.refreshCount()).toBe(1);
    expect(reloaded.session.getAgentId()).toBe(AGENT_ID);
    expect(first.jar.cookies().get('awb_refresh')).not.toBe(cookieBefore);
  });

  it('refreshes an expired access token once through the cookie and sends again', async () => {
    const { session, jar, refreshCount } = await signedInClient(server);
    const stale = await expiredToken(AGENT_ID);
    const withExpiredToken: HttpSession = {
      ...session,
      getAccessToken: () => (refreshCount() === 0 ? stale : session.getAccessToken()),
    };
    const adapter = createHttpAdapter({
      baseUrl: server.url,
      session: withExpiredToken,
      fetch: jar.fetch,
    });

    const page = await adapter.pull(pullRequest('cg-expired'), { signal });

    expect(parsePullResponse(page).ok).toBe(true);
    expect(refreshCount()).toBe(1);
    expect(session.getAccessToken()).not.toBe(stale);
  });

  it('answers auth and signs out when there is no refresh cookie to fall back on', async () => {
    const { session, adapter } = makeClient(server);
    await expect(adapter.pull(pullRequest('cg-no-cookie'), { signal })).rejects.toMatchObject({
      kind: 'auth',
    });
    expect(session.isSignedIn()).toBe(false);
  });

  it('refuses a wrong password as auth', async () => {
    const { session } = makeClient(server);
    const error = await session.signIn(EMPLOYEE_NUMBER, 'wrong').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ kind: 'auth' });
    expect(session.isSignedIn()).toBe(false);
  });

  it('revokes the refresh cookie on sign-out', async () => {
    const { session, jar } = await signedInClient(server);
    const cookie = jar.cookies().get('awb_refresh');
    expect(cookie).toBeDefined();
    await session.signOut();
    expect(jar.cookies().has('awb_refresh')).toBe(false);

    await expect(session.refresh()).rejects.toMatchObject({ kind: 'auth' });
    // The server revoked it too: a copy of the old cookie no longer opens a session.
    const replayed = await fetch(`${server.url}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'agent-workbench', Cookie: `awb_refresh=${cookie}` },
    });
    expect(replayed.status).toBe(401);
  });

  it("refuses another agent's token on a client group bound to the first agent", async () => {
    const owner = await signedInClient(server);
    await owner.adapter.push(pushRequest('cg-shared', [1]), { signal });
    const intruder = await signedInClient(server, 'E-002');

    await expect(
      intruder.adapter.push(pushRequest('cg-shared', [2]), { signal }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(intruder.adapter.pull(pullRequest('cg-shared'), { signal })).rejects.toMatchObject(
      { kind: 'forbidden' },
    );
  });

  it('answers a body over the limit as payload-too-large', async () => {
    const { adapter } = await signedInClient(server);
    const request = pushRequest('cg-large', [1]);
    const [mutation] = request.mutations;
    if (mutation === undefined) throw new Error('no mutation');
    mutation.args = { ...(mutation.args as object), description: 'x'.repeat(1_100_000) };
    await expect(adapter.push(request, { signal })).rejects.toMatchObject({
      kind: 'payload-too-large',
    });
  });
});
