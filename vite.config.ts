/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/app/web-manifest.ts';
import packageJson from './package.json' with { type: 'json' };

const isVitest = process.env.VITEST !== undefined;

export default defineConfig({
  plugins: [
    react(),
    // The PWA plugin only matters for real builds; unit tests import source files directly.
    !isVitest &&
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        includeAssets: ['favicon.svg', 'apple-touch-icon-180.png', 'robots.txt'],
        manifest,
        workbox: {
          // The shell, every lazy route chunk and every locale chunk are precached, so a
          // second visit starts with the network off (issue #2, "PWA").
          // Lesson images (public/training/**) too, so lessons read offline with their pictures.
          globPatterns: ['**/*.{js,css,html,svg,png,jpg,jpeg,webp,webmanifest}'],
          // The readiness probe's download must cross the network every time (issue #9).
          globIgnores: ['**/node_modules/**/*', 'probe.bin'],
          navigateFallback: '/index.html',
          // The first install takes control of the open page at once, so lazy screens load
          // offline from the first visit on. An update still waits for the agent's "Reload".
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Relays Background Sync `sync` events to the page as a wake-up (SYNC.md §4.8).
          importScripts: ['sw-background-sync.js'],
          // All data lives in IndexedDB through Dexie, and sync requests are never answered from
          // a cache. The one runtime cache: lesson images an employer hosts on its own server
          // (issue #8), kept once seen so a lesson read online reads offline with its pictures.
          runtimeCaching: [
            {
              urlPattern: ({ request, sameOrigin }) =>
                request.destination === 'image' && !sameOrigin,
              handler: 'CacheFirst',
              options: {
                cacheName: 'lesson-images',
                expiration: { maxEntries: 300, maxAgeSeconds: 90 * 24 * 60 * 60 },
                cacheableResponse: { statuses: [0, 200] },
              },
            },
          ],
        },
      }),
  ],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the es2022 target admits preloads modules itself (or simply skips the hint).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically loads before any screen anyway: one file
          // (plus rolldown's runtime) instead of dozens of small shared chunks, each a request
          // through the service worker and a module to instantiate on every start.
          groups: [{ name: 'shell', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // Under CI a JSON report lets .ci/run print one plain "N passed, N failed" closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
