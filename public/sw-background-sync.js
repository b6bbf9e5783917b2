// Imported by the generated service worker (vite.config.ts, workbox.importScripts).
// Background Sync is a wake-up hint only (SYNC.md §4.8): this worker never sends the outbox
// itself. On a `sync` event tagged 'outbox' it tells every open window to run a sync cycle now;
// the page's own loop (src/sync/background-sync.ts) does the work and stays authoritative.
// With no window open there is nothing to wake, and the next start syncs anyway.
self.addEventListener('sync', (event) => {
  if (event.tag !== 'outbox') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const client of windows) client.postMessage({ type: 'sync-wake' });
    }),
  );
});
