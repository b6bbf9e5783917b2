import { resolve } from 'node:path';
import { preview } from 'vite';

export const ROOT_DIR = resolve(import.meta.dirname, '../..');
export const DIST_DIR = resolve(ROOT_DIR, 'dist');

export interface PreviewHandle {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a production build with Vite's preview server on a free loopback port. Tests that must
 * see the server disappear (offline) or change (update prompt) start their own with a copy of
 * dist/ instead of touching the shared one.
 */
export async function startPreviewServer(distDir: string = DIST_DIR): Promise<PreviewHandle> {
  const server = await preview({
    root: ROOT_DIR,
    logLevel: 'warn',
    build: { outDir: distDir },
    // Port 0 lets the OS pick a free port, so a running `npm run preview` does not collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('The preview server did not report a URL.');
  }
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
