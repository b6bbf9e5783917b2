/**
 * Module 3, 标准服务用语: greeting, hold and closing phrases, and how to calm a caller with
 * action rather than "please calm down" (000).
 */
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS, DEMO_PROJECT_ID } from './demo-ids';
import { buildServicePhrasesExam } from './service-phrases-exam';
import { localized, type TrainingBundle } from './training-bundle';

const moduleId = DEMO_MODULE_IDS.servicePhrases;
const examId = DEMO_EXAM_IDS.servicePhrases;

const GREETING_HOLD_CLOSING = localized(
  `## Greeting

> "Hello, Cloud Crane Airlines after-sales, agent 0731 speaking. How can I help you?"

Answer within four rings, smile (it can be heard) and use the passenger's surname once you know it.

## Putting a caller on hold

Say why and for how long, and ask first:

> "May I put you on hold for about a minute while I check the refund status?"

Come back before the time is up and thank them: "Thank you for waiting."

## Closing

1. Ask whether there is anything else.
2. Sum up what happens next and give the case number.
3. Thank the caller and wish them a good journey.
4. Let the caller hang up first.

![Closing: anything else, sum up, thank, the caller hangs up first](/training/closing-steps.svg)`,
  `## 问候

> “您好,云鹤航空售后服务,工号 0731 为您服务,请问有什么可以帮您?”

四声铃内接起,微笑说话(对方听得出来),知道姓氏后用“X 先生 / X 女士”称呼。

## 请客户等待

说明原因和大概时长,先征得同意:

> “我帮您查一下退款进度,大约需要一分钟,请您稍等好吗?”

在约定时间内回来,并致谢:“感谢您的耐心等待。”

## 结束语

1. 询问是否还有其他需要。
2. 复述后续安排并告知工单号。
3. 感谢来电,祝旅途愉快。
4. 等客户先挂机。

![结束语:询问其他需要、复述、感谢、客户先挂机](/training/closing-steps.svg)`,
  `## 問候

> 「您好,雲鶴航空售後服務,工號 0731 為您服務,請問有什麼可以幫您?」

四聲鈴內接起,微笑說話(對方聽得出來),知道姓氏後用「X 先生 / X 女士」稱呼。

## 請客戶等待

說明原因和大概時長,先徵得同意:

> 「我幫您查一下退款進度,大約需要一分鐘,請您稍等好嗎?」

在約定時間內回來,並致謝:「感謝您的耐心等待。」

## 結束語

1. 詢問是否還有其他需要。
2. 複述後續安排並告知工單號。
3. 感謝來電,祝旅途愉快。
4. 等客戶先掛機。

![結束語:詢問其他需要、複述、感謝、客戶先掛機](/training/closing-steps.svg)`,
);

const CALMING_AND_APOLOGISING = localized(
  `## Acknowledge, apologise, act

An angry caller needs to hear that you understood and that something will happen:

1. **Acknowledge** the feeling: "Your flight was moved twice and nobody told you. I understand why you are upset."
2. **Apologise** for the experience, without blaming anyone: "I'm sorry this happened."
3. **Act**: say what you will do and by when: "I am rebooking you on the 14:20 now; the SMS will reach you within five minutes."

## Phrases to avoid

| avoid | say instead |
| --- | --- |
| "Please calm down." | "I understand. Let me sort this out with you." |
| "That's not my department." | "I'm passing this to the team that handles it; your case number is …" |
| "There's nothing I can do." | "Here is what I can do right now: …" |
| "You should have read the rules." | "Let me explain the rule and the options you have." |

If a caller keeps abusing you, tell your team lead. You do not have to take it alone.`,
  `## 认同、致歉、行动

生气的客户需要听到你理解了,而且事情会有进展:

1. **认同** 情绪:“航班改了两次都没人通知您,换谁都会着急。”
2. **致歉** 这次经历,不推责任:“给您添麻烦了,非常抱歉。”
3. **行动**:说清你要做什么、什么时候完成:“我现在就帮您改到 14:20 的航班,五分钟内您会收到短信。”

## 避免的说法

| 避免 | 改为 |
| --- | --- |
| “您消消气。” | “我理解,我来和您一起把这件事解决。” |
| “这不归我管。” | “我把这件事转给负责的团队,您的工单号是……” |
| “我也没办法。” | “我现在能为您做的是……” |
| “您自己没看规定。” | “我给您解释一下规定,再看看您有哪些选择。” |

如果来电人一直辱骂你,告诉班组长。你不必一个人扛。`,
  `## 認同、致歉、行動

生氣的客戶需要聽到你理解了,而且事情會有進展:

1. **認同** 情緒:「航班改了兩次都沒人通知您,換誰都會著急。」
2. **致歉** 這次經歷,不推責任:「給您添麻煩了,非常抱歉。」
3. **行動**:說清你要做什麼、什麼時候完成:「我現在就幫您改到 14:20 的航班,五分鐘內您會收到簡訊。」

## 避免的說法

| 避免 | 改為 |
| --- | --- |
| 「您消消氣。」 | 「我理解,我來和您一起把這件事解決。」 |
| 「這不歸我管。」 | 「我把這件事轉給負責的團隊,您的工單號是……」 |
| 「我也沒辦法。」 | 「我現在能為您做的是……」 |
| 「您自己沒看規定。」 | 「我給您解釋一下規定,再看看您有哪些選擇。」 |

如果來電人一直辱罵你,告訴班組長。你不必一個人扛。`,
);

export function buildServicePhrasesTraining(): TrainingBundle {
  return {
    module: {
      id: moduleId,
      projectId: DEMO_PROJECT_ID,
      order: 3,
      title: localized('Standard service phrases', '标准服务用语', '標準服務用語'),
      summary: localized(
        'Greeting, hold and closing phrases, and how to calm an angry caller.',
        '问候、等待和结束用语,以及如何安抚生气的来电人。',
        '問候、等待和結束用語,以及如何安撫生氣的來電人。',
      ),
      isRequired: true,
      estimatedMinutes: 25,
      examId,
    },
    lessons: [
      {
        id: `${moduleId}-lesson-1`,
        moduleId,
        order: 1,
        title: localized('Greeting, hold and closing', '问候、等待与结束语', '問候、等待與結束語'),
        body: GREETING_HOLD_CLOSING,
        estimatedMinutes: 4,
      },
      {
        id: `${moduleId}-lesson-2`,
        moduleId,
        order: 2,
        title: localized('Calming and apologising', '安抚与致歉', '安撫與致歉'),
        body: CALMING_AND_APOLOGISING,
        estimatedMinutes: 5,
      },
    ],
    exam: buildServicePhrasesExam(),
  };
}
