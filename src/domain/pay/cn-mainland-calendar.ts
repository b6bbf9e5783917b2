/**
 * The official holiday calendar of mainland China (国务院办公厅《关于…年部分节假日安排的通知》) for
 * 2025, 2026 and 2027, as data. Since 2025 the statutory days are New Year 1, Spring Festival 4
 * (lunar new year's eve and the first three days), Qingming 1, Labour Day 2 (1–2 May), Dragon Boat
 * 1, Mid-Autumn 1 and National Day 3 (1–3 October); a block lists every day off around them, and
 * weekend make-up workdays (调休上班) are listed per year.
 *
 * - 2025: notice of 12 November 2024 (国办发明电〔2024〕12号). National Day and Mid-Autumn (6 October)
 *   are one 8-day block, named `national-day`.
 * - 2026: notice of 4 November 2025.
 * - 2027: the arrangement was not published when this was written; the statutory days are on their
 *   real dates (lunar new year 6 February, so the eve is 5 February; Qingming 5 April; Dragon Boat
 *   9 June; Mid-Autumn 15 September), each block is its statutory days plus adjacent weekend days
 *   only, there are no make-up workdays, and the year is marked `isProvisional`.
 */
import type { HolidayBlock, HolidayCalendar, HolidayName } from './pay-rules';

/** Every day from `from` to `to` inclusive (`YYYY-MM-DD`). */
function span(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= end; time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

function block(name: HolidayName, days: string[], statutoryDays: string[]): HolidayBlock {
  return { name, days, statutoryDays };
}

export const CN_MAINLAND_CALENDAR: HolidayCalendar = {
  id: 'cn-mainland',
  years: [
    {
      year: 2025,
      isProvisional: false,
      blocks: [
        block('new-year', ['2025-01-01'], ['2025-01-01']),
        block(
          'spring-festival',
          span('2025-01-28', '2025-02-04'),
          span('2025-01-28', '2025-01-31'),
        ),
        block('qingming', span('2025-04-04', '2025-04-06'), ['2025-04-04']),
        block('labour-day', span('2025-05-01', '2025-05-05'), ['2025-05-01', '2025-05-02']),
        block('dragon-boat', span('2025-05-31', '2025-06-02'), ['2025-05-31']),
        block('national-day', span('2025-10-01', '2025-10-08'), [
          '2025-10-01',
          '2025-10-02',
          '2025-10-03',
          '2025-10-06',
        ]),
      ],
      makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    {
      year: 2026,
      isProvisional: false,
      blocks: [
        block('new-year', span('2026-01-01', '2026-01-03'), ['2026-01-01']),
        block(
          'spring-festival',
          span('2026-02-15', '2026-02-23'),
          span('2026-02-16', '2026-02-19'),
        ),
        block('qingming', span('2026-04-04', '2026-04-06'), ['2026-04-05']),
        block('labour-day', span('2026-05-01', '2026-05-05'), ['2026-05-01', '2026-05-02']),
        block('dragon-boat', span('2026-06-19', '2026-06-21'), ['2026-06-19']),
        block('mid-autumn', span('2026-09-25', '2026-09-27'), ['2026-09-25']),
        block('national-day', span('2026-10-01', '2026-10-07'), span('2026-10-01', '2026-10-03')),
      ],
      makeUpWorkdays: [
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ],
    },
    {
      year: 2027,
      isProvisional: true,
      blocks: [
        // Fri 1 January and the weekend after it.
        block('new-year', span('2027-01-01', '2027-01-03'), ['2027-01-01']),
        // Eve Fri 5 February to Mon 8 February (the weekend is inside).
        block(
          'spring-festival',
          span('2027-02-05', '2027-02-08'),
          span('2027-02-05', '2027-02-08'),
        ),
        // Mon 5 April and the weekend before it.
        block('qingming', span('2027-04-03', '2027-04-05'), ['2027-04-05']),
        // Sat 1 and Sun 2 May.
        block('labour-day', span('2027-05-01', '2027-05-02'), ['2027-05-01', '2027-05-02']),
        // Wednesday: the day alone.
        block('dragon-boat', ['2027-06-09'], ['2027-06-09']),
        block('mid-autumn', ['2027-09-15'], ['2027-09-15']),
        // Fri 1 to Sun 3 October.
        block('national-day', span('2027-10-01', '2027-10-03'), span('2027-10-01', '2027-10-03')),
      ],
      makeUpWorkdays: [],
    },
  ],
};
