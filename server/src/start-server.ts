/**
 * Starts the reference sync server: database (PGlite in memory by default, NodeFS with `dataDir`,
 * PostgreSQL with `databaseUrl`), migrations, optional demo seed, and the HTTP app on loopback.
 */
import { randomBytes } from 'node:crypto';
import type { Change } from '@/domain/sync/protocol';
import { createAccessTokens } from './access-tokens';
import { createAdmin, type CreateAgentInput } from './admin';
import { createPgDatabase, createPgliteDatabase, type Database } from './database';
import { DEMO_AGENT, seedDemo } from './demo-seed';
import { buildHttpApp } from './http-app';
import { migrate } from './migrate';
import { SERVER_SCHEMA_VERSION } from './mutation-rules';

export interface StartServerOptions {
  /** PostgreSQL connection string; without it the server embeds PGlite. */
  databaseUrl?: string;
  /** PGlite data directory (NodeFS); without it PGlite lives in memory. */
  dataDir?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** HS256 secret of the access tokens; random (per process) when absent. */
  jwtSecret?: string;
  seed?: 'demo' | 'none';
  /** A built app (dist/) to serve next to the API. */
  staticDir?: string;
  /** Bearer key of the employer API (/api/employer/*); without it those routes answer 404. */
  employerApiKey?: string;
  /** Origins allowed to call the API cross-origin (see `parseCorsOrigins`); none by default. */
  corsOrigins?: readonly string[];
}

export interface StartedServer {
  /** e.g. http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
  admin: {
    createAgent(input: {
      agentId: string;
      orgId: string;
      employeeNumber: string;
      password: string;
      displayName?: string;
    }): Promise<void>;
    /** Puts/deletes rows in that agent's space: one transaction, one version bump. */
    writeAsEmployer(agentId: string, changes: Change[]): Promise<void>;
    writeOrgRows(orgId: string, changes: Change[]): Promise<void>;
    countRows(table: string): Promise<number>;
    listQuarantine(): Promise<unknown[]>;
    mutationLog(): Promise<{ mutationId: string; status: string }[]>;
  };
}

/**
 * The `CORS_ORIGINS` setting: comma-separated origins such as `https://app.example.com`. Throws on
 * anything that is not exactly an http(s) origin (a path, a trailing slash, upper case, `*`), so a
 * typo stops the server instead of silently refusing every cross-origin call.
 */
export function parseCorsOrigins(text: string | undefined): string[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const origin = URL.canParse(entry) ? new URL(entry) : undefined;
    if (!origin || !['http:', 'https:'].includes(origin.protocol) || origin.origin !== entry) {
      throw new Error(`CORS_ORIGINS: "${entry}" is not an origin like https://app.example.com`);
    }
  }
  return entries;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Migrates the PostgreSQL database at `databaseUrl` and seeds it, then closes it: what a primary
 * does once before its workers start (`cluster.ts`), so that they do not all seed at once.
 */
export async function prepareDatabase(databaseUrl: string, seed: 'demo' | 'none'): Promise<void> {
  const db = createPgDatabase(databaseUrl);
  try {
    await migrate(db);
    if (seed === 'demo') await seedDemo(db, createAdmin(db));
  } finally {
    await db.close();
  }
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const host = options.host ?? '127.0.0.1';
  const db: Database = options.databaseUrl
    ? createPgDatabase(options.databaseUrl)
    : await createPgliteDatabase(options.dataDir);
  try {
    await migrate(db);
    const admin = createAdmin(db);
    if (options.seed === 'demo') await seedDemo(db, admin);
    const app = await buildHttpApp({
      db,
      tokens: createAccessTokens(options.jwtSecret ?? randomBytes(32).toString('base64url')),
      schemaVersion: SERVER_SCHEMA_VERSION,
      secureCookies: !LOOPBACK_HOSTS.has(host),
      ...(options.staticDir ? { staticDir: options.staticDir } : {}),
      ...(options.employerApiKey ? { employerApiKey: options.employerApiKey } : {}),
      ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
      ...(options.seed === 'demo'
        ? {
            demoCredentials: {
              employeeNumber: DEMO_AGENT.employeeNumber,
              password: DEMO_AGENT.password,
              displayName: DEMO_AGENT.displayName,
            },
          }
        : {}),
    });
    await app.listen({ host, port: options.port ?? 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${port}`,
      close: () => {
        closing ??= (async () => {
          await app.close();
          await db.close();
        })();
        return closing;
      },
      admin: {
        createAgent: (input: CreateAgentInput) => admin.createAgent(input),
        writeAsEmployer: admin.writeAsEmployer,
        writeOrgRows: admin.writeOrgRows,
        countRows: admin.countRows,
        listQuarantine: admin.listQuarantine,
        mutationLog: admin.mutationLog,
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
