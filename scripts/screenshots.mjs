// Writes 360 × 740 screenshots of the demo workspace (English) to docs/screenshots/ for the
// README and for reviewing layout. Run through `npm run screenshots`, which builds first.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT_DIR, launchBrowser, startDemoWorkspace, startPreviewServer } from './launch-app.mjs';

const OUT_DIR = join(ROOT_DIR, 'docs/screenshots');

/** @type {{ file: string, path: string, heading: string, colorScheme: 'light' | 'dark' }[]} */
const SHOTS = [
  { file: 'today-light.png', path: '/', heading: 'Today', colorScheme: 'light' },
  { file: 'roster-light.png', path: '/roster', heading: 'Roster', colorScheme: 'light' },
  { file: 'pay-light.png', path: '/pay', heading: 'Pay', colorScheme: 'light' },
  { file: 'me-light.png', path: '/me', heading: 'Me', colorScheme: 'light' },
  { file: 'today-dark.png', path: '/', heading: 'Today', colorScheme: 'dark' },
];

/** The demo agent has a Chinese name; without a CJK font Chromium draws empty boxes. */
function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true; // No fontconfig to ask; assume the platform has one.
  }
}

if (!hasChineseFont()) {
  console.warn('No Chinese font found: install one with apt-get install -y fonts-wqy-microhei');
}
await mkdir(OUT_DIR, { recursive: true });
const server = await startPreviewServer();
try {
  for (const colorScheme of ['light', 'dark']) {
    const shots = SHOTS.filter((shot) => shot.colorScheme === colorScheme);
    const browser = await launchBrowser({ colorScheme, serviceWorkers: 'block' });
    try {
      const { page } = browser;
      await startDemoWorkspace(page, server.url);
      for (const shot of shots) {
        // Client-side navigation through the bottom bar, as an agent would move around.
        if (shot.path !== '/') {
          await page
            .getByRole('navigation', { name: 'Main', exact: true })
            .getByRole('link', { name: shot.heading, exact: true })
            .click();
          await page.waitForURL((url) => url.pathname === shot.path);
        }
        await page.getByRole('heading', { level: 1, name: shot.heading, exact: true }).waitFor();
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const target = join(OUT_DIR, shot.file);
        await page.screenshot({ path: target, animations: 'disabled', caret: 'hide' });
        console.log(`docs/screenshots/${shot.file}`);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
