/**
 * One sync cycle: push the outbox in seq order (§4.6), then pull pages until `hasMore` is false
 * (§4.7). Every response is validated before the store is touched; any failure surfaces as a
 * `SyncError` and leaves the store as the last committed step left it. A server that lost this
 * device's client group gets the outbox again under a new one, at most once per cycle (§4.3).
 * Attachments go up before the first mutation that references them (§4.8, content-addressed).
 */
import { CURRENT_SCHEMA_VERSION } from '@/data/db-schema';
import type { SyncStore } from '@/data/sync-store';
import { referencedAttachments } from '@/domain/sync/mutation-args-schemas';
import { parsePullResponse, parsePushResponse } from '@/domain/sync/protocol-schemas';
import { PROTOCOL_VERSION, type MutationEnvelope } from '@/domain/sync/protocol';
import { SyncError, type SyncAdapter } from './sync-adapter';

/** A server that keeps answering `hasMore` cannot hold a cycle forever; the next cycle goes on. */
const MAX_PULL_PAGES_PER_CYCLE = 200;

/** How far a pull of several pages has come in this cycle. */
export interface PullProgress {
  /** Changes received and applied so far. */
  received: number;
  /** The server's estimate of the changes still to come, when it sends one. */
  remaining?: number;
}

export interface SyncCycleContext {
  store: SyncStore;
  adapter: SyncAdapter;
  now: () => Date;
  /** Aborted when the engine stops. */
  signal: AbortSignal;
  maxPushBatch: number;
  pullLimit: number;
  requestTimeoutMs: number;
  /** Called after each page of a pull that has more pages to come. */
  onPullProgress?: (progress: PullProgress) => void;
}

const isClientStateNotFound = (error: unknown) =>
  error instanceof SyncError && error.kind === 'client-state-not-found';

/** Pushes the whole outbox, then pulls every page; rejects with a `SyncError` on any failure. */
export async function runSyncCycle(context: SyncCycleContext): Promise<void> {
  // A cycle that waited for the cross-tab lock may start after the engine stopped.
  if (context.signal.aborted) throw new SyncError('network', 'sync stopped');
  let hasReregistered = false;
  for (;;) {
    const clientGroupId = await context.store.getClientGroupId();
    try {
      await pushOutbox(context, clientGroupId);
      await pullChanges(context, clientGroupId);
      return;
    } catch (error) {
      // The server dedupes the resent mutations by mutationId. A second refusal right after a
      // re-registration means something else is wrong: it halts the engine instead of looping.
      if (hasReregistered || !isClientStateNotFound(error)) throw error;
      hasReregistered = true;
      await context.store.reregisterClientGroup();
    }
  }
}

async function pushOutbox(context: SyncCycleContext, clientGroupId: string): Promise<void> {
  const { store, adapter } = context;
  let batchSize = context.maxPushBatch;
  for (;;) {
    const queued = await store.readOutboxBatch(batchSize);
    if (queued.length === 0) return;
    const { batch, uploadFailure } = await uploadAttachments(context, queued);
    const lastSentSeq = batch.at(-1)?.seq;
    if (lastSentSeq === undefined) throw uploadFailure;
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
      await forgetUploadOfStoppedMutation(context, batch, parsed.value.lastMutationSeq);
      throw new SyncError(
        'server',
        `server stopped at seq ${parsed.value.lastMutationSeq} of ${lastSentSeq}`,
      );
    }
    if (settled.acknowledged + settled.rejected === 0) {
      throw new SyncError('server', 'push answered without results');
    }
    if (uploadFailure !== undefined) throw uploadFailure;
  }
}

/**
 * A server that stopped right before a mutation with attachments this device believes uploaded
 * does not hold (all of) the bytes (it was restored from a backup, say): upload them again next time.
 */
async function forgetUploadOfStoppedMutation(
  context: SyncCycleContext,
  batch: readonly MutationEnvelope[],
  lastMutationSeq: number,
): Promise<void> {
  const stopped = batch.find((mutation) => mutation.seq === lastMutationSeq + 1);
  const refs = stopped ? referencedAttachments(stopped.name, stopped.args) : [];
  for (const ref of refs) await context.store.forgetUpload(ref.sha256);
}

/**
 * Uploads the attachments `queued` references and the server does not hold yet, oldest first.
 * When one fails, the mutations before the first that needs it still go out (an escalation raised
 * earlier must not wait on a photo); the failure is raised after they are pushed.
 */
async function uploadAttachments(
  context: SyncCycleContext,
  queued: readonly MutationEnvelope[],
): Promise<{ batch: MutationEnvelope[]; uploadFailure?: unknown }> {
  const { store, adapter } = context;
  for (const upload of await store.readPendingUploads(queued)) {
    try {
      await send(context, (signal) =>
        adapter.uploadAttachment(upload.ref, upload.blob, { signal }),
      );
      await store.markUploaded(upload.ref.sha256);
    } catch (error) {
      return {
        batch: queued.filter((mutation) => mutation.seq < upload.seq),
        uploadFailure: error,
      };
    }
  }
  return { batch: [...queued] };
}

async function pullChanges(context: SyncCycleContext, clientGroupId: string): Promise<void> {
  const { store, adapter } = context;
  let received = 0;
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
    received += parsed.value.changes.length;
    const { remaining } = parsed.value;
    context.onPullProgress?.(remaining === undefined ? { received } : { received, remaining });
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
