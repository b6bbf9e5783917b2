/** The CORS allowlist from the environment: `CORS_ORIGINS` read by main.ts. */
import { describe, expect, it } from 'vitest';
import { parseCorsOrigins } from '../src/start-server';
import { spawnServer } from './child-server';

describe('parseCorsOrigins', () => {
  it('reads comma-separated origins, ignoring blanks', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins(' ')).toEqual([]);
    expect(parseCorsOrigins('https://app.example.com, http://localhost:5173,')).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
  });

  it.each([
    '*',
    'https://app.example.com/',
    'https://App.example.com',
    'app.example.com',
    'ftp://x',
  ])('refuses %s', (entry) => {
    expect(() => parseCorsOrigins(`https://ok.example, ${entry}`)).toThrow(/CORS_ORIGINS/);
  });
});

describe('main.ts with CORS_ORIGINS', () => {
  it('answers the listed origins only', async () => {
    const server = await spawnServer(
      { memory: true },
      { CORS_ORIGINS: 'https://app.example.com,https://admin.example.com' },
    );
    try {
      const preflight = (origin: string) =>
        fetch(`${server.url}/api/sync/push`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      const listed = await preflight('https://admin.example.com');
      expect(listed.status).toBe(204);
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
      const other = await preflight('https://evil.example.com');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.kill();
    }
  });

  it('refuses to start on a wildcard', async () => {
    await expect(spawnServer({ memory: true }, { CORS_ORIGINS: '*' })).rejects.toThrow(
      /CORS_ORIGINS: "\*" is not an origin/,
    );
  });
});
