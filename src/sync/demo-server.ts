/**
 * Asks the server the app was loaded from whether it runs the demo organisation (the reference
 * server started by `npm start`). A static host answers with its SPA page or a 404: both read as
 * "no demo server", never as an error.
 */
export interface DemoCredentials {
  employeeNumber: string;
  password: string;
  displayName: string;
}

const LIMIT = 200;

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMIT;
}

export async function discoverDemoServer(
  origin: string,
  fetchImpl: typeof fetch = fetch,
): Promise<DemoCredentials | null> {
  try {
    const response = await fetchImpl(new URL('/api/demo', origin), {
      headers: { accept: 'application/json' },
    });
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) {
      return null;
    }
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    const { employeeNumber, password, displayName } = body as Record<string, unknown>;
    if (!isShortString(employeeNumber) || !isShortString(password) || !isShortString(displayName)) {
      return null;
    }
    return { employeeNumber, password, displayName };
  } catch {
    return null;
  }
}
