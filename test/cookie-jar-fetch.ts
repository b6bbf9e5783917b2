/**
 * A fetch for Node tests that keeps cookies the way a browser does for a cross-origin app: it
 * stores `Set-Cookie` answers and sends matching cookies back, but only on requests made with
 * `credentials: 'include'`, so a session that forgets that option fails here as it would live.
 */

interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expiresAtMs: number | null;
  isHttpOnly: boolean;
}

export interface CookieJarFetch {
  fetch: typeof globalThis.fetch;
  /** Cookies the jar would send now, name → value (a test's view; scripts never see HttpOnly). */
  cookies(): Map<string, string>;
  /** Whether the named cookie arrived with the HttpOnly attribute. */
  isHttpOnly(name: string): boolean;
  clear(): void;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** RFC 6265 §5.1.4: `/api/auth` matches `/api/auth` and `/api/auth/refresh`, not `/api/authx`. */
function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** RFC 6265 §5.1.4 default-path: the request path up to its last slash. */
function defaultPath(requestPath: string): string {
  const lastSlash = requestPath.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : requestPath.slice(0, lastSlash);
}

function parseSetCookie(header: string, url: URL, nowMs: number): StoredCookie | null {
  const [pair = '', ...attributes] = header.split(';');
  const separator = pair.indexOf('=');
  if (separator <= 0) return null;
  const cookie: StoredCookie = {
    name: pair.slice(0, separator).trim(),
    value: pair.slice(separator + 1).trim(),
    host: url.host,
    path: defaultPath(url.pathname),
    expiresAtMs: null,
    isHttpOnly: false,
  };
  let maxAgeMs: number | null = null;
  let isSecure = false;
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAgeMs = Number(value) * 1_000;
    else if (key === 'expires' && !Number.isNaN(Date.parse(value))) {
      cookie.expiresAtMs = Date.parse(value);
    } else if (key === 'httponly') cookie.isHttpOnly = true;
    else if (key === 'secure') isSecure = true;
  }
  // Max-Age wins over Expires (RFC 6265 §5.3 step 3).
  if (maxAgeMs !== null) cookie.expiresAtMs = nowMs + maxAgeMs;
  // Browsers treat loopback as a secure context, so a Secure cookie works there over http.
  if (isSecure && url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return cookie;
}

/** Wraps `baseFetch` (Node's own by default) with a cookie jar. */
export function createCookieJarFetch(
  baseFetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
  now: () => number = Date.now,
): CookieJarFetch {
  let jar: StoredCookie[] = [];

  const isLive = (cookie: StoredCookie) =>
    cookie.expiresAtMs === null || cookie.expiresAtMs > now();

  function matching(url: URL): StoredCookie[] {
    jar = jar.filter(isLive);
    return jar
      .filter((cookie) => cookie.host === url.host && pathMatches(cookie.path, url.pathname))
      .sort((a, b) => b.path.length - a.path.length);
  }

  function store(setCookies: string[], url: URL): void {
    for (const header of setCookies) {
      const cookie = parseSetCookie(header, url, now());
      if (cookie === null) continue;
      jar = jar.filter(
        (old) =>
          !(old.name === cookie.name && old.host === cookie.host && old.path === cookie.path),
      );
      if (isLive(cookie)) jar.push(cookie);
    }
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const original = input instanceof Request ? input : null;
    const url = new URL(original?.url ?? input.toString());
    const isIncluded = (init?.credentials ?? original?.credentials) === 'include';
    const headers = new Headers(init?.headers ?? original?.headers);
    const cookies = isIncluded ? matching(url) : [];
    if (cookies.length > 0) {
      headers.set('Cookie', cookies.map(({ name, value }) => `${name}=${value}`).join('; '));
    }
    const response = await baseFetch(original ?? url, { ...init, headers });
    if (isIncluded) store(response.headers.getSetCookie(), url);
    return response;
  };

  return {
    fetch,
    cookies() {
      jar = jar.filter(isLive);
      return new Map(jar.map((cookie) => [cookie.name, cookie.value]));
    },
    isHttpOnly: (name) => jar.some((cookie) => cookie.name === name && cookie.isHttpOnly),
    clear() {
      jar = [];
    },
  };
}
