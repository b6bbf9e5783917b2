/**
 * Ninety days of daily KPI figures up to yesterday, one record per working day. Each month has a
 * few "weak" metrics drawn from a plan, so the monthly grade varies, while single days on strong
 * metrics still miss now and then, the way real figures do.
 */
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { KpiGoal, KpiTally } from '@/domain/kpi/kpi-records';
import type { KpiMetric } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { DEMO_AGENT_ID } from './demo-ids';
import { CONTRACT_MINUTES_PER_SHIFT, paidMinutesOf, type DemoWorkPattern } from './demo-shifts';
import type { SeededRandom } from './seeded-random';
import { addDays, addMonths, eachDay, lastDayOf, monthOf, shanghaiInstant } from './shanghai-date';

// The score moved into the domain (issue #5); these re-exports keep the demo's callers working.
export { assessKpis, measureKpis } from '@/domain/kpi/assessment-score';

export const KPI_WINDOW_DAYS = 90;

const NO_OUTBOUND_OR_CHAT = {
  dials: 0,
  connects: 0,
  conversions: 0,
  chatSessions: 0,
  chatSessionSeconds: 0,
  firstReplySeconds: 0,
} as const satisfies Partial<KpiDaily>;

/** Metrics a month can be weak on; never talk time with utilisation (long calls fill the day). */
const WEAK_CANDIDATES: readonly KpiMetric[] = [
  'abandonRate',
  'averageTalkSeconds',
  'afterCallWorkSeconds',
  'averageSpeedOfAnswerSeconds',
  'scheduleAdherence',
  'utilisation',
  'auxShare',
  'firstContactResolution',
];

/**
 * How many weak metrics a month may have, by months before the current one. The current month
 * always has one, so its scorecard shows a missed target beside the met ones and the projection
 * has a band to reach (the pick still takes one draw, so earlier months stay as they were).
 */
const WEAK_COUNT_CHOICES: Readonly<Record<number, readonly number[]>> = {
  0: [1],
  1: [0, 1],
  2: [1, 2],
  3: [0, 1, 2],
};

function planWeakMetrics(random: SeededRandom, monthsAgo: number): Set<KpiMetric> {
  const count = random.pick(WEAK_COUNT_CHOICES[monthsAgo] ?? [0, 1]);
  const weak = new Set<KpiMetric>();
  for (const metric of random.shuffle(WEAK_CANDIDATES)) {
    if (weak.size === count) break;
    const clashes =
      (metric === 'utilisation' && weak.has('averageTalkSeconds')) ||
      (metric === 'averageTalkSeconds' && weak.has('utilisation'));
    if (!clashes) weak.add(metric);
  }
  return weak;
}

/** One day's figures; `weak` metrics sit on the wrong side of their target on average. */
function buildDay(
  day: string,
  isNight: boolean,
  scheduledSeconds: number,
  weak: ReadonlySet<KpiMetric>,
  random: SeededRandom,
): KpiDaily {
  // A strong metric misses on about one day in twenty.
  const value = (metric: KpiMetric, good: [number, number], bad: [number, number]) =>
    weak.has(metric) || random.chance(0.05) ? random.between(...bad) : random.between(...good);

  const contactsOffered = isNight ? random.int(34, 48) : random.int(58, 76);
  const abandonRate = value('abandonRate', [1, 4.6], [6, 9]);
  const contactsHandled = contactsOffered - Math.round((contactsOffered * abandonRate) / 100);
  const perCall = (seconds: number) => Math.round(contactsHandled * seconds);
  const talkSeconds = perCall(value('averageTalkSeconds', [150, 200], [212, 235]));
  const afterCallWorkSeconds = perCall(value('afterCallWorkSeconds', [11, 18], [21, 28]));
  const answerWaitSeconds = perCall(value('averageSpeedOfAnswerSeconds', [7, 16], [21, 30]));

  const adherence = value('scheduleAdherence', [99.2, 100], [96.5, 98.8]);
  const adheredSeconds = Math.floor((scheduledSeconds * adherence) / 100);
  const loggedInSeconds = adheredSeconds + random.int(60, 420);
  const auxSeconds = Math.round(
    (loggedInSeconds * value('auxShare', [2.5, 5.5], [6.3, 8.5])) / 100,
  );
  const productiveSeconds = Math.max(
    Math.round((loggedInSeconds * value('utilisation', [74, 86], [64, 69])) / 100),
    talkSeconds + afterCallWorkSeconds,
  );
  const resolvedShare = value('firstContactResolution', [90.5, 96.5], [83, 88.5]);
  const satisfactionResponses = Math.round(contactsHandled * random.between(0.3, 0.5));

  return {
    id: `demo-kpi-${day}`,
    agentId: DEMO_AGENT_ID,
    day,
    contactsOffered,
    contactsHandled,
    talkSeconds,
    afterCallWorkSeconds,
    answerWaitSeconds,
    scheduledSeconds,
    adheredSeconds,
    loggedInSeconds,
    productiveSeconds,
    auxSeconds,
    resolvedFirstContact: Math.min(
      contactsHandled,
      (resolvedShare >= 90 ? Math.ceil : Math.floor)((contactsHandled * resolvedShare) / 100),
    ),
    fatalErrors: random.chance(0.03) ? 1 : 0,
    nonFatalErrors: random.chance(0.05) ? 2 : random.chance(0.2) ? 1 : 0,
    // QA listens in once or twice a day; on a rare day nobody gets to it.
    monitoredCalls: random.chance(0.05) ? 0 : random.chance(0.4) ? 2 : 1,
    satisfactionResponses,
    satisfiedResponses: Math.round(satisfactionResponses * random.between(0.86, 0.98)),
    // No complaint all quarter: the complaint deduction on a pay statement has nothing behind it.
    validComplaints: 0,
    escalations: random.chance(0.15) ? 2 : random.chance(0.4) ? 1 : 0,
    // An inbound hotline: no outbound campaign and no chat queue (schema 5 figures stay 0). Taking
    // no random draw for them keeps every later figure, and the demo's pay, as it was.
    ...NO_OUTBOUND_OR_CHAT,
  };
}

/** KPI records for the working days among the 90 days that end yesterday. */
export function buildDemoKpis(
  today: string,
  pattern: DemoWorkPattern,
  shifts: readonly Shift[],
  random: SeededRandom,
): KpiDaily[] {
  const shiftByDay = new Map(shifts.map((shift) => [shift.day, shift]));
  const thisMonth = monthOf(today);
  const weakByMonth = new Map<string, Set<KpiMetric>>();
  for (let monthsAgo = 4; monthsAgo >= 0; monthsAgo -= 1) {
    weakByMonth.set(addMonths(thisMonth, -monthsAgo), planWeakMetrics(random, monthsAgo));
  }

  return eachDay(addDays(today, -KPI_WINDOW_DAYS), addDays(today, -1)).flatMap((day) => {
    const shift = shiftByDay.get(day);
    const duty = pattern.dutyOn(day);
    if (!shift && duty === 'rest') return [];
    const scheduledSeconds = (shift ? paidMinutesOf(shift) : CONTRACT_MINUTES_PER_SHIFT) * 60;
    const isNight = shift ? shift.isNight : duty === 'night';
    const weak = weakByMonth.get(monthOf(day)) ?? new Set<KpiMetric>();
    return [buildDay(day, isNight, scheduledSeconds, weak, random)];
  });
}

/**
 * The agent's own KPI records, as echoes of what she sent (issue #7): tallies for her last two
 * worked days, the latest matching the employer's count and the one before it two contacts
 * higher (so the comparison flags a difference), and two goals set ten days ago: after-call work
 * at most 15 s by the month's end, satisfaction at least 92 % with no due day. No random draw,
 * so the rest of the demo stays as it was.
 */
export function buildDemoKpiRecords(
  today: string,
  kpiDaily: readonly KpiDaily[],
): { kpiTallies: KpiTally[]; kpiGoals: KpiGoal[] } {
  const [earlier, latest] = kpiDaily.slice(-2);
  const tally = (record: KpiDaily, extra: number, results: number): KpiTally => ({
    id: `demo-kpi-tally-${record.day}`,
    agentId: DEMO_AGENT_ID,
    day: record.day,
    counts: { contactsHandled: record.contactsHandled + extra, results },
    note: '',
    // 18:30 in Shanghai, after the shift.
    createdAt: shanghaiInstant(record.day, 18 * 60 + 30),
    syncState: 'sent',
  });
  const setOn = shanghaiInstant(addDays(today, -10), 9 * 60);
  const goal = (
    id: string,
    fields: Pick<KpiGoal, 'metric' | 'direction' | 'target' | 'dueDay'>,
  ): KpiGoal => ({
    id: `demo-kpi-goal-${id}`,
    agentId: DEMO_AGENT_ID,
    ...fields,
    createdAt: setOn,
    syncState: 'sent',
  });
  return {
    kpiTallies: earlier && latest ? [tally(earlier, 2, 1), tally(latest, 0, 0)] : [],
    kpiGoals: [
      goal('acw', {
        metric: 'afterCallWorkSeconds',
        direction: 'at-most',
        target: 15,
        dueDay: lastDayOf(monthOf(today)),
      }),
      goal('satisfaction', {
        metric: 'satisfaction',
        direction: 'at-least',
        target: 92,
        dueDay: null,
      }),
    ],
  };
}
