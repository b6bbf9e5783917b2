// Draws the Agent Workbench mark (a headset around a check) once and writes every icon from it:
// public/favicon.svg, the manifest icons and the Apple touch icon. The PNGs are rendered by
// headless Chromium so they can be regenerated on any machine that runs the browser tests.
// Usage: node scripts/render-icons.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC_DIR = join(ROOT, 'public');
const BRAND = '#0b5cad';
const BACKGROUND = '#ffffff';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The mark lives in a 64 × 64 box centred on (32, 32).
const MARK = `
  <g fill="none" stroke="${BRAND}" stroke-linecap="round" stroke-linejoin="round">
    <path d="M13 34v-4a19 19 0 0 1 38 0v4" stroke-width="5"/>
    <path d="M51 44c0 6-5 9-12 9" stroke-width="4"/>
    <path d="M24 34l6 6 11-12" stroke-width="5"/>
  </g>
  <g fill="${BRAND}">
    <rect x="8" y="31" width="10" height="16" rx="4"/>
    <rect x="46" y="31" width="10" height="16" rx="4"/>
    <rect x="31" y="49.5" width="9" height="7" rx="3.5"/>
  </g>`;

// Farthest painted point of the mark from the centre, in mark units (ear-cup corner at
// (8, 47) → √(24² + 15²) ≈ 28.3). Used to keep the maskable icon inside its safe zone.
const MARK_RADIUS = 28.3;
// Maskable icons may be cropped to a circle of 40 % of the size around the centre (80 % zone).
const MASKABLE_SAFE_RADIUS = 0.4 * 64;

/**
 * @param {{ scale: number, background: 'rounded' | 'full' }} options
 * @returns {string} an SVG document 64 units square
 */
function drawIcon({ scale, background }) {
  const backdrop =
    background === 'rounded'
      ? `<rect width="64" height="64" rx="14" fill="${BACKGROUND}"/>`
      : `<rect width="64" height="64" fill="${BACKGROUND}"/>`;
  const offset = 32 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <title>Agent Workbench</title>
  ${backdrop}
  <g transform="translate(${offset} ${offset}) scale(${scale})">${MARK}
  </g>
</svg>
`;
}

const MASKABLE_SCALE = 0.78;
if (MARK_RADIUS * MASKABLE_SCALE > MASKABLE_SAFE_RADIUS) {
  throw new Error('The maskable icon would paint outside the 80 % safe zone.');
}

const favicon = drawIcon({ scale: 1, background: 'rounded' });
const pngs = [
  { file: 'icons/icon-192.png', size: 192, svg: drawIcon({ scale: 0.9, background: 'rounded' }) },
  { file: 'icons/icon-512.png', size: 512, svg: drawIcon({ scale: 0.9, background: 'rounded' }) },
  {
    file: 'icons/icon-maskable-512.png',
    size: 512,
    svg: drawIcon({ scale: MASKABLE_SCALE, background: 'full' }),
  },
  // iOS draws its own rounded corners and shows transparency as black, so fill the square.
  {
    file: 'apple-touch-icon-180.png',
    size: 180,
    svg: drawIcon({ scale: 0.85, background: 'full' }),
  },
];

await writeFile(join(PUBLIC_DIR, 'favicon.svg'), favicon);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of pngs) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    const target = join(PUBLIC_DIR, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, png);
    console.log(`${file}  ${size}×${size}  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
console.log('favicon.svg written');
