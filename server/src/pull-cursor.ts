/**
 * The pull cursor: base64url of `{v:1, schema, spaces:{<spaceId>: [version, table, key]}}`, the
 * last row sent per space (SYNC.md §4.7). Clients treat it as opaque; a cursor that does not
 * decode, names other spaces or was issued for another schema means "reset".
 */
import { z } from 'zod';

/** The last row sent from a space: its version, then table and key to split a version. */
export type SpacePosition = readonly [version: number, table: string, key: string];

export interface PullCursor {
  v: 1;
  schema: number;
  spaces: Record<string, SpacePosition>;
}

export const START_POSITION: SpacePosition = [0, '', ''];

const cursorSchema = z.strictObject({
  v: z.literal(1),
  schema: z.int().min(1),
  spaces: z.record(
    z.string().max(200),
    z.tuple([z.int().min(0), z.string().max(200), z.string().max(200)]),
  ),
});

export function encodeCursor(cursor: PullCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The decoded cursor, or `null` when it is not one this server issues. */
export function decodeCursor(text: string): PullCursor | null {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
