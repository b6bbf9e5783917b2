/**
 * Several server processes on one machine (`WORKERS`): a primary forks that many workers with
 * `node:cluster`, which share one listening port, and replaces a worker that dies. The server is
 * stateless between requests (docs/deploy.md §2.1), so the workers need nothing from each other
 * but the database and the JWT secret. PGlite cannot be opened by two processes, so more than one
 * worker needs PostgreSQL.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

/** A worker that exits this often within `CRASH_WINDOW_MS` stops the primary (a crash loop). */
export const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;

export class WorkersSettingError extends Error {}

/** The `WORKERS` setting: a positive integer, or `auto` for one per core; absent means 1. */
export function workerCount(text: string | undefined, cores = availableParallelism()): number {
  const value = text?.trim() ?? '';
  if (value === '') return 1;
  if (value === 'auto') return Math.max(1, cores);
  if (!/^[1-9]\d{0,2}$/.test(value)) {
    throw new WorkersSettingError(
      `WORKERS: "${text}" is not a number of processes (1–999) or auto`,
    );
  }
  return Number(value);
}

/** What a worker tells the primary once it listens. */
interface ListeningMessage {
  type: 'awb:listening';
  url: string;
}

const isListening = (message: unknown): message is ListeningMessage =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === 'awb:listening' &&
  typeof (message as { url?: unknown }).url === 'string';

/** In a worker: reports the URL it listens on to the primary. */
export function reportListening(url: string): void {
  process.send?.({ type: 'awb:listening', url } satisfies ListeningMessage);
}

export interface PrimaryOptions {
  count: number;
  /** Added to each worker's environment (the shared JWT secret). */
  env: Record<string, string>;
  log(line: string): void;
}

/**
 * Forks `count` workers and resolves with their URL once all of them listen. Replaces a worker
 * that exits unexpectedly; exits the process with 1 on a crash loop, and ends the workers and
 * then itself on SIGINT or SIGTERM.
 */
export function runPrimary({ count, env, log }: PrimaryOptions): Promise<string> {
  let stopping = false;
  const crashes: number[] = [];
  const liveWorkers = () => Object.values(cluster.workers ?? {}).filter((worker) => !!worker);
  /** Ends every worker, then the process with `code` once the last one has exited. */
  const shutdown = (code: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    const workers = liveWorkers();
    if (workers.length === 0) process.exit(code);
    for (const worker of workers) worker.kill('SIGTERM');
  };
  const fork = (): Worker => {
    const worker = cluster.fork(env);
    worker.on('message', (message: unknown) => {
      if (isListening(message)) log(`worker ${worker.process.pid} ready`);
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (liveWorkers().length === 0) process.exit();
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes[0] !== undefined && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length >= MAX_CRASHES) {
      log(`${crashes.length} workers exited within a minute; stopping`);
      shutdown(1);
      return;
    }
    log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS);
  });
  process.once('SIGINT', () => shutdown(0));
  process.once('SIGTERM', () => shutdown(0));

  const started = Array.from({ length: count }, fork);
  return Promise.all(
    started.map(
      (worker) =>
        new Promise<string>((resolve, reject) => {
          worker.on('message', (message: unknown) => {
            if (isListening(message)) resolve(message.url);
          });
          worker.once('exit', (code) => reject(new Error(`a worker exited (${code}) at start`)));
        }),
    ),
  ).then(
    (urls) => urls[0] ?? '',
    (error: unknown) => {
      shutdown(1);
      throw error;
    },
  );
}
