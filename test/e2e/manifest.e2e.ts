import { describe, expect, test } from 'vitest';
import { baseUrl } from './browser';

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}
interface WebManifest {
  name?: string;
  short_name?: string;
  display?: string;
  start_url?: string;
  icons?: ManifestIcon[];
  shortcuts?: { name?: string; url?: string }[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return response;
}

describe('web app manifest and static assets', () => {
  test('index.html links the manifest, which names the app, its icons and an Escalate shortcut', async () => {
    const html = await (await fetchOk('/')).text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);

    const manifest = (await (await fetchOk('/manifest.webmanifest')).json()) as WebManifest;
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ src: '/icons/icon-192.png', sizes: '192x192' }),
        expect.objectContaining({ src: '/icons/icon-512.png', sizes: '512x512' }),
        expect.objectContaining({
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          purpose: 'maskable',
        }),
      ]),
    );
    expect(manifest.shortcuts?.map((shortcut) => shortcut.url)).toContain('/escalate');
  });

  test('serves every manifest icon as a PNG of its declared size', async () => {
    const manifest = (await (await fetchOk('/manifest.webmanifest')).json()) as WebManifest;
    for (const icon of manifest.icons ?? []) {
      const response = await fetchOk(icon.src);
      expect(response.headers.get('content-type'), icon.src).toMatch(/^image\/png/);
      const { width, height } = pngSize(Buffer.from(await response.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  test('serves the favicon, Apple touch icon, robots.txt and the service worker', async () => {
    expect(await (await fetchOk('/favicon.svg')).text()).toContain('<svg');
    const appleIcon = await fetchOk('/apple-touch-icon-180.png');
    expect(pngSize(Buffer.from(await appleIcon.arrayBuffer()))).toEqual({
      width: 180,
      height: 180,
    });
    expect(await (await fetchOk('/robots.txt')).text()).toMatch(/User-agent:/);
    expect(await (await fetchOk('/sw.js')).text()).toMatch(/precache/i);
  });
});
