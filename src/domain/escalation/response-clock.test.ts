import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationNote, EscalationResponse, EscalationResponseKind } from './escalation';
import { escalationTimeline, responseClock } from './response-clock';

const CREATED_AT = '2026-11-20T02:00:00.000Z';

function response(
  kind: EscalationResponseKind,
  at: string,
  id = `${kind}-${at}`,
): EscalationResponse {
  return { id, escalationId: 'esc-1', agentId: 'agent-1', kind, at, by: 'supervisor', note: '' };
}

function note(id: string, createdAt: string): EscalationNote {
  return {
    id,
    escalationId: 'esc-1',
    agentId: 'agent-1',
    text: id,
    attachment: null,
    chain: { seq: 2, hash: 'f'.repeat(64) },
    createdAt,
    syncState: 'pending',
  };
}

describe('responseClock', () => {
  const routing = { responseMinutes: 5 };
  const due = '2026-11-20T02:05:00.000Z';

  it.each([
    {
      name: 'counts down while nobody has answered',
      responses: [],
      now: '2026-11-20T02:03:00Z',
      expected: { dueAt: due, state: 'waiting', remainingMs: 120_000 },
    },
    {
      name: 'is still waiting at the very instant it falls due',
      responses: [],
      now: due,
      expected: { dueAt: due, state: 'waiting', remainingMs: 0 },
    },
    {
      name: 'goes overdue with a negative remainder',
      responses: [],
      now: '2026-11-20T02:07:30Z',
      expected: { dueAt: due, state: 'overdue', remainingMs: -150_000 },
    },
    {
      name: 'does not count the server receipt or a message as an answer',
      responses: [
        response('received', '2026-11-20T02:00:02Z'),
        response('message', '2026-11-20T02:01:00Z'),
      ],
      now: '2026-11-20T02:06:00Z',
      expected: { dueAt: due, state: 'overdue', remainingMs: -60_000 },
    },
    {
      name: 'is answered by an acknowledgement in time',
      responses: [response('acknowledged', '2026-11-20T02:04:00Z')],
      now: '2026-11-20T03:00:00Z',
      expected: {
        dueAt: due,
        state: 'answered',
        remainingMs: 60_000,
        answeredAt: '2026-11-20T02:04:00Z',
      },
    },
    {
      name: 'is answered by a resolution without an acknowledgement',
      responses: [response('resolved', '2026-11-20T02:05:00Z')],
      now: '2026-11-20T03:00:00Z',
      expected: {
        dueAt: due,
        state: 'answered',
        remainingMs: 0,
        answeredAt: '2026-11-20T02:05:00Z',
      },
    },
    {
      name: 'marks a late acknowledgement',
      responses: [response('acknowledged', '2026-11-20T02:09:00Z')],
      now: '2026-11-20T03:00:00Z',
      expected: {
        dueAt: due,
        state: 'answered-late',
        remainingMs: -240_000,
        answeredAt: '2026-11-20T02:09:00Z',
      },
    },
    {
      name: 'takes the earliest answer by instant, not by text or input order',
      responses: [
        response('resolved', '2026-11-20T02:04:30Z'),
        // 10:04 in Shanghai is 02:04 UTC: earlier, though it sorts later as text.
        response('acknowledged', '2026-11-20T10:04:00+08:00'),
      ],
      now: '2026-11-20T03:00:00Z',
      expected: {
        dueAt: due,
        state: 'answered',
        remainingMs: 60_000,
        answeredAt: '2026-11-20T10:04:00+08:00',
      },
    },
  ])('$name', ({ responses, now, expected }) => {
    expect(responseClock(CREATED_AT, routing, responses, new Date(now))).toEqual(expected);
  });

  it('reads a creation time with an offset as the same instant', () => {
    const clock = responseClock('2026-11-20T10:00:00+08:00', routing, [], new Date(CREATED_AT));
    expect(clock).toEqual({ dueAt: due, state: 'waiting', remainingMs: 300_000 });
  });

  it('refuses a creation time that is not an instant', () => {
    expect(() => responseClock('20/11/2026', routing, [], new Date(CREATED_AT))).toThrow(
      'escalation/invalid-instant',
    );
  });

  it('is overdue exactly when unanswered past the due time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (responseMinutes, offsetMs) => {
          const now = new Date(Date.parse(CREATED_AT) + offsetMs);
          const clock = responseClock(CREATED_AT, { responseMinutes }, [], now);
          expect(clock.state === 'overdue').toBe(offsetMs > responseMinutes * 60_000);
          expect(Date.parse(clock.dueAt) - now.getTime()).toBe(clock.remainingMs);
        },
      ),
    );
  });
});

describe('escalationTimeline', () => {
  const stepsOf = (timeline: ReturnType<typeof escalationTimeline>) =>
    timeline.steps.map(({ step, at, done }) => ({ step, at, done }));

  it.each([
    {
      name: 'only saved while pending on the device',
      syncState: 'pending' as const,
      responses: [],
      sentAt: undefined,
      expected: [
        ['saved', CREATED_AT, true],
        ['sent', null, false],
        ['received', null, false],
        ['acknowledged', null, false],
        ['resolved', null, false],
      ],
    },
    {
      name: 'sent, with the time the device saw it accepted',
      syncState: 'sent' as const,
      responses: [],
      sentAt: '2026-11-20T02:00:01Z',
      expected: [
        ['saved', CREATED_AT, true],
        ['sent', '2026-11-20T02:00:01Z', true],
        ['received', null, false],
        ['acknowledged', null, false],
        ['resolved', null, false],
      ],
    },
    {
      name: 'sent without a recorded time',
      syncState: 'sent' as const,
      responses: [],
      sentAt: undefined,
      expected: [
        ['saved', CREATED_AT, true],
        ['sent', null, true],
        ['received', null, false],
        ['acknowledged', null, false],
        ['resolved', null, false],
      ],
    },
    {
      name: 'received and acknowledged, each at its time',
      syncState: 'sent' as const,
      responses: [
        response('acknowledged', '2026-11-20T02:04:00Z'),
        response('received', '2026-11-20T02:00:02Z'),
      ],
      sentAt: '2026-11-20T02:00:01Z',
      expected: [
        ['saved', CREATED_AT, true],
        ['sent', '2026-11-20T02:00:01Z', true],
        ['received', '2026-11-20T02:00:02Z', true],
        ['acknowledged', '2026-11-20T02:04:00Z', true],
        ['resolved', null, false],
      ],
    },
    {
      name: 'resolved, which proves the earlier steps even while the device still says pending',
      syncState: 'pending' as const,
      responses: [response('resolved', '2026-11-20T03:00:00Z')],
      sentAt: undefined,
      expected: [
        ['saved', CREATED_AT, true],
        ['sent', null, true],
        ['received', null, true],
        ['acknowledged', null, true],
        ['resolved', '2026-11-20T03:00:00Z', true],
      ],
    },
  ])('shows $name', ({ syncState, responses, sentAt, expected }) => {
    const timeline = escalationTimeline(
      { createdAt: CREATED_AT, syncState },
      responses,
      [],
      sentAt,
    );
    expect(stepsOf(timeline)).toEqual(expected.map(([step, at, done]) => ({ step, at, done })));
  });

  it('keeps the response behind each step for its note', () => {
    const acknowledged = response('acknowledged', '2026-11-20T02:04:00Z');
    const timeline = escalationTimeline(
      { createdAt: CREATED_AT, syncState: 'sent' },
      [acknowledged],
      [],
    );
    expect(timeline.steps.find((step) => step.step === 'acknowledged')?.response).toBe(
      acknowledged,
    );
  });

  it('lists notes and messages by instant, leaving steps out of the entries', () => {
    const early = note('note-early', '2026-11-20T10:01:00+08:00'); // 02:01 UTC
    const late = note('note-late', '2026-11-20T02:30:00Z');
    const message = response('message', '2026-11-20T02:10:00Z');
    const timeline = escalationTimeline(
      { createdAt: CREATED_AT, syncState: 'sent' },
      [response('acknowledged', '2026-11-20T02:02:00Z'), message],
      [late, early],
    );
    expect(timeline.entries).toEqual([
      { kind: 'note', at: early.createdAt, note: early },
      { kind: 'message', at: message.at, response: message },
      { kind: 'note', at: late.createdAt, note: late },
    ]);
  });
});
