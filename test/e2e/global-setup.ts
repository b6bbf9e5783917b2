// Serves the production build (dist/) once for every browser test and tells the tests where.
// `npm test` and `npm run test:e2e` build first; this file never builds, so a stale dist/ is
// tested as it is. Without Chromium the tests skip locally and fail on CI (CI=true).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './chromium';
import { DIST_DIR, startPreviewServer } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the shared preview server, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** Why every browser test skips, or `null` when they run. */
    browserSkipReason: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(resolve(DIST_DIR, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npx vite build` first (npm test does).');
  }

  let browserSkipReason: string | null = null;
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI) {
      throw new Error(
        `CI=true but there is no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium, or set CHROMIUM_PATH.`,
      );
    }
    browserSkipReason = `Browser tests skipped: no Chromium at ${CHROMIUM_PATH} — install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`;
    console.warn(browserSkipReason);
  }

  const server = await startPreviewServer();
  project.provide('baseUrl', server.url);
  project.provide('browserSkipReason', browserSkipReason);
  return () => server.close();
}
