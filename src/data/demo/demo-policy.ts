import { fen, yuan } from '@/domain/money';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import { defaultKpiPolicy } from '@/domain/kpi/default-kpi-policy';
import { defaultKpiTargets } from '@/domain/kpi/default-kpi-targets';
import { defaultPayRules } from '@/domain/pay/default-pay-rules';
import type { KpiTarget, ProjectPolicy } from '@/domain/policy/project-policy';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';
import { DEMO_POLICY_ID, DEMO_PROJECT_ID } from './demo-ids';
import { buildDemoCareerPath } from './demo-training-career-path';

/** The inbound targets of DOMAIN.md ("KPIs and targets", source 004); rates are percentages. */
export const DEMO_KPI_TARGETS: readonly KpiTarget[] = defaultKpiTargets('inbound');

/** The vendor's published pay structure of DOMAIN.md ("Pay rules", source 004), in fen. */
export function buildDemoPolicy(today: string): ProjectPolicy {
  const year = Number(today.slice(0, 4));
  return {
    id: DEMO_POLICY_ID,
    projectId: DEMO_PROJECT_ID,
    version: 1,
    effectiveFrom: `${String(year - 1).padStart(4, '0')}-01-01`,
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
    bonusBands: [
      { grade: 'A', minScorePercent: 95, bonus: yuan(500) },
      { grade: 'B', minScorePercent: 90, bonus: yuan(300) },
      { grade: 'C', minScorePercent: 80, bonus: yuan(200) },
      { grade: 'D', minScorePercent: 71, bonus: yuan(100) },
      { grade: 'E', minScorePercent: 0, bonus: fen(0) },
    ],
    overtimeMultiplierPercent: 150,
    holidayMultiplierPercent: 300,
    sickLeaveDeductionPercent: 40,
    payDayOfMonth: 15,
    payRules: {
      ...defaultPayRules(),
      // The vendor publishes its rewards and penalties in advance (004); amounts are the demo's.
      rewards: [
        {
          id: 'full-attendance',
          kind: 'full-attendance',
          amount: yuan(100),
          text: {
            en: 'Full attendance: no personal leave, sick leave or absence in the month.',
            'zh-CN': '全勤奖:当月无事假、病假和缺勤。',
            'zh-TW': '全勤獎:當月無事假、病假和缺勤。',
          },
        },
        {
          id: 'task-bonus',
          kind: 'per-occurrence',
          amount: yuan(50),
          text: {
            en: 'Task bonus: each special task the team lead assigns and signs off.',
            'zh-CN': '任务奖:组长指派并验收的每项专项任务。',
            'zh-TW': '任務獎:組長指派並驗收的每項專項任務。',
          },
        },
      ],
      penalties: [
        {
          id: 'stop-calls',
          amount: yuan(50),
          text: {
            en: 'Stopping calls without reason during a shift.',
            'zh-CN': '无故停止接打电话。',
            'zh-TW': '無故停止接打電話。',
          },
        },
        {
          id: 'abandon-work',
          amount: yuan(100),
          text: {
            en: 'Abandoning work during a shift.',
            'zh-CN': '班中擅自脱岗。',
            'zh-TW': '班中擅自脫崗。',
          },
        },
        {
          id: 'poor-attitude',
          amount: yuan(50),
          text: {
            en: 'Poor attitude to a customer, confirmed by a quality check.',
            'zh-CN': '对客户态度恶劣,经质检确认。',
            'zh-TW': '對客戶態度惡劣,經質檢確認。',
          },
        },
        {
          id: 'leave-task',
          amount: yuan(50),
          text: {
            en: 'Leaving a task without permission.',
            'zh-CN': '未经允许离开任务。',
            'zh-TW': '未經允許離開任務。',
          },
        },
      ],
    },
    changeNoticeHours: 48,
    workingTime: defaultWorkingTimeLimits(),
    kpiTargets: DEMO_KPI_TARGETS.map((target) => ({ ...target })),
    // Issue #7 (KPI helper) owns this line.
    kpi: defaultKpiPolicy('inbound'),
    // Issue #9 (readiness helper) owns this line.
    readiness: defaultReadinessPolicy(),
    // Issue #8 (training helper) owns this line: the demo's career ladder.
    careerPath: buildDemoCareerPath(),
    escalationRoutes: [
      // A passenger in danger reaches the client's own safety line as well as the floor (000, 001).
      {
        category: 'safety-emergency',
        recipients: ['supervisor', 'client-channel', 'safety-line'],
        responseMinutes: 5,
      },
      {
        category: 'customer-at-risk',
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: 15,
      },
      {
        category: 'system-outage',
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: 30,
      },
      { category: 'pay-dispute', recipients: ['supervisor', 'hr'], responseMinutes: 3 * 24 * 60 },
      { category: 'workplace-harassment', recipients: ['hr'], responseMinutes: 24 * 60 },
      { category: 'other', recipients: ['supervisor'], responseMinutes: 4 * 60 },
    ],
    emergencyNumbers: [
      { label: '报警 / Police', number: '110' },
      { label: '急救 / Ambulance', number: '120' },
      { label: '火警 / Fire', number: '119' },
      {
        label: '云鹤航空安全热线(演示)/ Cloud Crane Airlines safety line (demo)',
        number: '400-000-0000',
      },
    ],
  };
}
