/**
 * A PostgreSQL cluster of the test's own (initdb into a temp directory, pg_ctl on a free loopback
 * port), for tests that stop and restart the database server itself. Needs the Debian PostgreSQL
 * binaries and root, which runs them as the `postgres` user (as `.ci/run` does).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

function binDirectory(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((name) => existsSync(join(PG_ROOT, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? join(PG_ROOT, newest, 'bin') : undefined;
}

/** Why a throwaway cluster cannot be started here, or `undefined` when it can. */
export function clusterUnavailableReason(): string | undefined {
  if (!binDirectory()) return `no PostgreSQL binaries under ${PG_ROOT}`;
  if (process.getuid?.() !== 0) return 'not running as root (pg_ctl runs as the postgres user)';
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) return 'no postgres user';
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ThrowawayCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` (trust authentication). */
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash. */
  stopImmediately(): Promise<void>;
  /** Stops the cluster and deletes its directory. */
  destroy(): Promise<void>;
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = binDirectory();
  if (!bin) throw new Error(clusterUnavailableReason());
  const directory = await mkdtemp(join(tmpdir(), 'awb-cluster-'));
  await chown(directory, ...(await postgresIds()));
  const dataDir = join(directory, 'data');
  const asPostgres = (tool: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]);
  await asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres']);
  const port = await freePort();
  const start = async () => {
    await asPostgres('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(directory, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    async stopImmediately() {
      await asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    },
    async destroy() {
      await asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(
        () => undefined,
      );
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const [uid, gid] = await Promise.all([
    run('id', ['-u', 'postgres']),
    run('id', ['-g', 'postgres']),
  ]);
  return [Number(uid.stdout.trim()), Number(gid.stdout.trim())];
}
