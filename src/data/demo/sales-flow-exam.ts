import type { Exam } from '@/domain/training/training';
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS } from './demo-ids';
import { localized, TRUE_FALSE_OPTIONS } from './training-bundle';

const moduleId = DEMO_MODULE_IDS.salesFlow;
const examId = DEMO_EXAM_IDS.salesFlow;

/** Practice exam of module 2, the outbound sales flow. */
export function buildSalesFlowExam(): Exam {
  return {
    id: examId,
    moduleId,
    version: 1,
    title: localized('Practice: outbound sales flow', '练习:外呼销售流程', '練習:外呼銷售流程'),
    kind: 'practice',
    passPercent: 80,
    timeLimitMinutes: 15,
    maxAttempts: 10,
    coolDownHours: 0,
    review: 'show-answers',
    multipleChoiceScoring: 'partial',
    shuffleQuestions: true,
    shuffleOptions: true,
    certificateValidDays: null,
    questions: [
      {
        id: `${examId}-q1`,
        kind: 'ordering',
        prompt: localized(
          'Put the steps of an outbound call in order.',
          '把外呼的步骤按顺序排列。',
          '把外呼的步驟按順序排列。',
        ),
        options: [
          { id: 'product', text: localized('Product introduction', '产品介绍', '產品介紹') },
          { id: 'opening', text: localized('Opening', '开场白', '開場白') },
          { id: 'objections', text: localized('Handling objections', '异议处理', '異議處理') },
          { id: 'needs', text: localized('Discovering needs', '探寻需求', '探尋需求') },
        ],
        answer: ['opening', 'needs', 'product', 'objections'],
        explanation: localized(
          'Every outbound call runs opening → discovering needs → product introduction → handling objections.',
          '每通外呼都按开场白 → 探寻需求 → 产品介绍 → 异议处理进行。',
          '每通外呼都按開場白 → 探尋需求 → 產品介紹 → 異議處理進行。',
        ),
      },
      {
        id: `${examId}-q2`,
        kind: 'single',
        prompt: localized(
          'What belongs in the opening?',
          '开场白应该包括什么?',
          '開場白應該包括什麼?',
        ),
        options: [
          { id: 'a', text: localized('The price of the product', '产品价格', '產品價格') },
          {
            id: 'b',
            text: localized(
              'Who you are, who you call for, why, and whether it is a good time',
              '你是谁、代表谁、为什么来电,以及对方是否方便',
              '你是誰、代表誰、為什麼來電,以及對方是否方便',
            ),
          },
          {
            id: 'c',
            text: localized('A list of every product', '所有产品的清单', '所有產品的清單'),
          },
          {
            id: 'd',
            text: localized(
              'The full booking reference, read aloud',
              '完整念出订单号',
              '完整唸出訂單號',
            ),
          },
        ],
        answer: ['b'],
        explanation: localized(
          'In the first fifteen seconds: who you are, for whom, why you call, and whether it is a good time.',
          '前十五秒说明你是谁、代表谁、来电原因,并询问对方是否方便。',
          '前十五秒說明你是誰、代表誰、來電原因,並詢問對方是否方便。',
        ),
      },
      {
        id: `${examId}-q3`,
        kind: 'multiple',
        prompt: localized(
          'Which of these are open questions? Choose all that apply.',
          '以下哪些是开放式问题?选出所有正确项。',
          '以下哪些是開放式問題?選出所有正確項。',
        ),
        options: [
          {
            id: 'a',
            text: localized(
              'What matters most to you on this trip?',
              '这次出行您最看重什么?',
              '這次出行您最看重什麼?',
            ),
          },
          {
            id: 'b',
            text: localized(
              'How do you usually choose your seat?',
              '您平时是怎么选座位的?',
              '您平時是怎麼選座位的?',
            ),
          },
          {
            id: 'c',
            text: localized('Do you want insurance?', '您要买保险吗?', '您要買保險嗎?'),
          },
          { id: 'd', text: localized('Is that a yes?', '那就是同意了?', '那就是同意了?') },
        ],
        answer: ['a', 'b'],
        explanation: localized(
          'Open questions cannot be answered with yes or no; they let the passenger tell you what matters.',
          '开放式问题不能用“是”或“否”回答,让旅客说出真正在意的事。',
          '開放式問題不能用「是」或「否」回答,讓旅客說出真正在意的事。',
        ),
      },
      {
        id: `${examId}-q4`,
        kind: 'true-false',
        prompt: localized(
          'After a passenger says no twice, keep offering until they agree.',
          '旅客拒绝两次后,继续推荐直到对方同意。',
          '旅客拒絕兩次後,繼續推薦直到對方同意。',
        ),
        options: TRUE_FALSE_OPTIONS,
        answer: ['false'],
        explanation: localized(
          'Two refusals end the offer: thank the passenger and move on. Pressing harms the customer and the project.',
          '拒绝两次就停止推荐:感谢旅客并结束话题。强推会伤害客户和项目。',
          '拒絕兩次就停止推薦:感謝旅客並結束話題。強推會傷害客戶和專案。',
        ),
      },
      {
        id: `${examId}-q5`,
        kind: 'single',
        prompt: localized(
          'A passenger says "It\'s too expensive." What do you do first?',
          '旅客说“太贵了”。你首先应该怎么做?',
          '旅客說「太貴了」。你首先應該怎麼做?',
        ),
        options: [
          { id: 'a', text: localized('Repeat the price', '再报一遍价格', '再報一遍價格') },
          {
            id: 'b',
            text: localized('Acknowledge the concern', '认同对方的顾虑', '認同對方的顧慮'),
          },
          { id: 'c', text: localized('End the call', '结束通话', '結束通話') },
          {
            id: 'd',
            text: localized(
              'Offer a discount you may not give',
              '给出自己无权给的折扣',
              '給出自己無權給的折扣',
            ),
          },
        ],
        answer: ['b'],
        explanation: localized(
          'Acknowledge the concern first; then show the value. Never offer a discount you may not give.',
          '先认同顾虑,再说明价值。绝不给出无权给的折扣。',
          '先認同顧慮,再說明價值。絕不給出無權給的折扣。',
        ),
      },
    ],
  };
}
