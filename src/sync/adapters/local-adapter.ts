/**
 * The embedded default: no server, the device is the system of record. Pushes are acknowledged as
 * applied (there is nowhere else to apply them), and the first pull, or any pull with a cursor it
 * did not issue, resets the device to `initialChanges` (e.g. the demo workspace), paged by `limit`
 * with the count of changes still to come. Attachments stay where they are, on the device.
 */
import { PROTOCOL_VERSION, type Change } from '@/domain/sync/protocol';
import { SyncError, type SyncAdapter } from '@/sync/sync-adapter';

export interface LocalAdapterOptions {
  /** Rows the device starts with; read once per adapter, on the first pull that needs them. */
  initialChanges?: (() => Change[] | Promise<Change[]>) | undefined;
}

const CURSOR_PREFIX = 'local:v1:';
const DONE = 'done';

/** Where a cursor points in the initial changes: an offset, the end, or nowhere (reset). */
function readCursor(cursor: string | null): number | typeof DONE | null {
  if (cursor === null || !cursor.startsWith(CURSOR_PREFIX)) return null;
  const position = cursor.slice(CURSOR_PREFIX.length);
  if (position === DONE) return DONE;
  return /^[1-9]\d{0,8}$/.test(position) ? Number(position) : null;
}

function checkRequest(protocolVersion: number, signal: AbortSignal): void {
  if (signal.aborted) throw new SyncError('network', 'aborted');
  if (protocolVersion !== PROTOCOL_VERSION) {
    throw new SyncError('version-not-supported', `protocol ${protocolVersion}`);
  }
}

/** The adapter for a workspace with no server. */
export function createLocalAdapter({ initialChanges }: LocalAdapterOptions = {}): SyncAdapter {
  let changes: Promise<Change[]> | undefined;
  const loadChanges = () => (changes ??= Promise.resolve(initialChanges?.() ?? []));

  return {
    name: 'local',

    async push(request, { signal }) {
      checkRequest(request.protocolVersion, signal);
      const results = request.mutations.map(({ seq, mutationId }) => ({
        seq,
        mutationId,
        status: 'applied' as const,
      }));
      return { lastMutationSeq: request.mutations.at(-1)?.seq ?? 0, results };
    },

    // The bytes are already on the device, which is the system of record: nothing to send.
    async uploadAttachment(_ref, _blob, { signal }) {
      if (signal.aborted) throw new SyncError('network', 'aborted');
    },

    async pull(request, { signal }) {
      checkRequest(request.protocolVersion, signal);
      const position = readCursor(request.cursor);
      if (position === DONE) {
        return {
          cursor: `${CURSOR_PREFIX}${DONE}`,
          reset: false,
          changes: [],
          hasMore: false,
          lastMutationSeq: 0,
        };
      }
      const all = await loadChanges();
      const offset = position ?? 0;
      const end = offset + request.limit;
      const hasMore = end < all.length;
      return {
        cursor: `${CURSOR_PREFIX}${hasMore ? end : DONE}`,
        reset: position === null,
        changes: structuredClone(all.slice(offset, end)),
        hasMore,
        ...(hasMore && { remaining: all.length - end }),
        lastMutationSeq: 0,
      };
    },
  };
}
