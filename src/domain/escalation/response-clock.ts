/**
 * The promise the policy made and how it is going: the response clock counts down from the moment
 * the agent raised the escalation, and the timeline lists what happened since. All instants are ISO
 * strings compared as instants (`Date.parse`), never as text, so offsets and precision cannot lie.
 */
import type { AgentRecordSyncState } from '../roster/shift';
import type { EscalationNote, EscalationResponse, EscalationRouting } from './escalation';

const MINUTE_MS = 60_000;

export type ResponseClockState = 'waiting' | 'overdue' | 'answered' | 'answered-late';

export interface ResponseClock {
  /** When the policy's response time runs out (ISO UTC). */
  dueAt: string;
  state: ResponseClockState;
  /**
   * Unanswered: time left until `dueAt` at `now`, negative once overdue. Answered: the margin the
   * answer left (`dueAt − answeredAt`), negative when it came late.
   */
  remainingMs: number;
  /** The first acknowledgement or resolution, as given in the response. */
  answeredAt?: string;
}

function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`escalation/invalid-instant: ${iso}`);
  return ms;
}

/** Earliest first: ties keep their input order, so equal instants stay deterministic. */
function byInstant<T>(at: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => instantMs(at(a)) - instantMs(at(b));
}

function firstOfKind(
  responses: readonly EscalationResponse[],
  kinds: readonly EscalationResponse['kind'][],
): EscalationResponse | undefined {
  return responses
    .filter((response) => kinds.includes(response.kind))
    .sort(byInstant((response) => response.at))[0];
}

/**
 * Where the response clock of an escalation raised at `createdAt` stands at `now`. Only an
 * acknowledgement or a resolution answers it: the server's receipt and messages do not.
 * `responses` are this escalation's.
 * @example
 * responseClock('2026-11-20T02:00:00Z', { responseMinutes: 5 }, [], new Date('2026-11-20T02:07:00Z'))
 * // { dueAt: '2026-11-20T02:05:00.000Z', state: 'overdue', remainingMs: -120000 }
 */
export function responseClock(
  createdAt: string,
  routing: Pick<EscalationRouting, 'responseMinutes'>,
  responses: readonly EscalationResponse[],
  now: Date,
): ResponseClock {
  const dueMs = instantMs(createdAt) + routing.responseMinutes * MINUTE_MS;
  const dueAt = new Date(dueMs).toISOString();
  const answer = firstOfKind(responses, ['acknowledged', 'resolved']);
  if (answer) {
    const remainingMs = dueMs - instantMs(answer.at);
    return {
      dueAt,
      state: remainingMs < 0 ? 'answered-late' : 'answered',
      remainingMs,
      answeredAt: answer.at,
    };
  }
  const remainingMs = dueMs - now.getTime();
  return { dueAt, state: remainingMs < 0 ? 'overdue' : 'waiting', remainingMs };
}

export type TimelineStepName = 'saved' | 'sent' | 'received' | 'acknowledged' | 'resolved';

export const TIMELINE_STEPS: readonly TimelineStepName[] = [
  'saved',
  'sent',
  'received',
  'acknowledged',
  'resolved',
];

export interface TimelineStep {
  step: TimelineStepName;
  /** When it happened; `null` when not yet, or when only a later step shows it happened. */
  at: string | null;
  done: boolean;
  /** The receiving side's event behind `received`, `acknowledged` or `resolved`, for its note. */
  response: EscalationResponse | null;
}

/** A note the agent added or a message from the receiving side, in time order. */
export type TimelineEntry =
  | { kind: 'note'; at: string; note: EscalationNote }
  | { kind: 'message'; at: string; response: EscalationResponse };

export interface EscalationTimeline {
  steps: TimelineStep[];
  entries: TimelineEntry[];
}

/**
 * The escalation's steps, saved → sent → received → acknowledged → resolved, and its notes and
 * messages in time order. A later step implies the earlier ones (a resolution proves receipt), so
 * they are marked done even when their own event is missing. `sentAt` is when the device saw the
 * server accept it, if it recorded that.
 */
export function escalationTimeline(
  escalation: { createdAt: string; syncState: AgentRecordSyncState },
  responses: readonly EscalationResponse[],
  notes: readonly EscalationNote[],
  sentAt?: string | null,
): EscalationTimeline {
  const events: Record<
    TimelineStepName,
    { at: string | null; response: EscalationResponse | null }
  > = {
    saved: { at: escalation.createdAt, response: null },
    sent: { at: sentAt ?? null, response: null },
    received: eventOf(firstOfKind(responses, ['received'])),
    acknowledged: eventOf(firstOfKind(responses, ['acknowledged'])),
    resolved: eventOf(firstOfKind(responses, ['resolved'])),
  };
  const happened = (step: TimelineStepName): boolean =>
    events[step].at !== null || (step === 'sent' && escalation.syncState === 'sent');

  const steps = TIMELINE_STEPS.map((step, index) => ({
    step,
    ...events[step],
    done: TIMELINE_STEPS.slice(index).some(happened),
  }));

  const entries: TimelineEntry[] = [
    ...notes.map((note): TimelineEntry => ({ kind: 'note', at: note.createdAt, note })),
    ...responses
      .filter((response) => response.kind === 'message')
      .map((response): TimelineEntry => ({ kind: 'message', at: response.at, response })),
  ].sort(byInstant((entry) => entry.at));

  return { steps, entries };
}

function eventOf(response: EscalationResponse | undefined): {
  at: string | null;
  response: EscalationResponse | null;
} {
  return { at: response?.at ?? null, response: response ?? null };
}
