import { describe, expect, it } from 'vitest';
import { discoverDemoServer } from './demo-server';

function respond(status: number, body: string, contentType: string): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': contentType } });
}

describe('discoverDemoServer', () => {
  it('reads the demo credentials the reference server publishes', async () => {
    const body = JSON.stringify({
      employeeNumber: 'NC-0731',
      password: 'demo1234',
      displayName: '林晓雨',
    });
    await expect(
      discoverDemoServer('http://127.0.0.1:4173', respond(200, body, 'application/json')),
    ).resolves.toEqual({ employeeNumber: 'NC-0731', password: 'demo1234', displayName: '林晓雨' });
  });

  it.each([
    ['a static host answering with its SPA page', respond(200, '<!doctype html>', 'text/html')],
    ['a server without a demo', respond(404, '{"error":"not-found"}', 'application/json')],
    ['a malformed answer', respond(200, '{"employeeNumber":7}', 'application/json')],
    ['broken JSON', respond(200, '{', 'application/json')],
    [
      'no network',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    ],
  ])('reads %s as no demo server', async (_case, fetchImpl) => {
    await expect(discoverDemoServer('http://127.0.0.1:4173', fetchImpl)).resolves.toBeNull();
  });
});
