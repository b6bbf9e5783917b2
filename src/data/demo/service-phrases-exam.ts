import type { Exam } from '@/domain/training/training';
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS } from './demo-ids';
import { localized, TRUE_FALSE_OPTIONS } from './training-bundle';

const moduleId = DEMO_MODULE_IDS.servicePhrases;
const examId = DEMO_EXAM_IDS.servicePhrases;

/** Practice exam of module 3, standard service phrases. */
export function buildServicePhrasesExam(): Exam {
  return {
    id: examId,
    moduleId,
    version: 1,
    title: localized(
      'Practice: standard service phrases',
      '练习:标准服务用语',
      '練習:標準服務用語',
    ),
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
        kind: 'single',
        prompt: localized(
          'Which greeting follows the standard?',
          '哪一句问候符合标准?',
          '哪一句問候符合標準?',
        ),
        options: [
          { id: 'a', text: localized('"Hello?"', '“喂?”', '「喂?」') },
          {
            id: 'b',
            text: localized(
              '"Hello, Cloud Crane Airlines after-sales, agent 0731 speaking. How can I help you?"',
              '“您好,云鹤航空售后服务,工号 0731 为您服务,请问有什么可以帮您?”',
              '「您好,雲鶴航空售後服務,工號 0731 為您服務,請問有什麼可以幫您?」',
            ),
          },
          { id: 'c', text: localized('"What\'s the problem?"', '“什么事?”', '「什麼事?」') },
          {
            id: 'd',
            text: localized('"Airline. Hold on."', '“航空公司,等一下。”', '「航空公司,等一下。」'),
          },
        ],
        answer: ['b'],
        explanation: localized(
          'The standard greeting names the service and your agent number, then offers help.',
          '标准问候语要报出服务名称和工号,再询问需要。',
          '標準問候語要報出服務名稱和工號,再詢問需要。',
        ),
      },
      {
        id: `${examId}-q2`,
        kind: 'multiple',
        prompt: localized(
          'Which phrases should you avoid? Choose all that apply.',
          '哪些说法应该避免?选出所有正确项。',
          '哪些說法應該避免?選出所有正確項。',
        ),
        options: [
          { id: 'a', text: localized('"Please calm down."', '“您消消气。”', '「您消消氣。」') },
          {
            id: 'b',
            text: localized('"That\'s not my department."', '“这不归我管。”', '「這不歸我管。」'),
          },
          {
            id: 'c',
            text: localized('"There\'s nothing I can do."', '“我也没办法。”', '「我也沒辦法。」'),
          },
          {
            id: 'd',
            text: localized(
              '"Here is what I can do right now."',
              '“我现在能为您做的是……”',
              '「我現在能為您做的是……」',
            ),
          },
        ],
        answer: ['a', 'b', 'c'],
        explanation: localized(
          'Phrases that dismiss the caller or refuse responsibility are banned; say what you can do instead.',
          '敷衍或推卸责任的说法禁止使用;应说明你能做什么。',
          '敷衍或推卸責任的說法禁止使用;應說明你能做什麼。',
        ),
      },
      {
        id: `${examId}-q3`,
        kind: 'true-false',
        prompt: localized(
          'Before putting a caller on hold, say why and roughly for how long.',
          '请客户等待前,要说明原因和大概时长。',
          '請客戶等待前,要說明原因和大概時長。',
        ),
        options: TRUE_FALSE_OPTIONS,
        answer: ['true'],
        explanation: localized(
          'Say why and for how long before a hold, and come back within that time.',
          '请客户等待前说明原因和时长,并在时限内回来。',
          '請客戶等待前說明原因和時長,並在時限內回來。',
        ),
      },
      {
        id: `${examId}-q4`,
        kind: 'ordering',
        prompt: localized(
          'Put the closing steps in order.',
          '把结束语的步骤按顺序排列。',
          '把結束語的步驟按順序排列。',
        ),
        options: [
          {
            id: 'thank',
            text: localized(
              'Thank the caller and wish them a good journey',
              '感谢来电,祝旅途愉快',
              '感謝來電,祝旅途愉快',
            ),
          },
          {
            id: 'hang-up-last',
            text: localized('Let the caller hang up first', '等客户先挂机', '等客戶先掛機'),
          },
          {
            id: 'anything-else',
            text: localized(
              'Ask whether there is anything else',
              '询问是否还有其他需要',
              '詢問是否還有其他需要',
            ),
          },
          {
            id: 'next-steps',
            text: localized(
              'Sum up what happens next and give the case number',
              '复述后续安排并告知工单号',
              '複述後續安排並告知工單號',
            ),
          },
        ],
        answer: ['anything-else', 'next-steps', 'thank', 'hang-up-last'],
        explanation: localized(
          'Ask whether there is anything else, sum up with the case number, thank the caller, and let them hang up first.',
          '先询问是否还有其他需要,复述后续安排和工单号,感谢来电,最后让客户先挂机。',
          '先詢問是否還有其他需要,複述後續安排和工單號,感謝來電,最後讓客戶先掛機。',
        ),
      },
      {
        id: `${examId}-q5`,
        kind: 'single',
        prompt: localized(
          'Which three steps calm an angry caller?',
          '安抚生气的来电人是哪三步?',
          '安撫生氣的來電人是哪三步?',
        ),
        options: [
          {
            id: 'a',
            text: localized('Acknowledge, apologise, act', '认同、致歉、行动', '認同、致歉、行動'),
          },
          {
            id: 'b',
            text: localized('Interrupt, explain, transfer', '打断、解释、转接', '打斷、解釋、轉接'),
          },
          {
            id: 'c',
            text: localized('Apologise, hold, hang up', '致歉、等待、挂机', '致歉、等待、掛機'),
          },
          {
            id: 'd',
            text: localized('Agree, promise, forget', '答应、承诺、忘掉', '答應、承諾、忘掉'),
          },
        ],
        answer: ['a'],
        explanation: localized(
          'Acknowledge the feeling, apologise for the trouble, then act on what you can do.',
          '认同感受,为带来的不便致歉,然后行动解决。',
          '認同感受,為帶來的不便致歉,然後行動解決。',
        ),
      },
    ],
  };
}
