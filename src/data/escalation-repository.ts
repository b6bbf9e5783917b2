/**
 * Escalations, their notes and attachments, the receiving side's responses and the device's
 * hash-chained escalation log (issue #4). Every agent write commits the record, its log entry and
 * its outbox row in one strict-durability transaction, so "saved on this device" means all three
 * are on disk and the log can never miss a record the outbox sends.
 */
import {
  type Escalation,
  type EscalationContext,
  type EscalationNote,
  type EscalationResponse,
  type EscalationSeverity,
} from '@/domain/escalation/escalation';
import {
  appendEntry,
  chainLinkOf,
  verifyLog,
  type LogEntry,
  type LogEntryKind,
  type LogVerification,
} from '@/domain/escalation/escalation-log';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import type { EscalationCategory, ProjectPolicy } from '@/domain/policy/project-policy';
import { commitAgentWrite, newRecordId } from './agent-write';
import { readImageAttachment } from './attachment-bytes';
import type { AttachmentRow, WorkbenchDb } from './db';

export interface RaiseEscalationInput {
  agentId: string;
  category: EscalationCategory;
  description: string;
  caseReference: string;
  severity: EscalationSeverity;
  context: EscalationContext;
  /** The project's policy in force (decides the route); `null` routes to the fallback. */
  policy: ProjectPolicy | null;
}

export interface AddNoteInput {
  escalationId: string;
  agentId: string;
  text: string;
  /** A photo or screenshot (JPEG, PNG or WebP, at most `MAX_ATTACHMENT_BYTES`). */
  attachment: { blob: Blob; name: string } | null;
}

export type EscalationInputErrorCode =
  'attachment/too-large' | 'attachment/unsupported-type' | 'note/empty' | 'escalation/not-found';

/** Input the repository refuses before storing anything; the UI translates `code`. */
export class EscalationInputError extends Error {
  constructor(readonly code: EscalationInputErrorCode) {
    super(code);
    this.name = 'EscalationInputError';
  }
}

/** A record the device holds that this device's log does not cover (see `LogReport`). */
export interface UnloggedRecord {
  kind: LogEntryKind;
  recordId: string;
}

/** `verifyLog`'s answer for this device, with what it could not judge. */
export interface LogReport extends LogVerification {
  entryCount: number;
  /**
   * Records that came by sync, already sent, that this device never logged: raised on another
   * device of the agent's (or in the demo organisation). Their log links are the other device's
   * and the server holds them as witnesses, so they are listed here, not counted as problems.
   * A pending or refused record without an entry never left this device: that is a problem.
   */
  loggedElsewhere: UnloggedRecord[];
}

/** The printable and downloadable record of the agent's escalations (JSON-serializable). */
export interface EscalationRecordExport {
  generatedAt: string;
  /** The workspace's agent, or the records' when there is no profile; `null` when empty. */
  agentId: string | null;
  entries: LogEntry[];
  escalations: Escalation[];
  notes: EscalationNote[];
  responses: EscalationResponse[];
  verification: LogReport;
}

const byInstant =
  <T>(at: (item: T) => string) =>
  (a: T, b: T): number =>
    Date.parse(at(a)) - Date.parse(at(b));

function withoutSyncState<T extends { syncState: unknown }>(record: T): Omit<T, 'syncState'> {
  const { syncState: _localOnly, ...args } = record;
  return args;
}

/** Validates and reads an attachment before any transaction starts; throws on bad input. */
async function prepareAttachment(
  attachment: NonNullable<AddNoteInput['attachment']>,
): Promise<AttachmentRow> {
  const row = await readImageAttachment(attachment.blob, attachment.name, 'attachment');
  if (typeof row === 'string') throw new EscalationInputError(`attachment/${row}`);
  return row;
}

export function createEscalationRepository(db: WorkbenchDb) {
  const lastEntry = () => db.escalationLog.orderBy('seq').last();

  async function verify(): Promise<LogReport> {
    return db.transaction('r', [db.escalationLog, db.escalations, db.escalationNotes], async () => {
      const [entries, escalations, notes] = await Promise.all([
        db.escalationLog.orderBy('seq').toArray(),
        db.escalations.toArray(),
        db.escalationNotes.toArray(),
      ]);
      const logged = new Set(entries.map((entry) => `${entry.kind}:${entry.recordId}`));
      const loggedElsewhere: UnloggedRecord[] = [];
      const isOwn = (kind: LogEntryKind, record: Escalation | EscalationNote): boolean => {
        if (logged.has(`${kind}:${record.id}`) || record.syncState !== 'sent') return true;
        loggedElsewhere.push({ kind, recordId: record.id });
        return false;
      };
      const verification = verifyLog(entries, {
        escalations: escalations.filter((record) => isOwn('escalation', record)),
        notes: notes.filter((record) => isOwn('note', record)),
      });
      return { ...verification, entryCount: entries.length, loggedElsewhere };
    });
  }

  return {
    /**
     * Routes the escalation by `input.policy`, logs it and queues it: record, log entry and outbox
     * row commit together, and the promise resolves only once they are durably on the device.
     */
    async raise(input: RaiseEscalationInput, now: Date): Promise<Escalation> {
      const createdAt = now.toISOString();
      const draft: Escalation = {
        id: newRecordId(),
        agentId: input.agentId,
        category: input.category,
        description: input.description,
        caseReference: input.caseReference,
        severity: input.severity,
        context: { ...input.context },
        routing: routeEscalation(input.policy, input.category),
        chain: null,
        createdAt,
        syncState: 'pending',
      };
      let saved = draft;
      await commitAgentWrite(db, {
        name: 'escalation.create',
        recordId: draft.id,
        now,
        tables: [db.escalations, db.escalationLog],
        write: async () => {
          // Read inside the transaction: two tabs appending at once are serialized by IndexedDB.
          const entry = appendEntry(await lastEntry(), 'escalation', draft, createdAt);
          saved = { ...draft, chain: chainLinkOf(entry) };
          await db.escalationLog.add(entry);
          await db.escalations.add(saved);
        },
        args: () => withoutSyncState(saved),
      });
      return saved;
    },

    /**
     * Adds a note (text, an attachment or both) to an escalation as a new logged record, never an
     * edit. Throws `EscalationInputError` and stores nothing when the input is refused.
     */
    async addNote(input: AddNoteInput, now: Date): Promise<EscalationNote> {
      if (input.text.trim() === '' && input.attachment === null) {
        throw new EscalationInputError('note/empty');
      }
      if (!(await db.escalations.get(input.escalationId))) {
        throw new EscalationInputError('escalation/not-found');
      }
      // Hashing waits on a file read and Web Crypto, so it happens before the transaction.
      const attachment = input.attachment ? await prepareAttachment(input.attachment) : null;
      const createdAt = now.toISOString();
      const draft: EscalationNote = {
        id: newRecordId(),
        escalationId: input.escalationId,
        agentId: input.agentId,
        text: input.text,
        attachment: attachment && {
          sha256: attachment.sha256,
          contentType: attachment.contentType,
          size: attachment.size,
          name: attachment.name,
        },
        // Replaced by the real link inside the transaction; `contentHashOf` leaves it out.
        chain: { seq: 1, hash: '' },
        createdAt,
        syncState: 'pending',
      };
      let saved = draft;
      await commitAgentWrite(db, {
        name: 'escalationNote.create',
        recordId: draft.id,
        now,
        tables: [db.escalations, db.escalationNotes, db.escalationLog, db.attachments],
        write: async () => {
          if (!(await db.escalations.get(input.escalationId))) {
            throw new EscalationInputError('escalation/not-found');
          }
          const entry = appendEntry(await lastEntry(), 'note', draft, createdAt);
          saved = { ...draft, chain: chainLinkOf(entry) };
          await db.escalationLog.add(entry);
          await db.escalationNotes.add(saved);
          // The same picture attached twice is stored once; an upload already done stays done.
          if (attachment && !(await db.attachments.get(attachment.sha256))) {
            await db.attachments.add(attachment);
          }
        },
        args: () => withoutSyncState(saved),
      });
      return saved;
    },

    /** Newest first. */
    list(): Promise<Escalation[]> {
      return db.escalations.orderBy('createdAt').reverse().toArray();
    },

    get(id: string): Promise<Escalation | undefined> {
      return db.escalations.get(id);
    },

    /** Oldest first. */
    async notesFor(escalationId: string): Promise<EscalationNote[]> {
      const notes = await db.escalationNotes.where('escalationId').equals(escalationId).toArray();
      return notes.sort(byInstant((note) => note.createdAt));
    },

    /** The receiving side's events for one escalation, oldest first. */
    async responsesFor(escalationId: string): Promise<EscalationResponse[]> {
      const responses = await db.escalationResponses
        .where('escalationId')
        .equals(escalationId)
        .toArray();
      return responses.sort(byInstant((response) => response.at));
    },

    /** Every response on the device, oldest first (for lists that show each escalation's state). */
    async listResponses(): Promise<EscalationResponse[]> {
      return (await db.escalationResponses.toArray()).sort(byInstant((response) => response.at));
    },

    /** The bytes of an attachment this device holds, as a Blob of its type. */
    async attachmentBlob(sha256: string): Promise<Blob | undefined> {
      const row = await db.attachments.get(sha256);
      return row && new Blob([row.bytes], { type: row.contentType });
    },

    /** The device's escalation log, in order. */
    log(): Promise<LogEntry[]> {
      return db.escalationLog.orderBy('seq').toArray();
    },

    /** Checks the log against the records on the device (escalation-log.ts `verifyLog`). */
    verify,

    /** Everything the printable record shows, with its verification, as plain JSON data. */
    async exportRecord(now: Date): Promise<EscalationRecordExport> {
      return db.transaction(
        'r',
        [
          db.escalationLog,
          db.escalations,
          db.escalationNotes,
          db.escalationResponses,
          db.agentProfile,
        ],
        async () => {
          const [entries, escalations, notes, responses, profile, verification] = await Promise.all(
            [
              db.escalationLog.orderBy('seq').toArray(),
              db.escalations.orderBy('createdAt').toArray(),
              db.escalationNotes.orderBy('createdAt').toArray(),
              db.escalationResponses.toArray(),
              db.agentProfile.toCollection().first(),
              verify(),
            ],
          );
          return {
            generatedAt: now.toISOString(),
            agentId: profile?.id ?? escalations[0]?.agentId ?? notes[0]?.agentId ?? null,
            entries,
            escalations,
            notes,
            responses: responses.sort(byInstant((response) => response.at)),
            verification,
          };
        },
      );
    },
  };
}

export type EscalationRepository = ReturnType<typeof createEscalationRepository>;
