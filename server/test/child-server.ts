/**
 * The sync server as a child process (`node --import tsx server/src/main.ts`), for tests that kill
 * it: SIGKILL by the test, or by the server itself through the test-only fault hook
 * (`src/fault-injection.ts`). Also prepares the database such a child opens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createAdmin } from '../src/admin';
import { createPgDatabase, createPgliteDatabase, type Database } from '../src/database';
import { migrate } from '../src/migrate';
import { post } from './harness';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHILD_JWT_SECRET = 'child-server-test-secret';

export interface ChildServer {
  url: string;
  pid: number;
  /** Resolves with the signal (or exit code) once the process has ended. */
  exited: Promise<NodeJS.Signals | number | null>;
  kill(): Promise<NodeJS.Signals | number | null>;
  /** Everything it has printed so far, stdout and stderr. */
  output(): string;
}

/** Where a child keeps its data: a PGlite directory, a PostgreSQL schema, or PGlite in memory. */
export type ChildStorage = { dataDir: string } | { databaseUrl: string } | { memory: true };

/**
 * Starts `main.ts` on `storage` with `env` added (NODE_ENV=test, a fixed JWT secret, a free
 * port), and resolves once it prints its URL.
 */
export async function spawnServer(
  storage: ChildStorage,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      JWT_SECRET: CHILD_JWT_SECRET,
      ...('dataDir' in storage ? { DATA_DIR: storage.dataDir } : {}),
      ...('databaseUrl' in storage ? { DATABASE_URL: storage.databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((end) => reject(new Error(`server exited (${String(end)}):\n${output}`)));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('no pid');
  return {
    url,
    pid,
    exited,
    kill() {
      child.kill('SIGKILL');
      return exited;
    },
    output: () => output,
  };
}

export interface PreparedStorage {
  storage: ChildStorage;
  /** Opens the database in this process (PGlite: only while no child has it open). */
  open(): Promise<Database>;
  /** Drops the schema (PostgreSQL); the caller removes a PGlite directory. */
  drop(): Promise<void>;
}

/** A PostgreSQL schema of its own on `url`, like `startOnPostgres` makes. */
export async function createSchema(url: string): Promise<PreparedStorage> {
  const schema = `awb_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const separator = url.includes('?') ? '&' : '?';
  const databaseUrl = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    storage: { databaseUrl },
    open: async () => createPgDatabase(databaseUrl),
    async drop() {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export function pgliteStorage(dataDir: string): PreparedStorage {
  return {
    storage: { dataDir },
    open: () => createPgliteDatabase(dataDir),
    drop: async () => undefined,
  };
}

export interface ChildAgent {
  agentId: string;
  employeeNumber: string;
  password: string;
}

/** Migrates the database and creates one agent in it, then closes it again. */
export async function prepareDatabase(prepared: PreparedStorage): Promise<ChildAgent> {
  const agent = {
    agentId: `agent-${randomUUID().slice(0, 8)}`,
    employeeNumber: `E-${randomUUID().slice(0, 8)}`,
    password: 'child-server-password',
  };
  const db = await prepared.open();
  try {
    await migrate(db);
    await createAdmin(db).createAgent({ ...agent, orgId: `org-${agent.agentId}` });
  } finally {
    await db.close();
  }
  return agent;
}

/** Logs `agent` in on `server`; the token stays valid across restarts (same JWT secret). */
export async function loginOn(server: ChildServer, agent: ChildAgent): Promise<string> {
  const login = await post<{ accessToken: string }>(`${server.url}/api/auth/login`, {
    employeeNumber: agent.employeeNumber,
    password: agent.password,
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return login.body.accessToken;
}
