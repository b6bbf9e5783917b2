// The reference server as a child process (SYNC.md §5.4, C2): the real CLI entry
// (server/src/main.ts) on a PGlite data directory, so a test can SIGKILL it and start it again on
// the same data and port (the app's origin, and so its workspace, must not change).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createPgliteDatabase, type Queryable } from '../../server/src/database';
import { DIST_DIR, ROOT_DIR } from './preview-server';

export interface ServerProcessOptions {
  /** PGlite data directory; kept across restarts. */
  dataDir: string;
  port: number;
  /** Fixed so access tokens issued before a restart stay valid after it. */
  jwtSecret: string;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGKILL: no shutdown hook runs, nothing is flushed on purpose. */
  kill(): Promise<void>;
  /** SIGTERM: the server closes HTTP and the database cleanly. */
  stop(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
}

const START_TIMEOUT_MS = 30_000;

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('No port.');
  return address.port;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * The test runner's environment without the server's own settings: a DATABASE_URL meant for the
 * Layer B suite would move this server off its PGlite directory, and fault hooks do not belong here.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const owned = new Set(['DATABASE_URL', 'EMPLOYER_API_KEY', 'CORS_ORIGINS']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !owned.has(key) && !key.startsWith('AWB_FAULT')),
  );
}

/**
 * Runs `node --import tsx server/src/main.ts` with the demo seed and the built app, and resolves
 * once it prints that it listens. The seed only runs on an empty database.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inheritedEnv(),
      SEED: 'demo',
      STATIC_DIR: DIST_DIR,
      DATA_DIR: options.dataDir,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      JWT_SECRET: options.jwtSecret,
    },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start the server process.');
  let log = '';
  const exited = waitForExit(child);
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not listen within ${START_TIMEOUT_MS} ms:\n${log}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The server exited before listening:\n${log}`));
    });
  });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  try {
    await listening;
  } catch (error) {
    await signal('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    pid,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    output: () => log,
  };
}

/**
 * Opens a stopped server's PGlite directory in this process and runs `read` on it. PGlite is a
 * single-process database: the server must not be running.
 */
export async function readServerDatabase<T>(
  dataDir: string,
  read: (db: Queryable) => Promise<T>,
): Promise<T> {
  const db = await createPgliteDatabase(dataDir);
  try {
    return await read(db);
  } finally {
    await db.close();
  }
}
