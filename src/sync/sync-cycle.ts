/**
 * One sync cycle: push the outbox in seq order (§4.6), then pull pages until `hasMore` is false
 * (§4.7). Every response is validated before the store is touched; any failure surfaces as a
 * `SyncError` and leaves the store as the last committed step left it.
 */
import { CURRENT_SCHEMA_VERSION } from '@/data/db-schema';
import type { SyncStore } from '@/data/sync-store';
import { parsePullResponse, parsePushResponse } from '@/domain/sync/protocol-schemas';
import { PROTOCOL_VERSION } from '@/domain/sync/protocol';
import { SyncError, type SyncAdapter } from './sync-adapter';

/** A server that keeps answering `hasMore` cannot hold a cycle forever; the next cycle goes on. */
const MAX_PULL_PAGES_PER_CYCLE = 200;

export interface SyncCycleContext {
  store: SyncStore;
  adapter: SyncAdapter;
  now: () => Date;
  /** Aborted when the engine stops. */
  signal: AbortSignal;
  maxPushBatch: number;
  pullLimit: number;
  requestTimeoutMs: number;
}

/** Pushes the whole outbox, then pulls every page; rejects with a `SyncError` on any failure. */
export async function runSyncCycle(context: SyncCycleContext): Promise<void> {
  // A cycle that waited for the cross-tab lock may start after the engine stopped.
  if (context.signal.aborted) throw new SyncError('network', 'sync stopped');
  const clientGroupId = await context.store.getClientGroupId();
  await pushOutbox(context, clientGroupId);
  await pullChanges(context, clientGroupId);
}

async function pushOutbox(context: SyncCycleContext, clientGroupId: string): Promise<void> {
  const { store, adapter } = context;
  let batchSize = context.maxPushBatch;
  for (;;) {
    const batch = await store.readOutboxBatch(batchSize);
    const lastSentSeq = batch.at(-1)?.seq;
    if (lastSentSeq === undefined) return;
    const previousAckedSeq = await store.getLastAckedSeq();
    let raw: unknown;
    try {
      raw = await send(context, (signal) =>
        adapter.push(
          {
            protocolVersion: PROTOCOL_VERSION,
            schemaVersion: CURRENT_SCHEMA_VERSION,
            clientGroupId,
            mutations: batch,
          },
          { signal },
        ),
      );
    } catch (error) {
      // 413: the server wants a smaller batch, not a later retry. One oversize mutation stays queued.
      if (error instanceof SyncError && error.kind === 'payload-too-large' && batch.length > 1) {
        batchSize = Math.floor(batch.length / 2);
        continue;
      }
      throw error;
    }
    const parsed = parsePushResponse(raw, batch, previousAckedSeq);
    if (!parsed.ok) throw new SyncError('invalid-response', `push: ${parsed.issue}`);
    const settled = await store.applyPushResponse(parsed.value, context.now());
    if (parsed.value.lastMutationSeq < lastSentSeq) {
      throw new SyncError(
        'server',
        `server stopped at seq ${parsed.value.lastMutationSeq} of ${lastSentSeq}`,
      );
    }
    if (settled.acknowledged + settled.rejected === 0) {
      throw new SyncError('server', 'push answered without results');
    }
  }
}

async function pullChanges(context: SyncCycleContext, clientGroupId: string): Promise<void> {
  const { store, adapter } = context;
  for (let pages = 0; pages < MAX_PULL_PAGES_PER_CYCLE; pages += 1) {
    const cursor = await store.getCursor();
    const raw = await send(context, (signal) =>
      adapter.pull(
        {
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: CURRENT_SCHEMA_VERSION,
          clientGroupId,
          cursor,
          limit: context.pullLimit,
        },
        { signal },
      ),
    );
    const parsed = parsePullResponse(raw);
    if (!parsed.ok) throw new SyncError('invalid-response', `pull: ${parsed.issue}`);
    await store.applyPullPage(parsed.value);
    if (!parsed.value.hasMore) return;
  }
}

/**
 * Calls the adapter with a signal that aborts on stop or after `requestTimeoutMs`, and turns
 * anything it throws into a `SyncError`. An adapter that ignores the signal is raced, not awaited.
 */
async function send(
  context: SyncCycleContext,
  call: (signal: AbortSignal) => Promise<unknown>,
): Promise<unknown> {
  if (context.signal.aborted) throw new SyncError('network', 'sync stopped');
  const controller = new AbortController();
  let hasTimedOut = false;
  const abort = () => controller.abort();
  const timer = setTimeout(() => {
    hasTimedOut = true;
    controller.abort();
  }, context.requestTimeoutMs);
  context.signal.addEventListener('abort', abort);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new SyncError('network', 'aborted')));
  });
  try {
    return await Promise.race([call(controller.signal), aborted]);
  } catch (error) {
    if (hasTimedOut) throw new SyncError('timeout', `no answer in ${context.requestTimeoutMs} ms`);
    if (error instanceof SyncError) throw error;
    throw new SyncError('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    context.signal.removeEventListener('abort', abort);
  }
}
