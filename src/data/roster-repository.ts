/**
 * The roster as the agent works with it (issue #6): shifts by day for the week and month views,
 * the shift changes the pull applier recorded and their acknowledgement, leave and swap requests
 * with the employer's answer, and the agent's own clock records. Every agent write goes through
 * `commitAgentWrite`: the record and its outbox row commit together, offline or not.
 */
import type {
  ClockRecord,
  LeaveDecision,
  LeaveKind,
  LeaveRequest,
  Shift,
  ShiftAcknowledgement,
  SwapDecision,
  SwapRequest,
} from '@/domain/roster/shift';
import { revisionOf, type ShiftChange } from '@/domain/roster/shift-change';
import { localDayOf } from '@/domain/zoned-time';
import { commitAgentWrite, newRecordId } from './agent-write';
import type { CancelledRequestRow, WorkbenchDb } from './db';

/** Used for records written before the workspace has an agent profile (a local workspace). */
export const LOCAL_AGENT_ID = 'local-agent';

export type RequestStatus = 'pending' | 'approved' | 'declined' | 'cancelled';

export interface LeaveRequestWithStatus {
  request: LeaveRequest;
  status: RequestStatus;
  decision: LeaveDecision | null;
}

export interface SwapRequestWithStatus {
  request: SwapRequest;
  status: RequestStatus;
  decision: SwapDecision | null;
}

export interface LeaveDraft {
  kind: LeaveKind;
  /** `YYYY-MM-DD` days, in the project's zone. */
  days: string[];
  note: string;
}

export interface SwapDraft {
  shiftId: string;
  kind: SwapRequest['kind'];
  note: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const newestFirst = <T extends { createdAt: string }>(a: T, b: T) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

const byStart = (a: Shift, b: Shift) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

const byDetectedNewestFirst = (a: ShiftChange, b: ShiftChange) =>
  a.detectedAt < b.detectedAt ? 1 : a.detectedAt > b.detectedAt ? -1 : a.id < b.id ? 1 : -1;

/** A request's status: the employer's decision first, then a cancellation, else pending. */
function statusOf(
  decision: { status: 'approved' | 'declined' } | undefined,
  isCancelled: boolean,
): RequestStatus {
  if (decision) return decision.status;
  return isCancelled ? 'cancelled' : 'pending';
}

export function createRosterRepository(db: WorkbenchDb) {
  async function agentId(): Promise<string> {
    return (await db.agentProfile.toCollection().first())?.id ?? LOCAL_AGENT_ID;
  }

  /** Record ids with a cancel still queued. */
  async function queuedCancels(name: 'leave.cancel' | 'swap.cancel'): Promise<Set<string>> {
    const queued = await db.outbox.toArray();
    return new Set(queued.filter((row) => row.name === name).map((row) => row.recordId));
  }

  /**
   * Requests with their status. The server removes a cancelled request, and its echo removes it
   * here: the device keeps its own copy (`cancelledRequests`) so the agent still sees it cancelled.
   */
  function withStatus<R extends LeaveRequest | SwapRequest, D extends LeaveDecision | SwapDecision>(
    requests: R[],
    decisions: D[],
    archived: CancelledRequestRow[],
    cancelQueued: Set<string>,
  ): { request: R; status: RequestStatus; decision: D | null }[] {
    const decisionOf = new Map(decisions.map((decision) => [decision.requestId, decision]));
    const archivedIds = new Set(archived.map((row) => row.id));
    const held = new Set(requests.map((request) => request.id));
    const all = [
      ...requests,
      ...archived.filter((row) => !held.has(row.id)).map((row) => row.request as R),
    ].sort(newestFirst);
    return all.map((request) => {
      const decision = decisionOf.get(request.id);
      // A cancel the server refused (already decided) leaves the decision to speak.
      const isCancelled = cancelQueued.has(request.id) || archivedIds.has(request.id);
      return { request, status: statusOf(decision, isCancelled), decision: decision ?? null };
    });
  }

  async function cancel(
    name: 'leave.cancel' | 'swap.cancel',
    table: 'leaveRequests' | 'swapRequests',
    id: string,
    now: Date,
  ): Promise<void> {
    const request = await db.table<LeaveRequest | SwapRequest, string>(table).get(id);
    if (!request) throw new Error(`roster/not-found: ${id}`);
    await commitAgentWrite(db, {
      name,
      recordId: id,
      args: {},
      now,
      tables: [db.table(table), db.cancelledRequests],
      write: async () => {
        await db.cancelledRequests.put({
          id,
          table,
          request,
          cancelledAt: now.toISOString(),
        });
        await db.table(table).update(id, { syncState: 'pending' });
      },
    });
  }

  async function requestSwap(draft: SwapDraft, now: Date): Promise<SwapRequest> {
    const request: SwapRequest = {
      id: newRecordId(),
      agentId: await agentId(),
      shiftId: draft.shiftId,
      kind: draft.kind,
      note: draft.note,
      createdAt: now.toISOString(),
      syncState: 'pending',
    };
    const { syncState: _local, ...args } = request;
    await commitAgentWrite(db, {
      name: 'swap.request',
      recordId: request.id,
      args,
      now,
      tables: [db.swapRequests],
      write: () => db.swapRequests.add(request),
    });
    return request;
  }

  return {
    /**
     * Shifts whose working day is in [fromDay, toDay] (`YYYY-MM-DD`, inclusive), ordered by start:
     * one indexed range read on `day`, for the week agenda and the month calendar. A shift that
     * crosses midnight is listed under the day it starts on; `shiftsByDay` places it on both.
     */
    async listShiftsForDays(fromDay: string, toDay: string): Promise<Shift[]> {
      const shifts = await db.shifts.where('day').between(fromDay, toDay, true, true).toArray();
      return shifts.sort(byStart);
    },

    /** Every change the pull applier recorded, newest first (the change log). */
    async changes(): Promise<ShiftChange[]> {
      return (await db.shiftChanges.toArray()).sort(byDetectedNewestFirst);
    },

    /** Changes the agent has not acknowledged yet, newest first (Today's highlight). */
    async unacknowledgedChanges(): Promise<ShiftChange[]> {
      const all = await db.shiftChanges.toArray();
      return all.filter((change) => change.acknowledgedAt === null).sort(byDetectedNewestFirst);
    },

    /** Changes to one shift, newest first. */
    async changesOfShift(shiftId: string): Promise<ShiftChange[]> {
      return (await db.shiftChanges.where('shiftId').equals(shiftId).toArray()).sort(
        byDetectedNewestFirst,
      );
    },

    /**
     * Acknowledges a change: marks it (and older unacknowledged changes of the same shift) seen
     * and queues a `shiftChange.acknowledge` for the employer, in one transaction. Resolves with
     * the acknowledgement, or `null` when the change was already acknowledged.
     */
    async acknowledge(changeId: string, now: Date): Promise<ShiftAcknowledgement | null> {
      const change = await db.shiftChanges.get(changeId);
      if (!change) throw new Error(`roster/not-found: ${changeId}`);
      if (change.acknowledgedAt !== null) return null;
      const acknowledgedAt = now.toISOString();
      const acknowledgement: ShiftAcknowledgement = {
        id: newRecordId(),
        agentId: await agentId(),
        shiftId: change.shiftId,
        revision: revisionOf(change),
        acknowledgedAt,
        syncState: 'pending',
      };
      const { syncState: _local, ...args } = acknowledgement;
      await commitAgentWrite(db, {
        name: 'shiftChange.acknowledge',
        recordId: acknowledgement.id,
        args,
        now,
        tables: [db.shiftAcknowledgements, db.shiftChanges],
        write: async () => {
          await db.shiftAcknowledgements.add(acknowledgement);
          const covered = await db.shiftChanges.where('shiftId').equals(change.shiftId).toArray();
          for (const record of covered) {
            const isCovered =
              record.id === change.id ||
              (record.acknowledgedAt === null && revisionOf(record) <= acknowledgement.revision);
            if (isCovered && record.acknowledgedAt === null) {
              await db.shiftChanges.put({ ...record, acknowledgedAt });
            }
          }
        },
      });
      return acknowledgement;
    },

    /** Queues a leave request (`leave.request`); it is pending until the employer decides. */
    async requestLeave(draft: LeaveDraft, now: Date): Promise<LeaveRequest> {
      const request: LeaveRequest = {
        id: newRecordId(),
        agentId: await agentId(),
        kind: draft.kind,
        days: [...new Set(draft.days)].sort(),
        note: draft.note,
        createdAt: now.toISOString(),
        syncState: 'pending',
      };
      const { syncState: _local, ...args } = request;
      await commitAgentWrite(db, {
        name: 'leave.request',
        recordId: request.id,
        args,
        now,
        tables: [db.leaveRequests],
        write: () => db.leaveRequests.add(request),
      });
      return request;
    },

    /** Queues `leave.cancel`; the server refuses it if the employer has decided already. */
    cancelLeave(id: string, now: Date): Promise<void> {
      return cancel('leave.cancel', 'leaveRequests', id, now);
    },

    /** Leave requests with their status, newest first. */
    async leaveRequestsWithStatus(): Promise<LeaveRequestWithStatus[]> {
      return db.transaction(
        'r',
        [db.leaveRequests, db.leaveDecisions, db.cancelledRequests, db.outbox],
        async () =>
          withStatus(
            await db.leaveRequests.toArray(),
            await db.leaveDecisions.toArray(),
            await db.cancelledRequests.where('table').equals('leaveRequests').toArray(),
            await queuedCancels('leave.cancel'),
          ),
      );
    },

    /** Offers one of the agent's shifts to colleagues (`swap.request`, kind `offer`). */
    offerShift(shiftId: string, note: string, now: Date): Promise<SwapRequest> {
      return requestSwap({ shiftId, kind: 'offer', note }, now);
    },

    /** Queues a swap request: an offer of the agent's shift, or taking one a colleague offered. */
    requestSwap,

    /** Queues `swap.cancel`. */
    cancelSwap(id: string, now: Date): Promise<void> {
      return cancel('swap.cancel', 'swapRequests', id, now);
    },

    /** Swap requests with their status, newest first. */
    async swapRequestsWithStatus(): Promise<SwapRequestWithStatus[]> {
      return db.transaction(
        'r',
        [db.swapRequests, db.swapDecisions, db.cancelledRequests, db.outbox],
        async () =>
          withStatus(
            await db.swapRequests.toArray(),
            await db.swapDecisions.toArray(),
            await db.cancelledRequests.where('table').equals('swapRequests').toArray(),
            await queuedCancels('swap.cancel'),
          ),
      );
    },

    /** Records the agent starting or ending work or a break, now (`clockRecord.create`). */
    async clockRecord(
      kind: ClockRecord['kind'],
      shiftId: string | null,
      now: Date,
    ): Promise<ClockRecord> {
      const record: ClockRecord = {
        id: newRecordId(),
        agentId: await agentId(),
        kind,
        at: now.toISOString(),
        shiftId,
        syncState: 'pending',
      };
      const { syncState: _local, ...args } = record;
      await commitAgentWrite(db, {
        name: 'clockRecord.create',
        recordId: record.id,
        args,
        now,
        tables: [db.clockRecords],
        write: () => db.clockRecords.add(record),
      });
      return record;
    },

    /** Clock records in [from, to) (ISO instants), oldest first: one indexed read on `at`. */
    clockRecordsBetween(from: string, to: string): Promise<ClockRecord[]> {
      return db.clockRecords.where('at').between(from, to, true, false).toArray();
    },

    /** Clock records made on `day` in `timeZone`, oldest first. */
    async clockRecordsForDay(day: string, timeZone: string): Promise<ClockRecord[]> {
      const midnightUtc = Date.parse(`${day}T00:00:00Z`);
      const from = new Date(midnightUtc - DAY_MS).toISOString();
      const to = new Date(midnightUtc + 2 * DAY_MS).toISOString();
      const around = await db.clockRecords.where('at').between(from, to, true, false).toArray();
      return around.filter((record) => localDayOf(record.at, timeZone) === day);
    },

    /** Clock records tied to any of `shiftIds`, oldest first. */
    async clockRecordsForShifts(shiftIds: readonly string[]): Promise<ClockRecord[]> {
      if (shiftIds.length === 0) return [];
      const records = await db.clockRecords
        .where('shiftId')
        .anyOf([...shiftIds])
        .toArray();
      return records.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },
  };
}

export type RosterRepository = ReturnType<typeof createRosterRepository>;
