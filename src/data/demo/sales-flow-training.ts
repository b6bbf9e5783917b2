/**
 * Module 2, 外呼销售流程: the four steps of an outbound call (opening, discovering needs, product
 * introduction, handling objections), as the crowdsourcing source teaches them (002).
 */
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS, DEMO_PROJECT_ID } from './demo-ids';
import { buildSalesFlowExam } from './sales-flow-exam';
import { localized, type TrainingBundle } from './training-bundle';

const moduleId = DEMO_MODULE_IDS.salesFlow;
const examId = DEMO_EXAM_IDS.salesFlow;

const OPENING_AND_NEEDS = localized(
  `## Why this module

Besides the hotline, the project makes **outbound** calls: passengers whose flight was changed are called back with options, and some are offered paid extras (seat selection, extra baggage, travel insurance). Every outbound call follows four steps: **opening → discovering needs → product introduction → handling objections**.

![The four steps of an outbound call, one after the other](/training/outbound-call-steps.svg)

## 1. Opening (开场白)

In the first fifteen seconds say who you are, who you are calling for and why, then ask whether it is a good time:

> "Good afternoon, this is Lin from Cloud Crane Airlines customer service, calling about your flight to Chengdu on Friday. Do you have two minutes?"

If it is not a good time, agree a time to call back and log it.

## 2. Discovering needs (探寻需求)

Ask open questions and listen more than you talk:

- "What matters most to you on this trip?"
- "Who will be travelling with you?"

Sum up what you heard before offering anything: "So you need to arrive before noon, and you have a large suitcase."`,
  `## 为什么要学这一课

除了热线,本项目也做 **外呼**:给航班变动的旅客回电提供改签方案,并向部分旅客推荐付费增值服务(选座、额外行李、航空意外险)。每一通外呼都分四步:**开场白 → 探寻需求 → 产品介绍 → 异议处理**。

![外呼的四个步骤,依次进行](/training/outbound-call-steps.svg)

## 1. 开场白

前十五秒说清你是谁、代表谁、为什么打来,然后问对方现在是否方便:

> “下午好,我是云鹤航空客服小林,关于您周五飞成都的航班给您来电。您现在方便说两分钟吗?”

不方便就约好回电时间并记录下来。

## 2. 探寻需求

用开放式问题,多听少说:

- “这次出行您最看重什么?”
- “这次有哪些人和您同行?”

推荐之前先复述你听到的:“也就是说,您需要中午前到达,而且带了一个大行李箱。”`,
  `## 為什麼要學這一課

除了熱線,本專案也做 **外呼**:給航班變動的旅客回電提供改簽方案,並向部分旅客推薦付費加值服務(選位、額外行李、航空意外險)。每一通外呼都分四步:**開場白 → 探尋需求 → 產品介紹 → 異議處理**。

![外呼的四個步驟,依次進行](/training/outbound-call-steps.svg)

## 1. 開場白

前十五秒說清你是誰、代表誰、為什麼打來,然後問對方現在是否方便:

> 「下午好,我是雲鶴航空客服小林,關於您週五飛成都的航班給您來電。您現在方便說兩分鐘嗎?」

不方便就約好回電時間並記錄下來。

## 2. 探尋需求

用開放式問題,多聽少說:

- 「這次出行您最看重什麼?」
- 「這次有哪些人和您同行?」

推薦之前先複述你聽到的:「也就是說,您需要中午前到達,而且帶了一個大行李箱。」`,
);

const PRODUCT_AND_OBJECTIONS = localized(
  `## 3. Product introduction (产品介绍)

Offer one thing per need and tie it to what the passenger told you: "Since you have a large suitcase, adding 10 kg now costs less than paying at the airport." State the price and the conditions (refundable or not) plainly.

## 4. Handling objections (异议处理)

Work through an objection in four moves:

1. **Acknowledge**: "I understand, the fare was already high."
2. **Clarify**: "Is it the price, or are you unsure you will need it?"
3. **Answer** with a fact, not pressure.
4. **Confirm**: "Does that help?"

A clear "no" ends the offer. Thank the passenger, close politely and record the outcome; pushing on after a second "no" is a complaint waiting to happen.`,
  `## 3. 产品介绍

一个需求对应一个推荐,并和旅客说过的话挂钩:“您带了大箱子,现在加购 10 公斤行李额比到机场再付便宜。”价格和条件(能否退)要说清楚。

## 4. 异议处理

处理异议分四步:

1. **认同**:“理解,机票本身已经不便宜了。”
2. **澄清**:“您是觉得价格高,还是不确定用不用得上?”
3. **回应**:用事实说话,不施压。
4. **确认**:“这样说您清楚了吗?”

对方明确拒绝就停止推荐。感谢旅客、礼貌结束并记录结果;第二次被拒后还继续推,等来的就是投诉。`,
  `## 3. 產品介紹

一個需求對應一個推薦,並和旅客說過的話掛鉤:「您帶了大箱子,現在加購 10 公斤行李額比到機場再付便宜。」價格和條件(能否退)要說清楚。

## 4. 異議處理

處理異議分四步:

1. **認同**:「理解,機票本身已經不便宜了。」
2. **澄清**:「您是覺得價格高,還是不確定用不用得上?」
3. **回應**:用事實說話,不施壓。
4. **確認**:「這樣說您清楚了嗎?」

對方明確拒絕就停止推薦。感謝旅客、禮貌結束並記錄結果;第二次被拒後還繼續推,等來的就是投訴。`,
);

export function buildSalesFlowTraining(): TrainingBundle {
  return {
    module: {
      id: moduleId,
      projectId: DEMO_PROJECT_ID,
      order: 2,
      title: localized('Outbound sales flow', '外呼销售流程', '外呼銷售流程'),
      summary: localized(
        'Opening, discovering needs, product introduction and handling objections on outbound calls.',
        '外呼的开场白、探寻需求、产品介绍和异议处理。',
        '外呼的開場白、探尋需求、產品介紹和異議處理。',
      ),
      isRequired: false,
      estimatedMinutes: 30,
      examId,
    },
    lessons: [
      {
        id: `${moduleId}-lesson-1`,
        moduleId,
        order: 1,
        title: localized('Opening and discovering needs', '开场白与探寻需求', '開場白與探尋需求'),
        body: OPENING_AND_NEEDS,
        estimatedMinutes: 5,
      },
      {
        id: `${moduleId}-lesson-2`,
        moduleId,
        order: 2,
        title: localized(
          'Product introduction and handling objections',
          '产品介绍与异议处理',
          '產品介紹與異議處理',
        ),
        body: PRODUCT_AND_OBJECTIONS,
        estimatedMinutes: 6,
      },
    ],
    exam: buildSalesFlowExam(),
  };
}
