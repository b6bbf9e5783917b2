/**
 * Equipment readiness reports (issue #9): judged, saved with the shift they belong to and the
 * policy version they were judged against, and queued in the outbox in one transaction. Checklist
 * photos are stored like escalation-note attachments (content-addressed in `attachments`, uploaded
 * by the sync engine). Only figures are stored: no audio ever reaches this repository.
 */
import type { ChecklistAnswer, ReadinessReport } from '@/domain/equipment/readiness-report';
import type { ReadinessMeasurements } from '@/domain/equipment/readiness-measurements';
import {
  readinessOf,
  readinessPolicyOn,
  type ReadinessPolicyInForce,
} from '@/domain/equipment/readiness-policy';
import {
  judgeReadiness,
  toStoredChecks,
  type ReadinessVerdict,
} from '@/domain/equipment/readiness-verdict';
import {
  nextRemoteShift,
  readinessWindow,
  type ReadinessWindow,
} from '@/domain/equipment/readiness-window';
import type { ProjectPolicy, ReadinessPolicy } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { commitAgentWrite, newRecordId } from './agent-write';
import { readImageAttachment } from './attachment-bytes';
import type { AttachmentRow, WorkbenchDb } from './db';

export interface ChecklistAnswerInput {
  itemId: string;
  isConfirmed: boolean;
  /** A photo as evidence (JPEG, PNG or WebP, at most `MAX_ATTACHMENT_BYTES`), if the item allows. */
  photo: { blob: Blob; name: string } | null;
}

export interface SaveReadinessInput {
  agentId: string;
  shiftId: string | null;
  /** The project's policy in force; `null` judges by the default policy (version `null`). */
  policy: ProjectPolicy | null;
  measurements: ReadinessMeasurements;
  answers: ChecklistAnswerInput[];
}

export type ReadinessInputErrorCode =
  | 'photo/too-large'
  | 'photo/unsupported-type'
  | 'photo/not-allowed'
  | 'checklist/unknown-item'
  | 'checklist/duplicate-item';

/** Input the repository refuses before storing anything; the UI translates `code`. */
export class ReadinessInputError extends Error {
  constructor(
    readonly code: ReadinessInputErrorCode,
    readonly itemId: string | null = null,
  ) {
    super(code);
    this.name = 'ReadinessInputError';
  }
}

/** What Today needs: the next remote shift, its window, the policy and the latest report. */
export interface ReadinessPrompt extends ReadinessPolicyInForce {
  shift: Shift;
  window: ReadinessWindow;
  latestReport: ReadinessReport | null;
}

/** The printable and downloadable record of a shift's reports (JSON-serializable). */
export interface ReadinessExport {
  generatedAt: string;
  shift: Shift | null;
  /** Oldest first, as evidence reads. */
  reports: ReadinessReport[];
}

const newestFirst = (a: ReadinessReport, b: ReadinessReport) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1);

async function preparePhoto(
  itemId: string,
  photo: NonNullable<ChecklistAnswerInput['photo']>,
): Promise<AttachmentRow> {
  const row = await readImageAttachment(photo.blob, photo.name, 'photo');
  if (typeof row === 'string') throw new ReadinessInputError(`photo/${row}`, itemId);
  return row;
}

/** Refuses answers the policy's checklist cannot take, before anything is read or stored. */
function checkAnswers(readiness: ReadinessPolicy, answers: readonly ChecklistAnswerInput[]) {
  const seen = new Set<string>();
  for (const answer of answers) {
    const item = readiness.checklist.find((candidate) => candidate.id === answer.itemId);
    if (!item) throw new ReadinessInputError('checklist/unknown-item', answer.itemId);
    if (seen.has(answer.itemId))
      throw new ReadinessInputError('checklist/duplicate-item', answer.itemId);
    seen.add(answer.itemId);
    if (answer.photo && !item.allowsPhoto) {
      throw new ReadinessInputError('photo/not-allowed', answer.itemId);
    }
  }
}

function withoutSyncState(report: ReadinessReport): Omit<ReadinessReport, 'syncState'> {
  const { syncState: _localOnly, ...args } = report;
  return args;
}

export function createReadinessRepository(db: WorkbenchDb) {
  async function latestForShift(shiftId: string): Promise<ReadinessReport | undefined> {
    const reports = await db.readinessReports.where('shiftId').equals(shiftId).toArray();
    return reports.sort(newestFirst)[0];
  }

  async function policyFor(projectId: string, day: string): Promise<ReadinessPolicyInForce> {
    const policies = await db.policies.where('projectId').equals(projectId).toArray();
    return readinessPolicyOn(policies, projectId, day);
  }

  return {
    /**
     * Judges the measurements and answers against `input.policy`, stores the photos, and commits
     * the report with its `readinessReport.create` outbox row. Resolves once durably saved.
     * Throws `ReadinessInputError` and stores nothing when an answer is refused.
     */
    async save(
      input: SaveReadinessInput,
      now: Date,
    ): Promise<{ report: ReadinessReport; verdict: ReadinessVerdict }> {
      const { readiness, policyVersion } = readinessOf(input.policy);
      checkAnswers(readiness, input.answers);
      // Hashing waits on a file read and Web Crypto, so it happens before the transaction.
      const photos = new Map<string, AttachmentRow>();
      for (const answer of input.answers) {
        if (answer.photo)
          photos.set(answer.itemId, await preparePhoto(answer.itemId, answer.photo));
      }
      const verdict = judgeReadiness(readiness, input.measurements, input.answers);
      const order = new Map(readiness.checklist.map((item, index) => [item.id, index]));
      const checklist: ChecklistAnswer[] = [...input.answers]
        .sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)!)
        .map((answer) => {
          const photo = photos.get(answer.itemId);
          return {
            itemId: answer.itemId,
            isConfirmed: answer.isConfirmed,
            photo: photo
              ? {
                  sha256: photo.sha256,
                  contentType: photo.contentType,
                  size: photo.size,
                  name: photo.name,
                }
              : null,
          };
        });
      const report: ReadinessReport = {
        id: newRecordId(),
        agentId: input.agentId,
        shiftId: input.shiftId,
        createdAt: now.toISOString(),
        isReady: verdict.isReady,
        checks: toStoredChecks(verdict.checks),
        checklist,
        policyVersion,
        syncState: 'pending',
      };
      await commitAgentWrite(db, {
        name: 'readinessReport.create',
        recordId: report.id,
        now,
        tables: [db.readinessReports, db.attachments],
        write: async () => {
          await db.readinessReports.add(report);
          // The same picture attached twice is stored once; an upload already done stays done.
          for (const photo of photos.values()) {
            if (!(await db.attachments.get(photo.sha256))) await db.attachments.add(photo);
          }
        },
        args: withoutSyncState(report),
      });
      return { report, verdict };
    },

    /** Every report on the device, newest first. */
    async list(): Promise<ReadinessReport[]> {
      return (await db.readinessReports.toArray()).sort(newestFirst);
    },

    /** A shift's reports, newest first. */
    async listForShift(shiftId: string): Promise<ReadinessReport[]> {
      return (await db.readinessReports.where('shiftId').equals(shiftId).toArray()).sort(
        newestFirst,
      );
    },

    latestForShift,

    get(id: string): Promise<ReadinessReport | undefined> {
      return db.readinessReports.get(id);
    },

    /** The bytes of a checklist photo this device holds, as a Blob of its type. */
    async attachmentBlob(sha256: string): Promise<Blob | undefined> {
      const row = await db.attachments.get(sha256);
      return row && new Blob([row.bytes], { type: row.contentType });
    },

    /** The readiness policy in force for a project on `day` (`YYYY-MM-DD`), or the default. */
    readinessPolicyFor: policyFor,

    /**
     * The remote shift under way or next, with the policy's window before it and the latest
     * report for it; `null` when no remote shift is ahead.
     */
    async nextRemoteShiftPrompt(now: Date): Promise<ReadinessPrompt | null> {
      // A shift lasts at most a day, so one still running started in the last 24 h.
      const dayBefore = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
      const candidates = await db.shifts.where('start').aboveOrEqual(dayBefore).toArray();
      const shift = nextRemoteShift(candidates, now);
      if (!shift) return null;
      const inForce = await policyFor(shift.projectId, shift.day);
      return {
        ...inForce,
        shift,
        window: readinessWindow(shift, inForce.readiness, now),
        latestReport: (await latestForShift(shift.id)) ?? null,
      };
    },

    /** A shift's reports as plain JSON data, for printing or attaching to a dispute. */
    async exportForShift(shiftId: string, now: Date): Promise<ReadinessExport> {
      const [shift, reports] = await Promise.all([
        db.shifts.get(shiftId),
        db.readinessReports.where('shiftId').equals(shiftId).toArray(),
      ]);
      return {
        generatedAt: now.toISOString(),
        shift: shift ?? null,
        reports: reports.sort(newestFirst).reverse(),
      };
    },
  };
}

export type ReadinessRepository = ReturnType<typeof createReadinessRepository>;
