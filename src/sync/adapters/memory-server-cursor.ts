/**
 * The memory server's pull cursor: base64 of `{v, epoch, agentId, schemaVersion, positions}` where
 * a position is the last `(version, table, key)` sent per space (SYNC.md §4.7). Clients treat it
 * as opaque; anything that does not decode to this agent, epoch and schema means "reset".
 */
import { z } from 'zod';

/** The last row sent from a space: its version, then table and key to split a version. */
export type SpacePosition = readonly [version: number, table: string, key: string];

export interface ServerCursor {
  v: 1;
  epoch: number;
  agentId: string;
  schemaVersion: number;
  positions: Record<string, SpacePosition>;
}

const cursorSchema = z.strictObject({
  v: z.literal(1),
  epoch: z.int().min(1),
  agentId: z.string().min(1),
  schemaVersion: z.int().min(1),
  positions: z.record(z.string(), z.tuple([z.int().min(0), z.string(), z.string()])),
});

/** The opaque text a client stores and sends back. */
export function encodeCursor(cursor: ServerCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor));
  return btoa(String.fromCharCode(...bytes));
}

/** The decoded cursor, or `null` when it is not one this server issued. */
export function decodeCursor(text: string): ServerCursor | null {
  try {
    const bytes = Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
    const parsed = cursorSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Orders rows of one space: version first, then table and key (RxDB's tie-break). */
export function comparePositions(a: SpacePosition, b: SpacePosition): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  if (a[2] !== b[2]) return a[2] < b[2] ? -1 : 1;
  return 0;
}
