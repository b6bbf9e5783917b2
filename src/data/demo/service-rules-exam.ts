import type { Exam } from '@/domain/training/training';
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS } from './demo-ids';
import { localized, TRUE_FALSE_OPTIONS } from './training-bundle';

const moduleId = DEMO_MODULE_IDS.serviceRules;
const examId = DEMO_EXAM_IDS.serviceRules;

/** Exam of module 1: the project's certification (version 2, after the client's rule update). */
export function buildServiceRulesExam(): Exam {
  return {
    id: examId,
    moduleId,
    version: 2,
    title: localized(
      'Project certification: service rules',
      '上岗认证考试:服务规则',
      '上崗認證考試:服務規則',
    ),
    kind: 'certification',
    passPercent: 80,
    timeLimitMinutes: 20,
    maxAttempts: 3,
    coolDownHours: 24,
    // The certification: the backend grades it and keeps the key; the agent sees which answers were
    // right but not the key, and renews the certificate every year.
    review: 'show-correctness',
    multipleChoiceScoring: 'all-or-nothing',
    shuffleQuestions: true,
    shuffleOptions: true,
    certificateValidDays: 365,
    questions: [
      {
        id: `${examId}-q1`,
        kind: 'single',
        prompt: localized(
          'What is the target for average speed of answer on this project?',
          '本项目平均应答速度的目标是多少?',
          '本專案平均應答速度的目標是多少?',
        ),
        options: [
          { id: 'a', text: localized('10 seconds', '10 秒', '10 秒') },
          {
            id: 'b',
            text: localized(
              '20 seconds (about four rings)',
              '20 秒(约 4 声铃)',
              '20 秒(約 4 聲鈴)',
            ),
          },
          { id: 'c', text: localized('45 seconds', '45 秒', '45 秒') },
          { id: 'd', text: localized('60 seconds', '60 秒', '60 秒') },
        ],
        answer: ['b'],
        explanation: localized(
          'The project answers within 20 seconds, about four rings (average speed of answer).',
          '本项目要求 20 秒内接起,约 4 声铃(平均应答速度)。',
          '本專案要求 20 秒內接起,約 4 聲鈴(平均應答速度)。',
        ),
      },
      {
        id: `${examId}-q2`,
        kind: 'multiple',
        prompt: localized(
          'Which calls belong on this hotline? Choose all that apply.',
          '哪些来电属于本热线?选出所有正确项。',
          '哪些來電屬於本熱線?選出所有正確項。',
        ),
        options: [
          { id: 'a', text: localized('Refunds and changes', '退改签', '退改簽') },
          {
            id: 'b',
            text: localized('Delay and cancellation notices', '延误和取消通知', '延誤和取消通知'),
          },
          { id: 'c', text: localized('Itinerary receipts', '行程单', '行程單') },
          { id: 'd', text: localized('Credit card applications', '信用卡申请', '信用卡申請') },
        ],
        answer: ['a', 'b', 'c'],
        explanation: localized(
          "The hotline handles refunds and changes, delay and cancellation notices and itinerary receipts; credit cards are not the airline's business.",
          '热线处理退改签、延误取消通知和行程单;信用卡不属于航空公司业务。',
          '熱線處理退改簽、延誤取消通知和行程單;信用卡不屬於航空公司業務。',
        ),
      },
      {
        id: `${examId}-q3`,
        kind: 'true-false',
        prompt: localized(
          'A passenger says she is in danger. You escalate it as a safety emergency straight away, even though it raises your escalation rate.',
          '旅客说她有危险。即使会提高你的升级率,你也要立即按安全紧急升级。',
          '旅客說她有危險。即使會提高你的升級率,你也要立即按安全緊急升級。',
        ),
        options: TRUE_FALSE_OPTIONS,
        answer: ['true'],
        explanation: localized(
          'Safety comes first: a passenger in danger is escalated at once, whatever it does to your figures.',
          '安全第一:旅客有危险必须立即升级,不必顾虑个人指标。',
          '安全第一:旅客有危險必須立即升級,不必顧慮個人指標。',
        ),
      },
      {
        id: `${examId}-q4`,
        kind: 'single',
        prompt: localized(
          'Who receives a safety-emergency escalation?',
          '安全紧急升级会发给谁?',
          '安全緊急升級會發給誰?',
        ),
        options: [
          { id: 'a', text: localized('Only your team lead', '只有班组长', '只有班組長') },
          {
            id: 'b',
            text: localized(
              "Your team lead, the client's channel and the airline's safety line",
              '班组长、甲方渠道和航空公司安全热线',
              '班組長、甲方渠道和航空公司安全熱線',
            ),
          },
          { id: 'c', text: localized('HR', '人力资源部', '人力資源部') },
          {
            id: 'd',
            text: localized(
              'Nobody until the call ends',
              '通话结束前不发给任何人',
              '通話結束前不發給任何人',
            ),
          },
        ],
        answer: ['b'],
        explanation: localized(
          "A safety emergency reaches the floor, the client's channel and the airline's own safety line together.",
          '安全紧急情况同时通知现场、甲方渠道和航空公司安全热线。',
          '安全緊急情況同時通知現場、甲方渠道和航空公司安全熱線。',
        ),
      },
      {
        id: `${examId}-q5`,
        kind: 'ordering',
        prompt: localized(
          'Put the steps for changing a ticket in order.',
          '把改签的步骤按顺序排列。',
          '把改簽的步驟按順序排列。',
        ),
        options: [
          {
            id: 'consent',
            text: localized(
              'Tell the passenger the fee and get consent',
              '告知旅客手续费并征得同意',
              '告知旅客手續費並徵得同意',
            ),
          },
          {
            id: 'verify',
            text: localized(
              'Verify the passenger and the booking',
              '核实旅客身份和订单',
              '核實旅客身分和訂單',
            ),
          },
          {
            id: 'confirm',
            text: localized(
              'Confirm the new itinerary and give the case number',
              '确认新行程并告知工单号',
              '確認新行程並告知工單號',
            ),
          },
          {
            id: 'check',
            text: localized(
              'Check the change rules and the fee in the system',
              '在系统中查询改签规则和手续费',
              '在系統中查詢改簽規則和手續費',
            ),
          },
        ],
        answer: ['verify', 'check', 'consent', 'confirm'],
        explanation: localized(
          'Verify first, then check rules and fee, get consent, and only then confirm the new itinerary with a case number.',
          '先核实,再查规则和手续费,征得同意后才确认新行程并告知工单号。',
          '先核實,再查規則和手續費,徵得同意後才確認新行程並告知工單號。',
        ),
      },
      {
        id: `${examId}-q6`,
        kind: 'single',
        prompt: localized(
          'What is the target range for average talk time?',
          '平均通话时长的目标范围是多少?',
          '平均通話時長的目標範圍是多少?',
        ),
        options: [
          { id: 'a', text: localized('Under 1 minute', '1 分钟以内', '1 分鐘以內') },
          { id: 'b', text: localized('2 to 3.5 minutes', '2 到 3.5 分钟', '2 到 3.5 分鐘') },
          { id: 'c', text: localized('5 to 6 minutes', '5 到 6 分钟', '5 到 6 分鐘') },
          { id: 'd', text: localized('There is no target', '没有目标', '沒有目標') },
        ],
        answer: ['b'],
        explanation: localized(
          'Average talk time is expected between 2 and 3.5 minutes: long enough to solve, short enough to keep the queue moving.',
          '平均通话时长目标为 2 到 3.5 分钟:既能解决问题,又不拖慢队列。',
          '平均通話時長目標為 2 到 3.5 分鐘:既能解決問題,又不拖慢隊列。',
        ),
      },
      {
        id: `${examId}-q7`,
        kind: 'true-false',
        prompt: localized(
          'To calm a passenger down, you may promise a refund amount before the system shows it.',
          '为了安抚旅客,可以在系统显示之前先承诺退款金额。',
          '為了安撫旅客,可以在系統顯示之前先承諾退款金額。',
        ),
        options: TRUE_FALSE_OPTIONS,
        answer: ['false'],
        explanation: localized(
          "Never promise an amount the system has not shown: only the system's figure is binding.",
          '系统未显示的金额绝不能承诺:只有系统的数字才算数。',
          '系統未顯示的金額絕不能承諾:只有系統的數字才算數。',
        ),
      },
    ],
  };
}
