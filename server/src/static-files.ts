/**
 * Serves the built app (`dist/`) for GET requests outside /api, with a fallback to index.html for
 * client-side routes. Paths are resolved inside `staticDir` only.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function readInside(root: string, urlPath: string): Promise<Buffer | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep) || decoded.includes('\u0000')) return undefined;
  try {
    return (await stat(file)).isFile() ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

export function registerStaticFiles(app: FastifyInstance, staticDir: string): void {
  const root = resolve(staticDir);
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method !== 'GET' || path.startsWith('/api/')) {
      return reply.code(404).send({ error: 'not-found' });
    }
    const file = path === '/' ? undefined : await readInside(root, path);
    if (file) {
      const isHashed = path.startsWith('/assets/');
      reply.header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.type(CONTENT_TYPES[extname(path)] ?? 'application/octet-stream').send(file);
    }
    const index = await readInside(root, '/index.html');
    if (!index) return reply.code(404).send({ error: 'not-found' });
    return reply.header('cache-control', 'no-cache').type(CONTENT_TYPES['.html']!).send(index);
  });
}
