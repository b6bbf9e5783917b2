/**
 * Where the network probe measures: the sync backend's `GET /api/probe?bytes=N` when the
 * workspace syncs with a server, or the app's own static `/probe.bin` (not precached) in local
 * mode. Requests are never answered from a cache: `cache: 'no-store'` plus a fresh query.
 */

/** Bytes of the download half of the probe (`public/probe.bin` is this size). */
export const PROBE_DOWNLOAD_BYTES = 256 * 1024;

export interface ProbeTarget {
  kind: 'server' | 'static';
  pingUrl: string;
  /** `HEAD` for a static file (no body to wait for); `GET` with `bytes=0` on the server. */
  pingMethod: 'GET' | 'HEAD';
  downloadUrl: string;
}

export function probeTargetFor(serverUrl: string | null, origin: string): ProbeTarget {
  if (serverUrl) {
    const base = new URL('/api/probe', serverUrl);
    const url = (bytes: number) => {
      const withBytes = new URL(base);
      withBytes.searchParams.set('bytes', String(bytes));
      return withBytes.toString();
    };
    return {
      kind: 'server',
      pingUrl: url(0),
      pingMethod: 'GET',
      downloadUrl: url(PROBE_DOWNLOAD_BYTES),
    };
  }
  const file = new URL('/probe.bin', origin).toString();
  return { kind: 'static', pingUrl: file, pingMethod: 'HEAD', downloadUrl: file };
}

/** `url` with a query parameter that no cache has seen. */
export function uncached(url: string, nonce: string): string {
  const fresh = new URL(url);
  fresh.searchParams.set('n', nonce);
  return fresh.toString();
}
