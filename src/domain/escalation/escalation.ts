import type { EscalationCategory, EscalationRecipient } from '../policy/project-policy';
import type { AgentRecordSyncState } from '../roster/shift';

export interface EscalationContext {
  /** Route path the agent raised it from. */
  screen: string;
  /** The shift under way (or the next one today) when it was raised. */
  shiftId: string | null;
  /** The pay line a pay dispute is about. */
  payLineId: string | null;
}

export type EscalationSeverity = 'normal' | 'high';

/** Where the project's policy sent an escalation when it was raised, as the agent was shown. */
export interface EscalationRouting {
  recipients: EscalationRecipient[];
  /** The response time the policy promises for the category. */
  responseMinutes: number;
  /** The policy version that decided it; `null` when there was no policy on the device. */
  policyId: string | null;
  policyVersion: number | null;
  /** True when the policy had no route for the category and the fallback route was used. */
  isFallback: boolean;
}

/**
 * The record's place in the device's append-only escalation log (see escalation-log.ts): the log
 * entry's sequence number and hash, so the server holds a witness of every link.
 */
export interface ChainLink {
  seq: number;
  hash: string;
}

/** An escalation as the agent raised it (agent-owned, append-only). */
export interface Escalation {
  id: string;
  agentId: string;
  category: EscalationCategory;
  description: string;
  caseReference: string;
  severity: EscalationSeverity;
  context: EscalationContext;
  /** Where the policy sent it, decided on the device when it was raised. */
  routing: EscalationRouting;
  /**
   * Its link in the device's escalation log. `null` only for an escalation raised before schema 3,
   * when there was no log: the upgrade logs it on the device, but the server never received a
   * link for it (docs/sync-protocol.md, "Schema 3").
   */
  chain: ChainLink | null;
  createdAt: string;
  syncState: AgentRecordSyncState;
}

/** A photo or screenshot added to an escalation, stored and uploaded by its content hash. */
export interface AttachmentRef {
  /** Lower-case hex SHA-256 of the bytes: the attachment's identity everywhere. */
  sha256: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  /** Bytes; at most `MAX_ATTACHMENT_BYTES`. */
  size: number;
  name: string;
}

/** The largest attachment the workbench accepts (5 MiB): bigger ones get a clear message. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** A later note (and optional attachment) on an escalation: a new entry, never an edit. */
export interface EscalationNote {
  id: string;
  escalationId: string;
  agentId: string;
  text: string;
  attachment: AttachmentRef | null;
  chain: ChainLink;
  createdAt: string;
  syncState: AgentRecordSyncState;
}

export type EscalationResponseKind = 'received' | 'acknowledged' | 'resolved' | 'message';

/**
 * One answer from the receiving side (employer-owned, one row per event): the server's receipt,
 * then acknowledgement, messages and resolution from whoever the escalation was routed to.
 */
export interface EscalationResponse {
  id: string;
  escalationId: string;
  agentId: string;
  kind: EscalationResponseKind;
  /** ISO instant it happened on the receiving side. */
  at: string;
  /** Who answered (a role or name the employer chooses to show), empty for the server's receipt. */
  by: string;
  note: string;
}
