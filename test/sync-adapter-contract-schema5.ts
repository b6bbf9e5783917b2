/**
 * The schema 5 cases of the adapter contract (issues #7, #8, #9), for harnesses with a remote
 * system of record: the new agent records are applied and echoed, a goal can be removed, every
 * attempt is graded by the server with the key it keeps, a certification's key never comes down,
 * a changed exam and an attempt over the limit are refused, and a readiness report waits for all
 * its photos.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '@/domain/escalation/escalation';
import type { MutationName } from '@/domain/sync/mutation-names';
import { parsePullResponse, parsePushResponse } from '@/domain/sync/protocol-schemas';
import {
  PROTOCOL_VERSION,
  type Change,
  type MutationEnvelope,
  type PullResponse,
  type PushResponse,
} from '@/domain/sync/protocol';
import type { Exam, ExamAttempt } from '@/domain/training/training';
import type { SyncAdapter } from '@/sync/sync-adapter';
import type { MakeHarness } from './sync-adapter-contract';
import { AGENT_ID, AT, SAMPLE_ROWS, SCHEMA_VERSION } from './sync-builders';

const options = { signal: new AbortController().signal };

/** An envelope for `name` carrying `record` (without its `syncState`) as args. */
export function recordEnvelope(
  seq: number,
  name: MutationName,
  record: { id: string; syncState?: string },
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const { syncState: _local, ...args } = record;
  return {
    seq,
    mutationId: `${name}-mutation-${seq}`,
    name,
    recordId: record.id,
    args,
    schemaVersion: SCHEMA_VERSION,
    createdAt: AT,
    ...overrides,
  };
}

/** A certification exam of two questions, with its key and explanations. */
export const CERTIFICATION: Exam = {
  ...SAMPLE_ROWS.exams,
  id: 'exam-cert',
  kind: 'certification',
  review: 'score-only',
  maxAttempts: 2,
  passPercent: 100,
  certificateValidDays: 365,
  questions: [
    SAMPLE_ROWS.exams.questions[0]!,
    {
      id: 'q-2',
      kind: 'multiple',
      prompt: { en: 'Which need a supervisor?' },
      options: [
        { id: 'x', text: { en: 'Threats' } },
        { id: 'y', text: { en: 'Refunds' } },
        { id: 'z', text: { en: 'Self-harm' } },
      ],
      answer: ['x', 'z'],
      explanation: { en: 'Safety first.' },
    },
  ],
};

function attempt(overrides: Partial<ExamAttempt> = {}): ExamAttempt {
  return { ...SAMPLE_ROWS.examAttempts, syncState: 'pending', ...overrides };
}

function photo(fill: number): { ref: AttachmentRef; blob: Blob } {
  const bytes = new Uint8Array(48).fill(fill);
  const ref: AttachmentRef = {
    sha256: bytesToHex(sha256(bytes)),
    contentType: 'image/jpeg',
    size: bytes.byteLength,
    name: `desk-${fill}.jpg`,
  };
  return { ref, blob: new Blob([bytes], { type: 'image/jpeg' }) };
}

export function runSchema5Contract(name: string, makeHarness: MakeHarness): void {
  let seq = 0;
  const clientGroupId = () => `cg-schema5-${name}`;

  async function push(adapter: SyncAdapter, mutations: MutationEnvelope[], acked: number) {
    const parsed = parsePushResponse(
      await adapter.push(
        {
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SCHEMA_VERSION,
          clientGroupId: clientGroupId(),
          mutations,
        },
        options,
      ),
      mutations,
      acked,
    );
    if (!parsed.ok) throw new Error(`invalid push response: ${parsed.issue}`);
    return parsed.value as PushResponse;
  }

  async function pullEverything(adapter: SyncAdapter): Promise<Change[]> {
    const changes: Change[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const parsed = parsePullResponse(
        await adapter.pull(
          {
            protocolVersion: PROTOCOL_VERSION,
            schemaVersion: SCHEMA_VERSION,
            clientGroupId: clientGroupId(),
            cursor,
            limit: 50,
          },
          options,
        ),
      );
      if (!parsed.ok) throw new Error(`invalid pull response: ${parsed.issue}`);
      const response: PullResponse = parsed.value;
      changes.push(...response.changes);
      if (!response.hasMore) return changes;
      cursor = response.cursor;
    }
    throw new Error('pull never ends');
  }

  /** The live rows of `table` after a full pull, by key. */
  async function rowsOf(adapter: SyncAdapter, table: string) {
    const rows = new Map<string, unknown>();
    for (const change of await pullEverything(adapter)) {
      if (change.table !== table) continue;
      if (change.op === 'put') rows.set(change.key, change.value);
      else rows.delete(change.key);
    }
    return rows;
  }

  async function harness(seed: Change[] = []) {
    seq = 0;
    const { adapter, server } = await makeHarness(seed);
    if (!server) throw new Error('the schema 5 cases need a harness with a server');
    return { adapter, server };
  }

  const examRow = (exam: Exam): Change => ({
    table: 'exams',
    op: 'put',
    key: exam.id,
    value: exam,
  });
  const profile: Change = {
    table: 'agentProfile',
    op: 'put',
    key: AGENT_ID,
    value: SAMPLE_ROWS.agentProfile,
  };

  describe(`SyncAdapter contract, schema 5: ${name}`, () => {
    it('applies and echoes a tally, a goal and a lesson completion; removes a goal', async () => {
      const { adapter } = await harness();
      const records = [
        recordEnvelope(++seq, 'kpiTally.record', SAMPLE_ROWS.kpiTallies),
        recordEnvelope(++seq, 'kpiGoal.set', SAMPLE_ROWS.kpiGoals),
        recordEnvelope(++seq, 'lesson.complete', SAMPLE_ROWS.lessonCompletions),
      ];
      const applied = await push(adapter, records, 0);
      expect(applied.results.map((result) => result.status)).toEqual([
        'applied',
        'applied',
        'applied',
      ]);
      expect((await rowsOf(adapter, 'kpiTallies')).get('tally-1')).toEqual(SAMPLE_ROWS.kpiTallies);
      expect((await rowsOf(adapter, 'kpiGoals')).get('goal-1')).toEqual(SAMPLE_ROWS.kpiGoals);
      expect((await rowsOf(adapter, 'lessonCompletions')).get('completion-1')).toEqual(
        SAMPLE_ROWS.lessonCompletions,
      );

      const removal = recordEnvelope(++seq, 'kpiGoal.remove', { id: 'goal-1' });
      const removed = await push(adapter, [{ ...removal, args: {} }], 3);
      expect(removed.results[0]).toMatchObject({ status: 'applied' });
      expect((await rowsOf(adapter, 'kpiGoals')).has('goal-1')).toBe(false);

      const again = recordEnvelope(++seq, 'kpiGoal.remove', { id: 'goal-1' });
      const missing = await push(adapter, [{ ...again, args: {} }], 4);
      expect(missing.results[0]).toMatchObject({ status: 'rejected', code: 'mutation/not-found' });
    });

    it('refuses the new mutations from a client of schema 4', async () => {
      const { adapter } = await harness();
      const old = recordEnvelope(++seq, 'kpiTally.record', SAMPLE_ROWS.kpiTallies, {
        schemaVersion: 4,
      });
      const response = await push(adapter, [old], 0);
      expect(response.results[0]).toMatchObject({
        status: 'rejected',
        code: 'mutation/invalid-args',
      });
    });

    it('grades a practice attempt with the exam it holds and writes the result with it', async () => {
      const { adapter } = await harness([profile, examRow(SAMPLE_ROWS.exams)]);
      const response = await push(
        adapter,
        [recordEnvelope(++seq, 'examAttempt.submit', attempt())],
        0,
      );
      expect(response.results[0]).toMatchObject({ status: 'applied' });
      const result = (await rowsOf(adapter, 'examResults')).get('attempt-1');
      expect(result).toMatchObject({
        attemptId: 'attempt-1',
        examId: 'exam-1',
        scorePercent: 100,
        isPassed: true,
        examVersion: 1,
        questionCredits: { 'q-1': 1 },
      });
      expect(['server', 'device']).toContain((result as { gradedBy: string }).gradedBy);
      // A practice exam earns no certificate.
      expect((await rowsOf(adapter, 'certificates')).size).toBe(0);
    });

    it('keeps a certification key on the server, grades with it and issues the certificate', async () => {
      const { adapter } = await harness([profile, examRow(CERTIFICATION)]);
      const pulled = (await rowsOf(adapter, 'exams')).get('exam-cert') as Exam;
      expect(pulled.questions.map((question) => Object.keys(question).sort())).toEqual([
        ['id', 'kind', 'options', 'prompt'],
        ['id', 'kind', 'options', 'prompt'],
      ]);
      const submitted = attempt({
        id: 'attempt-cert',
        examId: 'exam-cert',
        answers: { 'q-1': ['a'], 'q-2': ['z', 'x'] },
      });
      const response = await push(
        adapter,
        [recordEnvelope(++seq, 'examAttempt.submit', submitted)],
        0,
      );
      expect(response.results[0]).toMatchObject({ status: 'applied' });
      expect((await rowsOf(adapter, 'examResults')).get('attempt-cert')).toMatchObject({
        scorePercent: 100,
        isPassed: true,
        // Score only: the credits would tell which answers were right.
        questionCredits: null,
      });
      expect([...(await rowsOf(adapter, 'certificates')).values()]).toEqual([
        {
          id: 'certificate-attempt-cert',
          agentId: AGENT_ID,
          examId: 'exam-cert',
          issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      ]);
    });

    it('refuses an attempt at a changed exam and one over the attempt limit', async () => {
      const { adapter, server } = await harness([profile, examRow(CERTIFICATION)]);
      const wrong = { 'q-1': ['b'], 'q-2': ['x'] };
      const first = attempt({ id: 'attempt-a', examId: 'exam-cert', answers: wrong });
      const second = attempt({ id: 'attempt-b', examId: 'exam-cert', answers: wrong });
      const third = attempt({ id: 'attempt-c', examId: 'exam-cert', answers: wrong });
      const response = await push(
        adapter,
        [first, second, third].map((row) => recordEnvelope(++seq, 'examAttempt.submit', row)),
        0,
      );
      expect(
        response.results.map((result) => ('code' in result ? result.code : result.status)),
      ).toEqual(['applied', 'applied', 'mutation/attempt-limit']);
      expect((await rowsOf(adapter, 'examResults')).get('attempt-a')).toMatchObject({
        isPassed: false,
      });

      server.writeAsEmployer([examRow({ ...CERTIFICATION, version: 2 })]);
      const stale = attempt({ id: 'attempt-d', examId: 'exam-cert', examVersion: 1 });
      const refused = await push(adapter, [recordEnvelope(++seq, 'examAttempt.submit', stale)], 3);
      expect(refused.results[0]).toMatchObject({
        status: 'rejected',
        code: 'mutation/exam-changed',
      });
      expect((await rowsOf(adapter, 'examAttempts')).has('attempt-d')).toBe(false);
    });

    it('holds back a readiness report until every checklist photo is uploaded', async () => {
      const { adapter } = await harness();
      const [desk, headset] = [photo(1), photo(2)];
      const report = {
        ...SAMPLE_ROWS.readinessReports,
        checklist: [
          { itemId: 'computer', isConfirmed: true, photo: desk.ref },
          { itemId: 'headset', isConfirmed: true, photo: headset.ref },
        ],
      };
      const envelope = recordEnvelope(++seq, 'readinessReport.create', report);
      await adapter.uploadAttachment(desk.ref, desk.blob, options);
      const waiting = await push(adapter, [envelope], 0);
      expect(waiting).toEqual({ lastMutationSeq: 0, results: [] });

      await adapter.uploadAttachment(headset.ref, headset.blob, options);
      const applied = await push(adapter, [envelope], 0);
      expect(applied.results[0]).toMatchObject({ status: 'applied' });
      expect((await rowsOf(adapter, 'readinessReports')).get('report-1')).toEqual(report);
    });
  });
}
