import type { Escalation, EscalationContext } from '@/domain/escalation/escalation';
import type { EscalationCategory } from '@/domain/policy/project-policy';
import { commitAgentWrite, newRecordId } from './agent-write';
import type { WorkbenchDb } from './db';

export interface RaiseEscalationInput {
  agentId: string;
  category: EscalationCategory;
  description: string;
  caseReference: string;
  severity: Escalation['severity'];
  context: EscalationContext;
}

export function createEscalationRepository(db: WorkbenchDb) {
  return {
    /** Saves the escalation and queues it; resolves once both are durably on the device. */
    async raise(input: RaiseEscalationInput, now: Date): Promise<Escalation> {
      const escalation: Escalation = {
        ...input,
        id: newRecordId(),
        createdAt: now.toISOString(),
        syncState: 'pending',
      };
      const { syncState: _localOnly, ...args } = escalation;
      await commitAgentWrite(db, {
        name: 'escalation.create',
        recordId: escalation.id,
        args,
        now,
        tables: [db.escalations],
        write: () => db.escalations.add(escalation),
      });
      return escalation;
    },

    /** Newest first. */
    list(): Promise<Escalation[]> {
      return db.escalations.orderBy('createdAt').reverse().toArray();
    },
  };
}

export type EscalationRepository = ReturnType<typeof createEscalationRepository>;
