/**
 * Small, overridable sync fixtures shared by the protocol, store, adapter and engine tests: one
 * valid row per down table, envelopes and agent records. Ids are fixed so runs are repeatable.
 */
import type { Escalation, EscalationNote } from '@/domain/escalation/escalation';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import { fen } from '@/domain/money';
import type { ClockRecord, ShiftAcknowledgement } from '@/domain/roster/shift';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';
import type { DownRowTypes } from '@/domain/sync/down-tables';
import type { MutationName } from '@/domain/sync/mutation-names';
import type { DownTable, MutationEnvelope } from '@/domain/sync/protocol';
import { defaultPayRules } from '@/domain/pay/default-pay-rules';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import { defaultKpiPolicy } from '@/domain/kpi/default-kpi-policy';

export const AGENT_ID = 'agent-1';
export const AT = '2026-11-22T08:30:00.000Z';
/** The app schema the fixtures are written in (`CURRENT_SCHEMA_VERSION`). */
export const SCHEMA_VERSION = 5;
/** A well-formed log link; the server keeps links as witnesses and does not check the chain. */
export const CHAIN_LINK = { seq: 1, hash: 'c'.repeat(64) } as const;
const levels = {
  base: fen(0),
  'one-star': fen(10_000),
  'two-star': fen(20_000),
  'three-star': fen(30_000),
};

/** A valid row for every down table. */
export const SAMPLE_ROWS: { [T in DownTable]: DownRowTypes[T] } = {
  agentProfile: {
    id: AGENT_ID,
    orgId: 'org-1',
    projectId: 'project-1',
    displayName: '李娜 Li Na',
    employeeNumber: 'E-001',
    level: 'one-star',
    workPattern: 'five-on-two-off',
    employment: 'onsite-outsourced',
    employedFrom: '2025-03-01',
    timeZone: 'Asia/Shanghai',
  },
  projects: {
    id: 'project-1',
    orgId: 'org-1',
    name: { en: 'Rail hotline', 'zh-CN': '铁路热线' },
    clientName: { en: 'Rail Co.' },
    businessLine: 'inbound',
    timeZone: 'Asia/Shanghai',
    policyId: 'policy-1',
    requiredExamIds: ['exam-1'],
  },
  policies: {
    id: 'policy-1',
    projectId: 'project-1',
    version: 3,
    effectiveFrom: '2026-01-01',
    basePay: fen(280_000),
    postAllowance: levels,
    subsidy: levels,
    bonusBands: [{ grade: 'A', minScorePercent: 95, bonus: fen(50_000) }],
    overtimeMultiplierPercent: 150,
    holidayMultiplierPercent: 300,
    payRules: {
      ...defaultPayRules(),
      holidayCalendar: {
        id: 'rail-co-calendar',
        years: [
          {
            year: 2026,
            blocks: [{ name: 'new-year', days: ['2026-01-01'], statutoryDays: ['2026-01-01'] }],
            makeUpWorkdays: ['2026-01-04'],
            isProvisional: false,
          },
        ],
      },
      penalties: [
        {
          id: 'abandon-work',
          amount: fen(5_000),
          text: { en: 'Leaving a task without permission', 'zh-CN': '擅自离开任务' },
        },
      ],
    },
    sickLeaveDeductionPercent: 40,
    payDayOfMonth: 15,
    changeNoticeHours: 48,
    workingTime: defaultWorkingTimeLimits(),
    kpiTargets: [
      { metric: 'abandonRate', min: null, max: 5 },
      { metric: 'escalationRate', min: null, max: 3 },
    ],
    kpi: {
      ...defaultKpiPolicy('inbound'),
      scoreWeights: [
        { metric: 'abandonRate', weightPercent: 60 },
        { metric: 'escalationRate', weightPercent: 40 },
      ],
    },
    readiness: defaultReadinessPolicy(),
    careerPath: [
      {
        id: 'senior',
        title: { en: 'Senior agent', 'zh-CN': '高级坐席' },
        requiredExamIds: ['exam-1'],
        requiredMetrics: [{ metric: 'abandonRate', min: null, max: 3 }],
      },
    ],
    escalationRoutes: [
      { category: 'safety-emergency', recipients: ['safety-line'], responseMinutes: 5 },
    ],
    emergencyNumbers: [{ label: 'Safety', number: '110' }],
  },
  shifts: {
    id: 'shift-1',
    agentId: AGENT_ID,
    projectId: 'project-1',
    day: '2026-11-23',
    start: '2026-11-23T01:00:00.000Z',
    end: '2026-11-23T10:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    segments: [{ start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T10:00:00.000Z' }],
    breaks: [{ start: '2026-11-23T04:00:00.000Z', end: '2026-11-23T05:00:00.000Z', kind: 'meal' }],
    queue: 'tickets',
    workMode: 'onsite',
    isNight: false,
    status: 'scheduled',
    revision: 1,
  },
  leaveDecisions: { requestId: 'leave-1', status: 'approved', decidedAt: AT, note: '' },
  swapDecisions: { requestId: 'swap-1', status: 'declined', decidedAt: AT, note: 'no cover' },
  kpiDaily: {
    id: 'kpi-1',
    agentId: AGENT_ID,
    day: '2026-11-21',
    contactsOffered: 120,
    contactsHandled: 115,
    talkSeconds: 18_000,
    afterCallWorkSeconds: 2_400,
    answerWaitSeconds: 600,
    scheduledSeconds: 28_800,
    adheredSeconds: 27_000,
    loggedInSeconds: 28_000,
    productiveSeconds: 24_000,
    auxSeconds: 1_800,
    resolvedFirstContact: 100,
    fatalErrors: 0,
    nonFatalErrors: 1,
    monitoredCalls: 4,
    satisfactionResponses: 30,
    satisfiedResponses: 28,
    validComplaints: 0,
    escalations: 1,
    dials: 0,
    connects: 0,
    conversions: 0,
    chatSessions: 2,
    chatSessionSeconds: 1_200,
    firstReplySeconds: 40,
  },
  payStatements: {
    id: 'pay-2026-10',
    agentId: AGENT_ID,
    period: '2026-10',
    policyVersion: 3,
    issuedOn: '2026-11-10',
    payDay: '2026-11-15',
    gross: fen(412_345),
    net: fen(380_000),
    assessmentScore: 92.5,
  },
  payStatementLines: {
    id: 'pay-2026-10-1',
    statementId: 'pay-2026-10',
    order: 1,
    kind: 'overtime',
    amount: fen(24_138),
    description: '10 h × 1.5',
    quantity: 10,
    ruleId: 'overtime',
  },
  trainingModules: {
    id: 'module-1',
    projectId: 'project-1',
    order: 1,
    title: { en: 'Refund rules' },
    summary: { en: 'When a ticket can be refunded.' },
    isRequired: true,
    estimatedMinutes: 30,
    examId: 'exam-1',
  },
  lessons: {
    id: 'lesson-1',
    moduleId: 'module-1',
    order: 1,
    title: { en: 'Basics' },
    body: { en: '# Refunds\n\nFull refund up to 8 days before departure.' },
    estimatedMinutes: 5,
  },
  exams: {
    id: 'exam-1',
    moduleId: 'module-1',
    version: 1,
    title: { en: 'Refund exam' },
    kind: 'practice',
    passPercent: 80,
    timeLimitMinutes: 20,
    maxAttempts: 3,
    coolDownHours: 24,
    questions: [
      {
        id: 'q-1',
        kind: 'single',
        prompt: { en: 'Days before departure for a full refund?' },
        options: [
          { id: 'a', text: { en: '8' } },
          { id: 'b', text: { en: '2' } },
        ],
        answer: ['a'],
        explanation: { en: 'The refund rule counts 8 days.' },
      },
    ],
    review: 'show-answers',
    multipleChoiceScoring: 'partial',
    shuffleQuestions: true,
    shuffleOptions: false,
    certificateValidDays: 365,
  },
  examResults: {
    attemptId: 'attempt-1',
    examId: 'exam-1',
    scorePercent: 90,
    isPassed: true,
    gradedAt: AT,
    examVersion: 1,
    gradedBy: 'server',
    questionCredits: { 'q-1': 1 },
  },
  certificates: {
    id: 'certificate-1',
    agentId: AGENT_ID,
    examId: 'exam-1',
    issuedOn: '2026-11-22',
    expiresOn: null,
  },
  escalationResponses: {
    id: 'response-1',
    escalationId: 'escalation-1',
    agentId: AGENT_ID,
    kind: 'acknowledged',
    at: AT,
    by: 'Floor supervisor',
    note: '正在处理 / on it',
  },
  escalations: makeEscalation({ id: 'escalation-1', syncState: 'sent' }),
  escalationNotes: makeNote({ id: 'note-1', syncState: 'sent' }),
  clockRecords: makeClockRecord({ id: 'clock-1', syncState: 'sent' }),
  leaveRequests: {
    id: 'leave-1',
    agentId: AGENT_ID,
    kind: 'annual',
    days: ['2026-12-01'],
    note: '',
    createdAt: AT,
    syncState: 'sent',
  },
  swapRequests: {
    id: 'swap-1',
    agentId: AGENT_ID,
    shiftId: 'shift-1',
    kind: 'offer',
    note: '',
    createdAt: AT,
    syncState: 'sent',
  },
  examAttempts: {
    id: 'attempt-1',
    agentId: AGENT_ID,
    examId: 'exam-1',
    examVersion: 1,
    startedAt: AT,
    submittedAt: AT,
    answers: { 'q-1': ['a'] },
    deadlineAt: '2026-11-22T08:50:00.000Z',
    isAutoSubmitted: false,
    syncState: 'sent',
  },
  readinessReports: {
    id: 'report-1',
    agentId: AGENT_ID,
    shiftId: null,
    createdAt: AT,
    isReady: true,
    checks: [{ item: 'network.roundTripMs', outcome: 'pass', measured: 42 }],
    checklist: [
      { itemId: 'headset', isConfirmed: true, photo: null },
      { itemId: 'quiet-room', isConfirmed: true, photo: null },
    ],
    policyVersion: 3,
    syncState: 'sent',
  },
  shiftAcknowledgements: {
    id: 'acknowledgement-1',
    agentId: AGENT_ID,
    shiftId: 'shift-1',
    revision: 1,
    acknowledgedAt: AT,
    syncState: 'sent',
  },
  kpiTallies: {
    id: 'tally-1',
    agentId: AGENT_ID,
    day: '2026-11-21',
    counts: { contactsHandled: 114, results: 3 },
    note: '少记一通 / one call short',
    createdAt: AT,
    syncState: 'sent',
  },
  kpiGoals: {
    id: 'goal-1',
    agentId: AGENT_ID,
    metric: 'abandonRate',
    direction: 'at-most',
    target: 4.5,
    dueDay: '2026-11-30',
    createdAt: AT,
    syncState: 'sent',
  },
  lessonCompletions: {
    id: 'completion-1',
    agentId: AGENT_ID,
    lessonId: 'lesson-1',
    moduleId: 'module-1',
    completedAt: AT,
    syncState: 'sent',
  },
};

export function makeEscalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    id: 'escalation-1',
    agentId: AGENT_ID,
    category: 'customer-at-risk',
    description: '乘客多次求助 / passenger asked three times',
    caseReference: 'CASE-1',
    severity: 'high',
    context: { screen: '/roster', shiftId: null, payLineId: null },
    routing: routeEscalation(null, 'customer-at-risk'),
    chain: { ...CHAIN_LINK },
    createdAt: AT,
    syncState: 'pending',
    ...overrides,
  };
}

export function makeNote(overrides: Partial<EscalationNote> = {}): EscalationNote {
  return {
    id: 'note-1',
    escalationId: 'escalation-1',
    agentId: AGENT_ID,
    text: '仍未接通 / still no answer',
    attachment: null,
    chain: { seq: 2, hash: 'd'.repeat(64) },
    createdAt: AT,
    syncState: 'pending',
    ...overrides,
  };
}

export function makeClockRecord(overrides: Partial<ClockRecord> = {}): ClockRecord {
  return {
    id: 'clock-1',
    agentId: AGENT_ID,
    kind: 'work-start',
    at: AT,
    shiftId: null,
    syncState: 'pending',
    ...overrides,
  };
}

/** An `escalation.create` envelope whose args the memory server accepts. */
export function makeEnvelope(
  seq: number,
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const recordId = overrides.recordId ?? `escalation-${seq}`;
  const { syncState: _localOnly, ...args } = makeEscalation({ id: recordId });
  return {
    seq,
    mutationId: `mutation-${seq}`,
    name: 'escalation.create' satisfies MutationName,
    recordId,
    args,
    schemaVersion: SCHEMA_VERSION,
    createdAt: AT,
    ...overrides,
  };
}

/** An `escalationNote.create` envelope on `escalationId` (default `escalation-1`). */
export function makeNoteEnvelope(
  seq: number,
  note: Partial<EscalationNote> = {},
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const recordId = overrides.recordId ?? note.id ?? `note-${seq}`;
  const { syncState: _localOnly, ...args } = makeNote({ ...note, id: recordId });
  return {
    seq,
    mutationId: `note-mutation-${seq}`,
    name: 'escalationNote.create' satisfies MutationName,
    recordId,
    args,
    schemaVersion: SCHEMA_VERSION,
    createdAt: AT,
    ...overrides,
  };
}

export function makeAcknowledgement(
  overrides: Partial<ShiftAcknowledgement> = {},
): ShiftAcknowledgement {
  return { ...SAMPLE_ROWS.shiftAcknowledgements, syncState: 'pending', ...overrides };
}

/** A `shiftChange.acknowledge` envelope for `shiftId` (default `shift-1`), schema 4. */
export function makeAcknowledgementEnvelope(
  seq: number,
  acknowledgement: Partial<ShiftAcknowledgement> = {},
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const recordId = overrides.recordId ?? acknowledgement.id ?? `acknowledgement-${seq}`;
  const { syncState: _localOnly, ...args } = makeAcknowledgement({
    ...acknowledgement,
    id: recordId,
  });
  return {
    seq,
    mutationId: `acknowledgement-mutation-${seq}`,
    name: 'shiftChange.acknowledge' satisfies MutationName,
    recordId,
    args,
    schemaVersion: 4,
    createdAt: AT,
    ...overrides,
  };
}
