/**
 * The pay engine's inputs for one period, rebuilt from the agent's own records (shifts, clock
 * records, approved leave, daily KPI figures), with the records behind each rule as evidence and
 * what the records cover, so a reconciliation can tell "differs" from "cannot be checked".
 */
import type { AgentProfile } from '../agent/agent-profile';
import { scoreFromRecords } from '../kpi/kpi-score';
import type { KpiDaily } from '../kpi/kpi-daily';
import { latestPerKey } from '../latest-per-key';
import type { ProjectPolicy } from '../policy/project-policy';
import type { ClockRecord, LeaveDecision, LeaveKind, LeaveRequest, Shift } from '../roster/shift';
import { paidTimeOf } from '../roster/shift-gaps';
import { wallClockOf } from '../zoned-time';
import { paidMinutesByDay } from './calculate-pay';
import { calendarOf, holidayBlockOn, isStatutoryHoliday } from './holiday-calendar';
import type { HourlyRecord, PayPeriodInput } from './pay-input';
import type { PayRuleId } from './pay-line';

/** Everything the device holds about one agent that bears on pay. */
export interface PayRecords {
  agent: AgentProfile;
  shifts: readonly Shift[];
  clockRecords: readonly ClockRecord[];
  leaveRequests: readonly LeaveRequest[];
  leaveDecisions: readonly LeaveDecision[];
  kpiDaily: readonly KpiDaily[];
}

export type RecordTable = 'shifts' | 'clockRecords' | 'leaveRequests' | 'kpiDaily';

/** One source record behind a rule, with what it contributed to the rule's quantity. */
export interface RecordEvidence {
  table: RecordTable;
  id: string;
  /** `YYYY-MM-DD`: the shift's working day, the first leave day counted, the KPI day. */
  day: string;
  /** This record's share of the rule's quantity, in `unit` (e.g. 120 minutes of overtime). */
  quantity: number;
  unit: 'minutes' | 'days' | 'records';
  /**
   * Shifts only: whether paid time came from the agent's own complete clock records (`clock`,
   * whose ids are in `clockRecordIds`) or from the published schedule (`schedule`).
   */
  timeSource?: 'clock' | 'schedule';
  clockRecordIds?: string[];
}

/** The records behind each rule the records can speak to; rules without records are absent. */
export type PayEvidence = Partial<Record<PayRuleId, RecordEvidence[]>>;

/** Which of the engine's inputs the records actually cover for the period. */
export interface RecordCoverage {
  /** At least one of the agent's shifts falls in the period (worked time, overtime, absence). */
  shifts: boolean;
  /** Leave can be checked: the period has shifts or leave requests. */
  leave: boolean;
  /** At least one daily KPI record falls in the period (the assessment score). */
  kpi: boolean;
  /** Occurrences of rewards, penalties and per-result counts; the device holds no such records. */
  occurrences: boolean;
}

export interface PayInputFromRecords {
  input: PayPeriodInput;
  evidence: PayEvidence;
  coverage: RecordCoverage;
}

function isInPeriod(day: string, period: string): boolean {
  return day.length === 10 && day.startsWith(`${period}-`);
}

function pushEvidence(evidence: PayEvidence, rule: PayRuleId, entry: RecordEvidence): void {
  (evidence[rule] ??= []).push(entry);
}

const LEAVE_RULES: Record<LeaveKind, PayRuleId | null> = {
  personal: 'personal-leave',
  sick: 'sick-leave',
  // Annual leave is paid: it deducts nothing and has no rule to cite.
  annual: null,
};

/**
 * Rebuilds a period's pay inputs from the agent's records, per DOMAIN.md's pay rules: worked shifts
 * of the period (paid time = segments less meal breaks, or the agent's own complete clock records),
 * overtime per day beyond the work pattern's hours, worked statutory holidays, approved leave by
 * kind, absent shifts no approved leave covers, the month's assessment score, and (crowdsourced
 * agents) the worked stretches in the project's wall-clock time. Rewards, penalties and
 * per-result counts are left empty: no record on the device holds them.
 *
 * Records of other agents are ignored; clock records the server rejected, and those that name no
 * shift, do not count.
 */
export function payInputFromRecords(
  period: string,
  records: PayRecords,
  policy: ProjectPolicy,
): PayInputFromRecords {
  const { agent } = records;
  const evidence: PayEvidence = {};
  const calendar = calendarOf(policy);
  const contractMinutesPerDay = policy.payRules.workPatterns[agent.workPattern].hoursPerDay * 60;
  const hourlyRules = agent.employment === 'crowdsourced' ? policy.payRules.hourly : null;

  const shifts = records.shifts
    .filter((shift) => shift.agentId === agent.id && isInPeriod(shift.day, period))
    .sort((a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start));

  const clockByShift = new Map<string, ClockRecord[]>();
  for (const record of records.clockRecords) {
    if (record.agentId !== agent.id || record.shiftId === null) continue;
    if (record.syncState === 'rejected') continue;
    const list = clockByShift.get(record.shiftId);
    if (list) list.push(record);
    else clockByShift.set(record.shiftId, [record]);
  }

  // Approved leave days of the period, by kind (each day once per kind).
  // Each request's latest decision.
  const decisions = latestPerKey(
    records.leaveDecisions,
    (decision) => decision.requestId,
    (decision) => decision.decidedAt,
  );
  const leaveDaysByKind: Record<LeaveKind, Set<string>> = {
    personal: new Set(),
    sick: new Set(),
    annual: new Set(),
  };
  const leaveRequestsInPeriod = records.leaveRequests.filter(
    (request) =>
      request.agentId === agent.id && request.days.some((day) => isInPeriod(day, period)),
  );
  for (const request of leaveRequestsInPeriod) {
    if (decisions.get(request.id)?.status !== 'approved') continue;
    const counted = request.days
      .filter((day) => isInPeriod(day, period) && !leaveDaysByKind[request.kind].has(day))
      .sort();
    counted.forEach((day) => leaveDaysByKind[request.kind].add(day));
    const rule = LEAVE_RULES[request.kind];
    if (rule && counted.length > 0) {
      pushEvidence(evidence, rule, {
        table: 'leaveRequests',
        id: request.id,
        day: counted[0]!,
        quantity: counted.length,
        unit: 'days',
      });
    }
  }
  const approvedLeaveDays = new Set([
    ...leaveDaysByKind.personal,
    ...leaveDaysByKind.sick,
    ...leaveDaysByKind.annual,
  ]);

  const workedDays = new Set<string>();
  const paidMinutesOnDay = new Map<string, number>();
  const holidayDays = new Set<string>();
  const absentDays = new Set<string>();
  const hourlyRecords: HourlyRecord[] = [];
  let overtimeMinutes = 0;

  for (const shift of shifts) {
    if (shift.status === 'absent') {
      if (approvedLeaveDays.has(shift.day) || absentDays.has(shift.day)) continue;
      absentDays.add(shift.day);
      pushEvidence(evidence, 'absence', {
        table: 'shifts',
        id: shift.id,
        day: shift.day,
        quantity: 1,
        unit: 'days',
      });
      continue;
    }
    if (shift.status !== 'worked') continue;

    workedDays.add(shift.day);
    const paid = paidTimeOf(shift, clockByShift.get(shift.id) ?? []);
    const source = {
      timeSource: paid.timeSource,
      ...(paid.clockRecordIds ? { clockRecordIds: paid.clockRecordIds } : {}),
    };

    // Overtime per day: the day's paid minutes beyond the contract, charged to the later shifts.
    const before = paidMinutesOnDay.get(shift.day) ?? 0;
    const after = before + paid.minutes;
    paidMinutesOnDay.set(shift.day, after);
    const shiftOvertime =
      Math.max(after - contractMinutesPerDay, 0) - Math.max(before - contractMinutesPerDay, 0);
    if (shiftOvertime > 0) {
      overtimeMinutes += shiftOvertime;
      pushEvidence(evidence, 'overtime', {
        table: 'shifts',
        id: shift.id,
        day: shift.day,
        quantity: shiftOvertime,
        unit: 'minutes',
        ...source,
      });
    }

    if (isStatutoryHoliday(shift.day, calendar) && !holidayDays.has(shift.day)) {
      holidayDays.add(shift.day);
      pushEvidence(evidence, 'statutory-holiday', {
        table: 'shifts',
        id: shift.id,
        day: shift.day,
        quantity: 1,
        unit: 'days',
        ...source,
      });
    }

    if (hourlyRules) {
      const minutesByRule = new Map<PayRuleId, number>();
      for (const interval of paid.intervals) {
        const start = wallClockOf(interval.start, shift.timeZone);
        const end = wallClockOf(interval.end, shift.timeZone);
        const record: HourlyRecord = { day: start.day, start: start.time, end: end.time };
        hourlyRecords.push(record);
        // Split by calendar day and less the unpaid windows exactly as the engine counts them.
        for (const [day, minutes] of paidMinutesByDay(record, hourlyRules.unpaidWindows) ?? []) {
          const block = holidayBlockOn(day, calendar);
          const rule: PayRuleId =
            block !== null && hourlyRules.upliftHolidays.includes(block)
              ? 'hourly-holiday'
              : 'hourly';
          minutesByRule.set(rule, (minutesByRule.get(rule) ?? 0) + minutes);
        }
      }
      for (const [rule, minutes] of minutesByRule) {
        if (minutes <= 0) continue;
        pushEvidence(evidence, rule, {
          table: 'shifts',
          id: shift.id,
          day: shift.day,
          quantity: minutes,
          unit: 'minutes',
          ...source,
        });
      }
    }
  }

  const kpiDaily = records.kpiDaily.filter(
    (record) => record.agentId === agent.id && isInPeriod(record.day, period),
  );
  for (const record of kpiDaily) {
    pushEvidence(evidence, 'performance-bonus', {
      table: 'kpiDaily',
      id: record.id,
      day: record.day,
      quantity: 1,
      unit: 'records',
    });
  }

  const input: PayPeriodInput = {
    period,
    level: agent.level,
    workPattern: agent.workPattern,
    employment: agent.employment,
    // The profile holds no leaving date: employment covers the period when it began by day one.
    coversWholePeriod: agent.employedFrom <= `${period}-01`,
    daysWorked: workedDays.size,
    overtimeMinutes,
    statutoryHolidaysWorked: holidayDays.size,
    leaveDays: {
      personal: leaveDaysByKind.personal.size,
      sick: leaveDaysByKind.sick.size,
      annual: leaveDaysByKind.annual.size,
      absence: absentDays.size,
    },
    // The same score as the KPI screen's, weighted when the policy sets `kpi.scoreWeights`.
    assessmentScore: kpiDaily.length > 0 ? scoreFromRecords(kpiDaily, policy).score : null,
    hourlyRecords,
    results: [],
    rewards: [],
    penalties: [],
  };
  const coverage: RecordCoverage = {
    shifts: shifts.length > 0,
    leave: shifts.length > 0 || leaveRequestsInPeriod.length > 0,
    kpi: kpiDaily.length > 0,
    occurrences: false,
  };
  return { input, evidence, coverage };
}
