import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import { confirmedChecklist, passingMeasurements } from '@/domain/equipment/readiness-test-data';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import {
  createReadinessRepository,
  ReadinessInputError,
  type ChecklistAnswerInput,
  type ReadinessRepository,
  type SaveReadinessInput,
} from './readiness-repository';

const NOW = new Date('2026-11-22T00:30:00Z');
const POLICY: ProjectPolicy = {
  ...SAMPLE_ROWS.policies,
  projectId: 'project-1',
  version: 3,
  effectiveFrom: '2026-01-01',
  readiness: defaultReadinessPolicy(),
};

function shift(id: string, start: string, end: string, fields: Partial<Shift> = {}): Shift {
  return {
    ...SAMPLE_ROWS.shifts,
    id,
    projectId: 'project-1',
    day: start.slice(0, 10),
    start,
    end,
    segments: [{ start, end }],
    breaks: [],
    workMode: 'remote',
    status: 'confirmed',
    ...fields,
  };
}

const answers = (): ChecklistAnswerInput[] =>
  confirmedChecklist().map((answer) => ({ ...answer, photo: null }));
const input = (fields: Partial<SaveReadinessInput> = {}): SaveReadinessInput => ({
  agentId: 'agent-1',
  shiftId: 'shift-1',
  policy: POLICY,
  measurements: passingMeasurements(),
  answers: answers(),
  ...fields,
});
const png = (size = 64) => new Blob([new Uint8Array(size).fill(3)], { type: 'image/png' });

let db: WorkbenchDb;
let repository: ReadinessRepository;
beforeEach(() => {
  db = openWorkbenchDb('readiness-test');
  repository = createReadinessRepository(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function snapshot() {
  return {
    reports: await db.readinessReports.toArray(),
    attachments: await db.attachments.count(),
    outbox: await db.outbox.toArray(),
  };
}

describe('saving a report', () => {
  it('stores the judged report and queues readinessReport.create together', async () => {
    const { report, verdict } = await repository.save(input(), NOW);
    expect(verdict.isReady).toBe(true);
    expect(report).toMatchObject({
      agentId: 'agent-1',
      shiftId: 'shift-1',
      createdAt: NOW.toISOString(),
      isReady: true,
      policyVersion: 3,
      syncState: 'pending',
    });
    expect(report.checks[1]).toEqual({
      item: 'network.roundTripMs',
      outcome: 'pass',
      measured: 80,
    });
    expect(report.checklist.map((answer) => answer.itemId)).toEqual(
      POLICY.readiness.checklist.map((item) => item.id),
    );
    expect(await db.readinessReports.get(report.id)).toEqual(report);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ name: 'readinessReport.create', recordId: report.id });
    const { syncState: _local, ...args } = report;
    expect(outbox[0]!.args).toEqual(args);
  });

  it('saves a not-ready report with the verdict that says why', async () => {
    const measurements = passingMeasurements();
    const { report, verdict } = await repository.save(
      input({
        measurements: {
          ...measurements,
          microphone: { access: 'denied', speech: null, noiseFloorDbfs: null },
        },
      }),
      NOW,
    );
    expect(report.isReady).toBe(false);
    expect(verdict.reasons).toEqual([
      expect.objectContaining({
        kind: 'check-failed',
        item: 'microphone.access',
        detail: 'permission-denied',
      }),
    ]);
  });

  it('judges by the default policy (version null) when the project has none', async () => {
    const { report } = await repository.save(input({ policy: null }), NOW);
    expect(report.policyVersion).toBeNull();
    expect(report.isReady).toBe(true);
  });

  it('stores checklist photos like note attachments, once per picture', async () => {
    const withPhotos = answers().map((answer) =>
      answer.itemId === 'headset' || answer.itemId === 'quiet-room'
        ? { ...answer, photo: { blob: png(), name: 'desk\u0007.png' } }
        : answer,
    );
    const { report } = await repository.save(input({ answers: withPhotos }), NOW);
    const photos = report.checklist.filter((answer) => answer.photo).map((answer) => answer.photo!);
    expect(photos).toHaveLength(2);
    expect(photos[0]).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      contentType: 'image/png',
      size: 64,
      name: 'desk.png',
    });
    expect(await db.attachments.count()).toBe(1);
    expect(await repository.attachmentBlob(photos[0]!.sha256)).toBeInstanceOf(Blob);
  });

  it.each([
    {
      name: 'a photo of an unsupported type',
      change: (a: ChecklistAnswerInput) =>
        a.itemId === 'computer'
          ? { ...a, photo: { blob: new Blob(['x'], { type: 'text/plain' }), name: 'x.txt' } }
          : a,
      code: 'photo/unsupported-type',
    },
    {
      name: 'a photo too large',
      change: (a: ChecklistAnswerInput) =>
        a.itemId === 'computer'
          ? { ...a, photo: { blob: png(MAX_ATTACHMENT_BYTES + 1), name: 'big.png' } }
          : a,
      code: 'photo/too-large',
    },
    {
      name: 'a photo where the item allows none',
      change: (a: ChecklistAnswerInput) =>
        a.itemId === 'real-name' ? { ...a, photo: { blob: png(), name: 'id.png' } } : a,
      code: 'photo/not-allowed',
    },
    {
      name: 'an item the policy does not list',
      change: (a: ChecklistAnswerInput) =>
        a.itemId === 'computer' ? { ...a, itemId: 'jetpack' } : a,
      code: 'checklist/unknown-item',
    },
  ])('refuses $name and stores nothing', async ({ change, code }) => {
    const before = await snapshot();
    await expect(
      repository.save(input({ answers: answers().map(change) }), NOW),
    ).rejects.toMatchObject({ code });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the same item answered twice', async () => {
    const twice = [...answers(), { itemId: 'computer', isConfirmed: false, photo: null }];
    await expect(repository.save(input({ answers: twice }), NOW)).rejects.toBeInstanceOf(
      ReadinessInputError,
    );
    expect(await db.readinessReports.count()).toBe(0);
  });
});

describe('reports per shift', () => {
  it('lists a shift’s reports newest first, with the latest and an export oldest first', async () => {
    const first = (await repository.save(input(), NOW)).report;
    const later = (await repository.save(input(), new Date('2026-11-22T00:40:00Z'))).report;
    const other = (await repository.save(input({ shiftId: 'shift-2' }), NOW)).report;
    await db.shifts.add(shift('shift-1', '2026-11-22T01:00:00.000Z', '2026-11-22T09:00:00.000Z'));

    expect((await repository.listForShift('shift-1')).map((r) => r.id)).toEqual([
      later.id,
      first.id,
    ]);
    expect((await repository.latestForShift('shift-1'))?.id).toBe(later.id);
    expect(await repository.latestForShift('none')).toBeUndefined();
    expect((await repository.list()).map((r) => r.id)).toContain(other.id);
    const exported = await repository.exportForShift('shift-1', NOW);
    expect(exported.shift?.id).toBe('shift-1');
    expect(exported.reports.map((r) => r.id)).toEqual([first.id, later.id]);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe('the next remote shift', () => {
  it('is null without a remote shift ahead', async () => {
    await db.shifts.add(
      shift('onsite', '2026-11-22T01:00:00.000Z', '2026-11-22T09:00:00.000Z', {
        workMode: 'onsite',
      }),
    );
    expect(await repository.nextRemoteShiftPrompt(NOW)).toBeNull();
  });

  it('gives the shift, the open window, the policy in force and the latest report', async () => {
    await db.policies.bulkAdd([
      POLICY,
      { ...POLICY, id: 'policy-future', version: 4, effectiveFrom: '2027-01-01' },
    ]);
    await db.shifts.bulkAdd([
      shift('shift-1', '2026-11-22T01:00:00.000Z', '2026-11-22T09:00:00.000Z'),
      shift('shift-2', '2026-11-23T01:00:00.000Z', '2026-11-23T09:00:00.000Z'),
    ]);
    const prompt = await repository.nextRemoteShiftPrompt(NOW);
    expect(prompt).toMatchObject({
      shift: { id: 'shift-1' },
      window: { state: 'open', opensAt: '2026-11-22T00:00:00.000Z' },
      policyVersion: 3,
      latestReport: null,
    });
    const { report } = await repository.save(input(), NOW);
    expect((await repository.nextRemoteShiftPrompt(NOW))?.latestReport?.id).toBe(report.id);
    expect((await repository.readinessPolicyFor('project-1', '2027-01-02')).policyVersion).toBe(4);
    expect((await repository.readinessPolicyFor('elsewhere', '2027-01-02')).policy).toBeNull();
  });
});
