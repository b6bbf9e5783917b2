/**
 * KPI records as the agent works with them (issue #7): the employer's daily figures, checked
 * before they reach a scorecard or chart (a record with impossible values is left out and named),
 * the month's assessment score from the pay statement, and the agent's own tallies and goals.
 * Every agent write goes through `commitAgentWrite`: the record and its outbox row commit
 * together, offline or not; bad input throws `KpiInputError` and stores nothing.
 */
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { validateGoal, type GoalDraft, type GoalIssue } from '@/domain/kpi/kpi-goals';
import type { DayRange } from '@/domain/kpi/kpi-periods';
import { todayIn } from '@/domain/kpi/kpi-periods';
import type { KpiGoal, KpiTally } from '@/domain/kpi/kpi-records';
import { validateTally, type TallyDraft, type TallyIssue } from '@/domain/kpi/kpi-tally';
import { partitionKpiDays, type RejectedKpiDay } from '@/domain/kpi/kpi-validation';
import { commitAgentWrite, newRecordId } from './agent-write';
import type { WorkbenchDb } from './db';
import { createKpiDayReads } from './kpi-day-reads';
import { LOCAL_AGENT_ID } from './roster-repository';

/** Input the domain refused; `issues` carry the codes the screens translate. */
export class KpiInputError extends Error {
  constructor(readonly issues: readonly (TallyIssue | GoalIssue)[]) {
    super(`kpi/invalid-input: ${issues.map((issue) => issue.code).join(', ')}`);
    this.name = 'KpiInputError';
  }
}

export interface ScorecardInputs {
  /** Sound records in the range, oldest first. */
  records: KpiDaily[];
  /** Records in the range left out, with why. */
  rejected: RejectedKpiDay[];
}

const newestFirst = <T extends { createdAt: string }>(a: T, b: T) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

export function createKpiRepository(db: WorkbenchDb) {
  async function agentId(): Promise<string> {
    return (await db.agentProfile.toCollection().first())?.id ?? LOCAL_AGENT_ID;
  }

  const { listDays, findLatest } = createKpiDayReads(db);

  return {
    /** Daily records for days in [fromDay, toDay] (`YYYY-MM-DD`), oldest first, unchecked. */
    listDays,
    /** The newest daily record, or `undefined`. */
    findLatest,

    /**
     * The records a scorecard, chart, projection or goal may use: one indexed read of the range,
     * then the domain's checks against the agent's `today`.
     */
    async scorecardInputs(range: DayRange, today: string): Promise<ScorecardInputs> {
      const { valid, rejected } = partitionKpiDays(await listDays(range.from, range.to), today);
      return { records: valid, rejected };
    },

    /** The employer's assessment score for `YYYY-MM` from its pay statement, or `null`. */
    async employerScore(month: string): Promise<number | null> {
      const statements = await db.payStatements.where('period').equals(month).toArray();
      const latest = statements.sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1))[0];
      return latest?.assessmentScore ?? null;
    },

    /** Every tally the agent wrote, newest first (`latestTallies` keeps one per day). */
    async listTallies(): Promise<KpiTally[]> {
      return (await db.kpiTallies.toArray()).sort(newestFirst);
    },

    /** Checks and stores a day's tally (`kpiTally.record`); a later one replaces it on screen. */
    async recordTally(draft: TallyDraft, now: Date, timeZone: string): Promise<KpiTally> {
      const issues = validateTally(draft, todayIn(now, timeZone));
      if (issues.length > 0) throw new KpiInputError(issues);
      const tally: KpiTally = {
        id: newRecordId(),
        agentId: await agentId(),
        day: draft.day,
        counts: { ...draft.counts },
        note: draft.note.trim(),
        createdAt: now.toISOString(),
        syncState: 'pending',
      };
      const { syncState: _local, ...args } = tally;
      await commitAgentWrite(db, {
        name: 'kpiTally.record',
        recordId: tally.id,
        args,
        now,
        tables: [db.kpiTallies],
        write: () => db.kpiTallies.add(tally),
      });
      return tally;
    },

    /** Every goal, newest first. */
    async listGoals(): Promise<KpiGoal[]> {
      return (await db.kpiGoals.toArray()).sort(newestFirst);
    },

    /** Checks and stores a personal goal (`kpiGoal.set`). */
    async setGoal(draft: GoalDraft, now: Date, timeZone: string): Promise<KpiGoal> {
      const issues = validateGoal(draft, todayIn(now, timeZone));
      if (issues.length > 0) throw new KpiInputError(issues);
      const goal: KpiGoal = {
        id: newRecordId(),
        agentId: await agentId(),
        metric: draft.metric,
        direction: draft.direction,
        target: draft.target,
        dueDay: draft.dueDay,
        createdAt: now.toISOString(),
        syncState: 'pending',
      };
      const { syncState: _local, ...args } = goal;
      await commitAgentWrite(db, {
        name: 'kpiGoal.set',
        recordId: goal.id,
        args,
        now,
        tables: [db.kpiGoals],
        write: () => db.kpiGoals.add(goal),
      });
      return goal;
    },

    /** Removes a goal here and queues its removal (`kpiGoal.remove`, target = the goal's id). */
    async removeGoal(id: string, now: Date): Promise<void> {
      const goal = await db.kpiGoals.get(id);
      if (!goal) throw new Error(`kpi/goal-not-found: ${id}`);
      await commitAgentWrite(db, {
        name: 'kpiGoal.remove',
        recordId: id,
        args: {},
        now,
        tables: [db.kpiGoals],
        write: () => db.kpiGoals.delete(id),
      });
    },
  };
}

export type KpiRepository = ReturnType<typeof createKpiRepository>;
