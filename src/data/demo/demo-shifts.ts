/**
 * The demo roster: five days on, two off, with the last two working days of each week as night
 * shifts (22:00–07:00), one split shift with a four-hour idle gap, and a few approved late
 * finishes last month. Times are Shanghai wall-clock minutes turned into UTC instants. The first
 * two shifts from today on (not the split one) are worked from home, so the demo always has a
 * remote shift ahead that asks for an equipment readiness report (issue #9) — unless today is
 * at the very end of the month and no shift is left in it.
 */
import type { Shift, ShiftBreak, ShiftStatus } from '@/domain/roster/shift';
import { DEMO_AGENT_ID, DEMO_PROJECT_ID, DEMO_TIME_ZONE } from './demo-ids';
import type { SeededRandom } from './seeded-random';
import {
  addDays,
  addMonths,
  eachDay,
  firstDayOf,
  lastDayOf,
  monthOf,
  shanghaiInstant,
  weekdayOf,
} from './shanghai-date';

export type DemoDuty = 'rest' | 'day' | 'night';

/** A weekly 做五休二 cycle: two consecutive rest weekdays, then three day and two night shifts. */
export interface DemoWorkPattern {
  /** Weekdays (0 = Sunday) of the first and second rest day. */
  restWeekdays: readonly [number, number];
  dutyOn(day: string): DemoDuty;
}

const REST_WEEKDAY_CHOICES: readonly (readonly [number, number])[] = [
  [6, 0],
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 4],
];

/** Contracted paid minutes of every shift (8 h); paid time beyond it is overtime. */
export const CONTRACT_MINUTES_PER_SHIFT = 8 * 60;
const HOUR = 60;

export function createDemoWorkPattern(random: SeededRandom): DemoWorkPattern {
  const restWeekdays = random.pick(REST_WEEKDAY_CHOICES);
  return {
    restWeekdays,
    dutyOn(day) {
      // Days since the second rest day: 1–3 day shifts, 4–5 night shifts, 6 and 0 rest.
      const position = (weekdayOf(day) - restWeekdays[1] + 7) % 7;
      if (position >= 1 && position <= 3) return 'day';
      if (position === 4 || position === 5) return 'night';
      return 'rest';
    },
  };
}

interface ShiftPlan {
  segments: [number, number][];
  breaks: [number, number, ShiftBreak['kind']][];
  isNight: boolean;
}

function planDayShift(isLate: boolean, extraMinutes: number): ShiftPlan {
  const start = (isLate ? 10 : 9) * HOUR;
  return {
    segments: [[start, start + 9 * HOUR + extraMinutes]],
    breaks: [
      [start + 3 * HOUR, start + 4 * HOUR, 'meal'],
      [start + 6.5 * HOUR, start + 6.75 * HOUR, 'rest'],
    ],
    isNight: false,
  };
}

const NIGHT_PLAN: ShiftPlan = {
  segments: [[22 * HOUR, 31 * HOUR]],
  breaks: [
    [24.5 * HOUR, 24.75 * HOUR, 'rest'],
    [26 * HOUR, 27 * HOUR, 'meal'],
  ],
  isNight: true,
};

/** 08:00–12:00, idle 12:00–16:00, 16:00–20:00: eight paid hours spread over twelve (000). */
const SPLIT_PLAN: ShiftPlan = {
  segments: [
    [8 * HOUR, 12 * HOUR],
    [16 * HOUR, 20 * HOUR],
  ],
  breaks: [
    [10 * HOUR, 10.25 * HOUR, 'rest'],
    [18 * HOUR, 18.25 * HOUR, 'rest'],
  ],
  isNight: false,
};

function statusOn(day: string, today: string): ShiftStatus {
  if (day < today) return 'worked';
  return day <= addDays(today, 6) ? 'confirmed' : 'scheduled';
}

/** The split shift lands on one of the next day shifts this month, or the last one if none is left. */
function chooseSplitDay(
  dayShiftDays: readonly string[],
  today: string,
  random: SeededRandom,
): string | undefined {
  const upcoming = dayShiftDays.filter((day) => day >= today);
  if (upcoming.length > 0) return upcoming[random.int(0, Math.min(2, upcoming.length - 1))];
  return dayShiftDays[dayShiftDays.length - 1];
}

/** How many of the coming shifts the demo agent works from home. */
const REMOTE_SHIFTS_AHEAD = 2;

/** Paid minutes of a shift: its segments minus meal breaks (rest breaks are paid). */
export function paidMinutesOf(shift: Shift): number {
  const minutes = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;
  const worked = shift.segments.reduce((total, { start, end }) => total + minutes(start, end), 0);
  const meals = shift.breaks
    .filter((entry) => entry.kind === 'meal')
    .reduce((total, { start, end }) => total + minutes(start, end), 0);
  return worked - meals;
}

/** Every shift of last month and this month (relative to `today`, a Shanghai day). */
export function buildDemoShifts(
  today: string,
  pattern: DemoWorkPattern,
  random: SeededRandom,
): Shift[] {
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  const days = eachDay(firstDayOf(lastMonth), lastDayOf(thisMonth));
  const dayShiftDays = (month: string) =>
    days.filter((day) => monthOf(day) === month && pattern.dutyOn(day) === 'day');

  const splitDay = chooseSplitDay(dayShiftDays(thisMonth), today, random);
  const overtimeMinutesByDay = new Map(
    random
      .shuffle(dayShiftDays(lastMonth))
      .slice(0, 2)
      .map((day) => [day, random.pick([60, 90, 120])] as const),
  );

  const remoteDays = new Set(
    days
      .filter((day) => day >= today && day !== splitDay && pattern.dutyOn(day) !== 'rest')
      .slice(0, REMOTE_SHIFTS_AHEAD),
  );

  return days.flatMap((day): Shift[] => {
    const duty = pattern.dutyOn(day);
    if (duty === 'rest') return [];
    const isLate = random.chance(0.25);
    const plan =
      day === splitDay
        ? SPLIT_PLAN
        : duty === 'night'
          ? NIGHT_PLAN
          : planDayShift(isLate, overtimeMinutesByDay.get(day) ?? 0);
    const segments = plan.segments.map(([start, end]) => ({
      start: shanghaiInstant(day, start),
      end: shanghaiInstant(day, end),
    }));
    const [firstSegment] = segments;
    const lastSegment = segments.at(-1);
    if (!firstSegment || !lastSegment) throw new Error('demo/shift-without-segments');
    return [
      {
        id: `demo-shift-${day}`,
        agentId: DEMO_AGENT_ID,
        projectId: DEMO_PROJECT_ID,
        day,
        start: firstSegment.start,
        end: lastSegment.end,
        timeZone: DEMO_TIME_ZONE,
        segments,
        breaks: plan.breaks.map(([start, end, kind]) => ({
          start: shanghaiInstant(day, start),
          end: shanghaiInstant(day, end),
          kind,
        })),
        queue: plan.isNight ? 'after-sales-night' : 'after-sales',
        workMode: remoteDays.has(day) ? 'remote' : 'onsite',
        isNight: plan.isNight,
        status: statusOn(day, today),
        // The split shift was re-published after the roster first came out.
        revision: day === splitDay ? 2 : 1,
      },
    ];
  });
}
