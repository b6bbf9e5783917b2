/**
 * Test support for the server suite: the databases to run against (PGlite in memory always, real
 * PostgreSQL when TEST_DATABASE_URL is set, each server in its own schema), an HTTP client over
 * fetch, and small envelope builders.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { demoWorkspaceChanges } from '@/data/demo/generate-demo-workspace';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import type { Change, MutationEnvelope, PullRequest, PushRequest } from '@/domain/sync/protocol';
import { SERVER_SCHEMA_VERSION } from '../src/mutation-rules';
import { startServer, type StartedServer, type StartServerOptions } from '../src/start-server';

export interface TestDatabase {
  name: string;
  start(): Promise<StartedServer>;
}

/** PGlite always; PostgreSQL when `TEST_DATABASE_URL` names one. */
export function testDatabases(): TestDatabase[] {
  const databases: TestDatabase[] = [{ name: 'pglite', start: () => startServer() }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) databases.push({ name: 'postgresql', start: () => startOnPostgres(url) });
  return databases;
}

/** A server on PostgreSQL at `url`, in a schema of its own that `close()` drops. */
export async function startOnPostgres(
  url: string,
  options: Omit<StartServerOptions, 'databaseUrl' | 'dataDir'> = {},
): Promise<StartedServer> {
  const schema = `awb_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const separator = url.includes('?') ? '&' : '?';
  const server = await startServer({
    ...options,
    databaseUrl: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  });
  return {
    ...server,
    async close() {
      await server.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function post<T = unknown>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}

let agentCounter = 0;

/** A fresh agent (own org unless given) with a logged-in access token. */
export async function makeAgent(server: StartedServer, orgId?: string) {
  agentCounter += 1;
  const agentId = `agent-${agentCounter}-${randomUUID().slice(0, 8)}`;
  const employeeNumber = `E-${agentId}`;
  const password = `pw-${agentId}`;
  await server.admin.createAgent({
    agentId,
    orgId: orgId ?? `org-${agentId}`,
    employeeNumber,
    password,
  });
  const login = await post<{ accessToken: string }>(`${server.url}/api/auth/login`, {
    employeeNumber,
    password,
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const auth = { authorization: `Bearer ${login.body.accessToken}` };
  return {
    agentId,
    orgId: orgId ?? `org-${agentId}`,
    token: login.body.accessToken,
    push: <T = PushAnswer>(body: unknown) => post<T>(`${server.url}/api/sync/push`, body, auth),
    pull: <T = PullAnswer>(body: unknown) => post<T>(`${server.url}/api/sync/pull`, body, auth),
  };
}

export type TestAgent = Awaited<ReturnType<typeof makeAgent>>;

export interface PushAnswer {
  lastMutationSeq: number;
  results: { seq: number; mutationId: string; status: string; code?: string }[];
}

export interface PullAnswer {
  remaining?: number;
  cursor: string;
  reset: boolean;
  changes: { table: string; op: string; key: string; value?: Record<string, unknown> }[];
  hasMore: boolean;
  lastMutationSeq: number;
}

/**
 * An `escalation.create` envelope for `agentId` with a fresh mutation and record id, at the
 * server's schema: routed by the fallback and linked at log entry `seq`.
 */
export function escalationEnvelope(
  seq: number,
  agentId: string,
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const legacy = legacyEscalationEnvelope(seq, agentId, overrides);
  return {
    ...legacy,
    schemaVersion: SERVER_SCHEMA_VERSION,
    args: {
      ...(legacy.args as Record<string, unknown>),
      routing: routeEscalation(null, 'system-outage'),
      chain: { seq, hash: 'e'.repeat(64) },
    },
    ...overrides,
  };
}

/** The same envelope as an app of schema 2 queued it: no routing, no log link. */
export function legacyEscalationEnvelope(
  seq: number,
  agentId: string,
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const recordId = overrides.recordId ?? `esc-${randomUUID()}`;
  return {
    seq,
    mutationId: randomUUID(),
    name: 'escalation.create',
    recordId,
    schemaVersion: 2,
    createdAt: '2026-11-22T08:30:00.000Z',
    args: {
      id: recordId,
      agentId,
      category: 'system-outage',
      description: `escalation ${seq}`,
      caseReference: 'CASE-1',
      severity: 'normal',
      context: { screen: 'escalation', shiftId: null, payLineId: null },
      createdAt: '2026-11-22T08:30:00.000Z',
    },
    ...overrides,
  };
}

/** An `escalationNote.create` envelope on `escalationId`, with an attachment when given. */
export function noteEnvelope(
  seq: number,
  agentId: string,
  escalationId: string,
  attachment: Record<string, unknown> | null = null,
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const recordId = overrides.recordId ?? `note-${randomUUID()}`;
  return {
    seq,
    mutationId: randomUUID(),
    name: 'escalationNote.create',
    recordId,
    schemaVersion: SERVER_SCHEMA_VERSION,
    createdAt: '2026-11-22T08:40:00.000Z',
    args: {
      id: recordId,
      escalationId,
      agentId,
      text: attachment ? '' : `note ${seq}`,
      attachment,
      chain: { seq, hash: 'f'.repeat(64) },
      createdAt: '2026-11-22T08:40:00.000Z',
    },
    ...overrides,
  };
}

/** An agent's `leave.request` for one day; `kind` and `day` default to annual leave on 1 Dec. */
export function leaveRequestEnvelope(
  seq: number,
  agentId: string,
  id: string,
  {
    kind = 'annual',
    day = '2026-12-01',
  }: { kind?: 'annual' | 'sick' | 'personal'; day?: string } = {},
): MutationEnvelope {
  return {
    ...legacyEscalationEnvelope(seq, agentId),
    schemaVersion: SERVER_SCHEMA_VERSION,
    name: 'leave.request',
    recordId: id,
    args: { id, agentId, kind, days: [day], note: '', createdAt: '2026-11-22T08:30:00.000Z' },
  };
}

export function pushBody(clientGroupId: string, mutations: MutationEnvelope[]): PushRequest {
  return { protocolVersion: 1, schemaVersion: SERVER_SCHEMA_VERSION, clientGroupId, mutations };
}

export function pullBody(clientGroupId: string, cursor: string | null, limit = 100): PullRequest {
  return { protocolVersion: 1, schemaVersion: SERVER_SCHEMA_VERSION, clientGroupId, cursor, limit };
}

/** A valid shift row for `agentId`. */
export function shiftRow(id: string, agentId: string, revision = 1) {
  return {
    id,
    agentId,
    projectId: 'project-1',
    day: '2026-11-23',
    start: '2026-11-23T01:00:00.000Z',
    end: '2026-11-23T10:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    segments: [{ start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T10:00:00.000Z' }],
    breaks: [],
    queue: 'tickets',
    workMode: 'onsite',
    isNight: false,
    status: 'scheduled',
    revision,
  };
}

const DEMO_CHANGES = demoWorkspaceChanges('2026-11-22');

/** A valid training module row (from the demo workspace) under a new id. */
export function trainingModulePut(id: string): Change {
  const demo = DEMO_CHANGES.find((change) => change.table === 'trainingModules');
  if (demo?.op !== 'put') throw new Error('the demo has no training module');
  return { table: 'trainingModules', op: 'put', key: id, value: { ...(demo.value as object), id } };
}
