/**
 * Module 1, 服务介绍与规则: the project, its targets, when to escalate, and the roster and pay
 * rules. Its exam is the project's certification (version 2, after the client's rule update).
 */
import { DEMO_EXAM_IDS, DEMO_MODULE_IDS, DEMO_PROJECT_ID } from './demo-ids';
import { buildServiceRulesExam } from './service-rules-exam';
import { localized, type TrainingBundle } from './training-bundle';

const moduleId = DEMO_MODULE_IDS.serviceRules;
const examId = DEMO_EXAM_IDS.serviceRules;

const ABOUT_THE_PROJECT = localized(
  `## Who you answer for

You take calls on **Cloud Crane Airlines'** after-sales hotline. The airline is the client company (甲方); your employer is the outsourcing vendor (乙方) that runs the floor. Most calls are about:

- **refunds and changes** (退改签): refunding a ticket, moving a flight, upgrading;
- **flight changes**: delays, cancellations, new departure times;
- **itinerary receipts** (行程单) for expense claims;
- **complaints** about a flight, a refund that has not arrived, or an earlier call.

## What you are measured on

| metric | target |
| --- | --- |
| abandon rate | ≤ 5 % |
| average talk time | 2–3.5 min per call |
| after-call work | ≤ 20 s |
| average speed of answer | ≤ 20 s (about four rings) |
| schedule adherence | ≥ 99 % |
| utilisation | ≥ 70 % |
| first-contact resolution | ≥ 90 % |

![A clock and four rings: answer within 20 seconds](/training/answer-within-four-rings.svg)

The month's results set your grade and your performance bonus. **My KPIs** shows where you stand every day, not only at the monthly one-to-one.`,
  `## 你为谁服务

你接听的是 **云鹤航空** 的机票售后热线。航空公司是甲方,你的雇主是负责运营职场的外包服务商(乙方)。来电大多是:

- **退改签**:退票、改期、升舱;
- **航班变动**:延误、取消、起飞时间调整;
- **行程单** 打印与报销凭证;
- **投诉**:对航班、迟迟未到账的退款或之前一通电话的不满。

## 你按什么被考核

| 指标 | 目标 |
| --- | --- |
| 放弃率 | ≤ 5% |
| 平均通话时长 | 每通 2–3.5 分钟 |
| 话后处理时长 | ≤ 20 秒 |
| 平均应答速度 | ≤ 20 秒(约 4 声铃) |
| 排班遵时率 | ≥ 99% |
| 工时利用率 | ≥ 70% |
| 一次性问题解决率 | ≥ 90% |


![时钟和四声铃:20 秒内接起](/training/answer-within-four-rings.svg)

当月结果决定你的绩效等级和绩效奖金。**我的指标** 每天都能看到自己的位置,不必等到月度绩效面谈。`,
  `## 你為誰服務

你接聽的是 **雲鶴航空** 的機票售後熱線。航空公司是甲方,你的僱主是負責營運職場的外包服務商(乙方)。來電大多是:

- **退改簽**:退票、改期、升艙;
- **航班變動**:延誤、取消、起飛時間調整;
- **行程單** 列印與報銷憑證;
- **投訴**:對航班、遲遲未到帳的退款或之前一通電話的不滿。

## 你按什麼被考核

| 指標 | 目標 |
| --- | --- |
| 放棄率 | ≤ 5% |
| 平均通話時長 | 每通 2–3.5 分鐘 |
| 話後處理時長 | ≤ 20 秒 |
| 平均應答速度 | ≤ 20 秒(約 4 聲鈴) |
| 排班遵時率 | ≥ 99% |
| 工時利用率 | ≥ 70% |
| 一次性問題解決率 | ≥ 90% |


![時鐘和四聲鈴:20 秒內接起](/training/answer-within-four-rings.svg)

當月結果決定你的績效等級和績效獎金。**我的指標** 每天都能看到自己的位置,不必等到月度績效面談。`,
);

const RULES_AND_ESCALATION = localized(
  `## Promise only what the system shows

- Quote fees and refund amounts from the booking system, never from memory.
- If you may not say why something happened (for example, the ticket came from a small agency that has closed), say what you **can** do and when the passenger will hear back.
- Give the case number at the end of every call that leaves something open.

## When to escalate

Escalate at once when:

1. a passenger says they or someone else is in danger: a **safety emergency**;
2. a passenger keeps calling about the same unresolved problem, or would be stranded: **customer at risk**;
3. the booking or refund system is down: **system outage**.

Press **Escalate** on any screen. A safety emergency goes to your team lead, the client's channel **and** the airline's safety line at once; the app shows a receipt and the response clock, even while you are offline. If a life is in danger, also tell the caller to dial **110**, **120** or **119**.

> "Please calm down" is not help. Report first; the receipt is your record that you did.`,
  `## 只承诺系统里能查到的

- 手续费和退款金额以订票系统为准,不凭记忆报。
- 有些原因不能说(例如机票来自已经跑路的小代理平台)时,告诉旅客你 **能** 做什么、什么时候给答复。
- 凡是还没办完的来电,结束前都要告知工单号。

## 什么时候升级

遇到以下情况立即升级:

1. 旅客说自己或他人有危险:**安全紧急**;
2. 旅客为同一个没解决的问题反复来电,或可能被滞留:**客户有风险**;
3. 订票或退款系统故障:**系统故障**。

在任何页面点 **升级**。安全紧急会同时发给你的班组长、甲方渠道 **和** 航空公司的安全热线;即使离线,应用也会显示回执和响应计时。如有生命危险,同时提醒来电人拨打 **110**、**120** 或 **119**。

> 一句“您消消气”帮不了人。先上报,回执就是你已经上报的记录。`,
  `## 只承諾系統裡查得到的

- 手續費和退款金額以訂票系統為準,不憑記憶報。
- 有些原因不能說(例如機票來自已經跑路的小代理平台)時,告訴旅客你 **能** 做什麼、什麼時候給答覆。
- 凡是還沒辦完的來電,結束前都要告知工單號。

## 什麼時候升級

遇到以下情況立即升級:

1. 旅客說自己或他人有危險:**安全緊急**;
2. 旅客為同一個沒解決的問題反覆來電,或可能被滯留:**客戶有風險**;
3. 訂票或退款系統故障:**系統故障**。

在任何頁面點 **升級**。安全緊急會同時發給你的班組長、甲方渠道 **和** 航空公司的安全熱線;即使離線,應用也會顯示回執和響應計時。如有生命危險,同時提醒來電人撥打 **110**、**120** 或 **119**。

> 一句「您消消氣」幫不了人。先上報,回執就是你已經上報的紀錄。`,
);

const ROSTER_AND_PAY = localized(
  `## Your roster

The project works **five days on, two off** (做五休二). A day shift is 09:00–18:00 or 10:00–19:00 with an unpaid one-hour meal; a night shift runs 22:00–07:00. Some days are **split**: two stretches of work with idle hours between them. Changes are published at least **48 hours** ahead, and **Roster** marks what changed since you last looked.

## Your pay

Monthly pay = base + post allowance + performance bonus + subsidy + overtime + holiday pay − leave deductions.

| line | two-star agent |
| --- | --- |
| base | ¥2,800 |
| post allowance | ¥600 |
| subsidy | ¥700 |
| performance bonus | A ¥500 · B ¥300 · C ¥200 · D ¥100 · E ¥0 |
| overtime | base ÷ 21.75 ÷ 8 × hours × 1.5 |

The month closes on its last day; pay arrives on the **15th** of the next month. **Pay** recomputes every statement from your own records and the published policy and flags any line that does not match. Tap a line to dispute it.`,
  `## 你的排班

本项目 **做五休二**。白班 09:00–18:00 或 10:00–19:00,含一小时不计薪的用餐时间;夜班 22:00–07:00。有些日子是 **两段班**:两段工作之间有几个小时的空档。排班变更至少提前 **48 小时** 公布,**排班** 页会标出你上次查看后的变化。

## 你的工资

月工资 = 基本工资 + 岗位津贴 + 绩效奖金 + 补助 + 加班工资 + 节假日工资 − 请假扣款。

| 项目 | 二星员工 |
| --- | --- |
| 基本工资 | 2800 元 |
| 岗位津贴 | 600 元 |
| 补助 | 700 元 |
| 绩效奖金 | A 500 · B 300 · C 200 · D 100 · E 0 元 |
| 加班工资 | 基本工资 ÷ 21.75 ÷ 8 × 时长 × 1.5 |

每月最后一天结算,次月 **15 日** 发放。**工资** 页会用你自己的记录和公布的薪酬政策重新计算每张工资条,并标出对不上的每一行。点一下就能对该行提出异议。`,
  `## 你的排班

本專案 **做五休二**。白班 09:00–18:00 或 10:00–19:00,含一小時不計薪的用餐時間;夜班 22:00–07:00。有些日子是 **兩段班**:兩段工作之間有幾個小時的空檔。排班變更至少提前 **48 小時** 公布,**排班** 頁會標出你上次查看後的變化。

## 你的薪資

月薪 = 基本工資 + 崗位津貼 + 績效獎金 + 補助 + 加班工資 + 節假日工資 − 請假扣款。

| 項目 | 二星員工 |
| --- | --- |
| 基本工資 | 2800 元 |
| 崗位津貼 | 600 元 |
| 補助 | 700 元 |
| 績效獎金 | A 500 · B 300 · C 200 · D 100 · E 0 元 |
| 加班工資 | 基本工資 ÷ 21.75 ÷ 8 × 時長 × 1.5 |

每月最後一天結算,次月 **15 日** 發放。**薪資** 頁會用你自己的紀錄和公布的薪酬政策重新計算每張薪資單,並標出對不上的每一行。點一下就能對該行提出異議。`,
);

export function buildServiceRulesTraining(): TrainingBundle {
  return {
    module: {
      id: moduleId,
      projectId: DEMO_PROJECT_ID,
      order: 1,
      title: localized('Service introduction and rules', '服务介绍与规则', '服務介紹與規則'),
      summary: localized(
        'The airline hotline, its targets, when and how to escalate, and your roster and pay rules.',
        '航空售后热线介绍、考核目标、何时以及如何升级,以及排班和工资规则。',
        '航空售後熱線介紹、考核目標、何時以及如何升級,以及排班和薪資規則。',
      ),
      isRequired: true,
      estimatedMinutes: 35,
      examId,
    },
    lessons: [
      {
        id: `${moduleId}-lesson-1`,
        moduleId,
        order: 1,
        title: localized('About the project', '项目介绍', '專案介紹'),
        body: ABOUT_THE_PROJECT,
        estimatedMinutes: 4,
      },
      {
        id: `${moduleId}-lesson-2`,
        moduleId,
        order: 2,
        title: localized('Service rules and escalation', '服务规则与升级', '服務規則與升級'),
        body: RULES_AND_ESCALATION,
        estimatedMinutes: 5,
      },
      {
        id: `${moduleId}-lesson-3`,
        moduleId,
        order: 3,
        title: localized('Roster and pay rules', '排班与工资规则', '排班與薪資規則'),
        body: ROSTER_AND_PAY,
        estimatedMinutes: 4,
      },
    ],
    exam: buildServiceRulesExam(),
  };
}
