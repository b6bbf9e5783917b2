/**
 * Small, overridable pay fixtures shared by the domain's pay and KPI tests: DOMAIN.md's published
 * pay structure (source 004) on `defaultPayRules()`, one period's inputs, an agent, the records a
 * period is rebuilt from, and issued statements. Ids are fixed so runs are repeatable; every call
 * returns fresh objects, so a test may change what it gets.
 */
import type { AgentProfile } from '@/domain/agent/agent-profile';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import { defaultKpiPolicy } from '@/domain/kpi/default-kpi-policy';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { LocalizedText } from '@/domain/localized-text';
import { fen, yuan } from '@/domain/money';
import { defaultPayRules } from '@/domain/pay/default-pay-rules';
import type { PayPeriodInput } from '@/domain/pay/pay-input';
import type { PayRecords } from '@/domain/pay/pay-inputs-from-records';
import type { PayRules, RewardRule } from '@/domain/pay/pay-rules';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { BonusBand, ProjectPolicy } from '@/domain/policy/project-policy';
import type { LeaveDecision, LeaveRequest, Shift, ShiftBreak } from '@/domain/roster/shift';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';

/** The text of a published rule; the pay engine never reads it. */
export const RULE_TEXT: LocalizedText = { en: 'rule', 'zh-CN': '规则', 'zh-TW': '規則' };

/** Whole days of leave by kind: none. */
export const NO_LEAVE: PayPeriodInput['leaveDays'] = {
  personal: 0,
  sick: 0,
  annual: 0,
  absence: 0,
};

/** DOMAIN.md's bonus bands, highest first: A ≥ 95 pays 500, … D ≥ 71 pays 100, E pays 0. */
export function makeBonusBands(): BonusBand[] {
  return [
    { grade: 'A', minScorePercent: 95, bonus: yuan(500) },
    { grade: 'B', minScorePercent: 90, bonus: yuan(300) },
    { grade: 'C', minScorePercent: 80, bonus: yuan(200) },
    { grade: 'D', minScorePercent: 71, bonus: yuan(100) },
    { grade: 'E', minScorePercent: 0, bonus: fen(0) },
  ];
}

/** DOMAIN.md's pay rules (`defaultPayRules`: no rewards, no penalties), with overrides. */
export function makePayRules(overrides: Partial<PayRules> = {}): PayRules {
  return { ...defaultPayRules(), ...overrides };
}

/** The full-attendance reward of 100 CNY, granted by the engine to a month without leave. */
export function makeFullAttendanceReward(): RewardRule {
  return { id: 'full-attendance', kind: 'full-attendance', amount: yuan(100), text: RULE_TEXT };
}

/**
 * DOMAIN.md's published structure (source 004), version 1 from 2025: base 2 800, post allowance
 * 0 / 400 / 600 / 900 and subsidy 300 / 500 / 700 / 900 by level, bands A–E, overtime × 1.5,
 * statutory holidays × 3, sick leave −40 %, paid on the 15th, and `makePayRules()`.
 */
export function makePayPolicy(overrides: Partial<ProjectPolicy> = {}): ProjectPolicy {
  return {
    id: 'pol',
    projectId: 'proj',
    version: 1,
    effectiveFrom: '2025-01-01',
    basePay: yuan(2800),
    postAllowance: {
      base: fen(0),
      'one-star': yuan(400),
      'two-star': yuan(600),
      'three-star': yuan(900),
    },
    subsidy: {
      base: yuan(300),
      'one-star': yuan(500),
      'two-star': yuan(700),
      'three-star': yuan(900),
    },
    bonusBands: makeBonusBands(),
    overtimeMultiplierPercent: 150,
    holidayMultiplierPercent: 300,
    sickLeaveDeductionPercent: 40,
    payDayOfMonth: 15,
    payRules: makePayRules(),
    changeNoticeHours: 48,
    workingTime: defaultWorkingTimeLimits(),
    kpiTargets: [],
    kpi: defaultKpiPolicy('inbound'),
    readiness: defaultReadinessPolicy(),
    careerPath: [],
    escalationRoutes: [],
    emergencyNumbers: [],
    ...overrides,
  };
}

/** March 2026, base level, five on two off, 22 days worked: no overtime, leave, score or extras. */
export function makePayInput(overrides: Partial<PayPeriodInput> = {}): PayPeriodInput {
  return {
    period: '2026-03',
    level: 'base',
    workPattern: 'five-on-two-off',
    employment: 'onsite-outsourced',
    coversWholePeriod: true,
    daysWorked: 22,
    overtimeMinutes: 0,
    statutoryHolidaysWorked: 0,
    leaveDays: { ...NO_LEAVE },
    assessmentScore: null,
    hourlyRecords: [],
    results: [],
    rewards: [],
    penalties: [],
    ...overrides,
  };
}

/**
 * The October 2026 worked example: one star, five on two off, 20 days worked, 10 h overtime, one
 * personal and one sick day, score 92.9 (grade B).
 */
export function makeOctoberPayInput(overrides: Partial<PayPeriodInput> = {}): PayPeriodInput {
  return makePayInput({
    period: '2026-10',
    level: 'one-star',
    daysWorked: 20,
    overtimeMinutes: 600,
    leaveDays: { ...NO_LEAVE, personal: 1, sick: 1 },
    assessmentScore: 92.9,
    ...overrides,
  });
}

/** A one-star onsite agent of project `proj`, five on two off, employed since March 2025. */
export function makePayAgent(overrides: Partial<AgentProfile> = {}): AgentProfile {
  return {
    id: 'agent',
    orgId: 'org',
    projectId: 'proj',
    displayName: 'Li',
    employeeNumber: '7',
    level: 'one-star',
    workPattern: 'five-on-two-off',
    employment: 'onsite-outsourced',
    employedFrom: '2025-03-01',
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
}

/** An instant at a Shanghai wall-clock time (UTC+8, no daylight saving), as ISO UTC. */
export function shanghaiAt(day: string, time: string): string {
  return new Date(`${day}T${time}:00+08:00`).toISOString();
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The agent's one-segment shift on `day` from `from` to `to` Shanghai time (`to` on the next day
 * when earlier), worked unless `status` says otherwise, with an optional meal and rest break.
 */
export function makeWorkedShift(
  id: string,
  day: string,
  from: string,
  to: string,
  options: { meal?: [string, string]; rest?: [string, string]; status?: Shift['status'] } = {},
): Shift {
  const endDay = to <= from ? nextDay(day) : day;
  const breaks: ShiftBreak[] = [];
  for (const kind of ['meal', 'rest'] as const) {
    const window = options[kind];
    if (window)
      breaks.push({ kind, start: shanghaiAt(day, window[0]), end: shanghaiAt(day, window[1]) });
  }
  return {
    id,
    agentId: 'agent',
    projectId: 'proj',
    day,
    start: shanghaiAt(day, from),
    end: shanghaiAt(endDay, to),
    timeZone: 'Asia/Shanghai',
    segments: [{ start: shanghaiAt(day, from), end: shanghaiAt(endDay, to) }],
    breaks,
    queue: 'q',
    workMode: 'onsite',
    isNight: false,
    status: options.status ?? 'worked',
    revision: 1,
  };
}

/** The agent's leave request for `days`, sent on 1 September 2026. */
export function makeLeaveRequest(
  id: string,
  kind: LeaveRequest['kind'],
  days: string[],
): LeaveRequest {
  return {
    id,
    agentId: 'agent',
    kind,
    days,
    note: '',
    createdAt: '2026-09-01T00:00:00Z',
    syncState: 'sent',
  };
}

/** A decision on a leave request, by default on 2 September 2026. */
export function makeLeaveDecision(
  requestId: string,
  status: LeaveDecision['status'],
  decidedAt = '2026-09-02T00:00:00Z',
): LeaveDecision {
  return { requestId, status, decidedAt, note: '' };
}

/** `makePayAgent()`'s records: none unless given. */
export function makePayRecords(overrides: Partial<PayRecords> = {}): PayRecords {
  return {
    agent: makePayAgent(),
    shifts: [],
    clockRecords: [],
    leaveRequests: [],
    leaveDecisions: [],
    kpiDaily: [],
    ...overrides,
  };
}

/**
 * One KPI day: 100 offered, 96 handled, 180 s talk, 15 s after-call work, 10 s to answer,
 * adherence 99 %, utilisation 80 %, aux 5 %, 90 resolved first time, one non-fatal error, one
 * monitored call, 36 of 40 satisfied.
 */
export function makeKpiDay(overrides: Partial<KpiDaily> = {}): KpiDaily {
  return {
    id: 'k1',
    agentId: 'a1',
    day: '2026-10-05',
    contactsOffered: 100,
    contactsHandled: 96,
    talkSeconds: 96 * 180,
    afterCallWorkSeconds: 96 * 15,
    answerWaitSeconds: 96 * 10,
    scheduledSeconds: 28_800,
    adheredSeconds: 28_512,
    loggedInSeconds: 28_800,
    productiveSeconds: 23_040,
    auxSeconds: 1_440,
    resolvedFirstContact: 90,
    fatalErrors: 0,
    nonFatalErrors: 1,
    monitoredCalls: 1,
    satisfactionResponses: 40,
    satisfiedResponses: 36,
    validComplaints: 0,
    escalations: 1,
    dials: 0,
    connects: 0,
    conversions: 0,
    chatSessions: 0,
    chatSessionSeconds: 0,
    firstReplySeconds: 0,
    ...overrides,
  };
}

/** The agent's October 2026 statement, issued 5 November, paid 16 November; 0 until given. */
export function makePayStatement(overrides: Partial<PayStatement> = {}): PayStatement {
  return {
    id: 'st',
    agentId: 'agent',
    period: '2026-10',
    policyVersion: 1,
    issuedOn: '2026-11-05',
    payDay: '2026-11-16',
    gross: fen(0),
    net: fen(0),
    assessmentScore: null,
    ...overrides,
  };
}

/** A line of `makePayStatement()`'s statement: a zero base line citing no rule until given. */
export function makePayStatementLine(overrides: Partial<PayStatementLine> = {}): PayStatementLine {
  return {
    id: 'l0',
    statementId: 'st',
    order: 0,
    kind: 'base',
    amount: fen(0),
    description: '',
    quantity: null,
    ruleId: null,
    ...overrides,
  };
}
