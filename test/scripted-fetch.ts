/**
 * A fetch for unit tests of the HTTP session and adapter: it answers from a script, one reply per
 * request, and records what it was asked.
 */
export interface Call {
  url: string;
  init: RequestInit;
}

export type Reply = Response | Error | ((init: RequestInit) => Promise<Response>);

/** A JSON response, as the reference server sends it. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

export function scriptedFetch(replies: Reply[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`unexpected request to ${String(input)}`);
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(init) : reply;
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
