/**
 * Everything pay reconciliation reads (issue #5): the agent's profile, the project's policy
 * versions, shifts, clock records, leave with its decisions, daily KPIs, the issued statements
 * with their lines and the pay disputes already raised. Read in one transaction so a sync landing
 * halfway through can never pair a new statement with the old records.
 */
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { Escalation, EscalationResponse } from '@/domain/escalation/escalation';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { ClockRecord, LeaveDecision, LeaveRequest, Shift } from '@/domain/roster/shift';
import type { WorkbenchDb } from './db';

export interface StatementWithLines {
  statement: PayStatement;
  /** In the statement's own order. */
  lines: PayStatementLine[];
}

/** The device's pay-related records; `agent` is `null` before a profile has synced. */
export interface StoredPayRecords {
  agent: AgentProfile | null;
  /** The project's policy versions (every policy when there is no profile), oldest first. */
  policies: ProjectPolicy[];
  /** Oldest first. */
  shifts: Shift[];
  clockRecords: ClockRecord[];
  leaveRequests: LeaveRequest[];
  leaveDecisions: LeaveDecision[];
  kpiDaily: KpiDaily[];
  /** Newest period first. */
  statements: StatementWithLines[];
  /** Pay disputes (escalations with a pay line), newest first. */
  payDisputes: Escalation[];
  /** The receiving side's answers to those disputes, oldest first. */
  payDisputeResponses: EscalationResponse[];
}

export function createPayRecordsRepository(db: WorkbenchDb) {
  return {
    /** Reads every record pay reconciliation needs in one read transaction. */
    async load(): Promise<StoredPayRecords> {
      return db.transaction(
        'r',
        [
          db.agentProfile,
          db.policies,
          db.shifts,
          db.clockRecords,
          db.leaveRequests,
          db.leaveDecisions,
          db.kpiDaily,
          db.payStatements,
          db.payStatementLines,
          db.escalations,
          db.escalationResponses,
        ],
        async () => {
          const agent = (await db.agentProfile.toCollection().first()) ?? null;
          const [
            policies,
            shifts,
            clockRecords,
            leaveRequests,
            leaveDecisions,
            kpiDaily,
            statements,
            lines,
            escalations,
            responses,
          ] = await Promise.all([
            agent
              ? db.policies.where('projectId').equals(agent.projectId).toArray()
              : db.policies.toArray(),
            db.shifts.orderBy('start').toArray(),
            db.clockRecords.orderBy('at').toArray(),
            db.leaveRequests.orderBy('createdAt').toArray(),
            db.leaveDecisions.toArray(),
            db.kpiDaily.orderBy('day').toArray(),
            db.payStatements.orderBy('period').reverse().toArray(),
            db.payStatementLines.toArray(),
            db.escalations.orderBy('createdAt').reverse().toArray(),
            db.escalationResponses.orderBy('at').toArray(),
          ]);
          const payDisputes = escalations.filter((escalation) => escalation.context.payLineId);
          const disputeIds = new Set(payDisputes.map((escalation) => escalation.id));
          return {
            agent,
            policies: policies.sort(
              (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version,
            ),
            shifts,
            clockRecords,
            leaveRequests,
            leaveDecisions,
            kpiDaily,
            statements: statements.map((statement) => ({
              statement,
              lines: lines
                .filter((line) => line.statementId === statement.id)
                .sort((a, b) => a.order - b.order),
            })),
            payDisputes,
            payDisputeResponses: responses.filter((response) =>
              disputeIds.has(response.escalationId),
            ),
          };
        },
      );
    },
  };
}

export type PayRecordsRepository = ReturnType<typeof createPayRecordsRepository>;
