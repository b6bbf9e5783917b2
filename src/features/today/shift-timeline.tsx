import { useTranslation } from 'react-i18next';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';
import { segmentGapsOf } from '@/domain/roster/shift-gaps';
import { formatDurationMinutes, formatTime } from '@/i18n/format';

type TimelineItem =
  | { kind: 'segment'; start: string; end: string; number: number }
  | { kind: 'rest' | 'meal'; start: string; end: string }
  | { kind: 'gap'; start: string; end: string; minutes: number };

/** Order at equal starts: a gap ends one segment before the next begins, breaks sit inside work. */
const ORDER: Record<TimelineItem['kind'], number> = { gap: 0, segment: 1, rest: 2, meal: 2 };

/** A shift's segments, breaks and the idle gaps between segments, in the order they happen. */
export function buildShiftTimeline(shift: Shift): TimelineItem[] {
  const segments = [...shift.segments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const items: TimelineItem[] = [
    ...segments.map((segment, index) => ({
      kind: 'segment' as const,
      ...segment,
      number: index + 1,
    })),
    ...shift.breaks.map((entry) => ({ ...entry })),
    ...segmentGapsOf(shift).map((gap) => ({ kind: 'gap' as const, ...gap })),
  ];
  return items.sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || ORDER[a.kind] - ORDER[b.kind],
  );
}

/**
 * The shift hour by hour as an ordered list of text, so a screen reader hears the same thing a
 * sighted agent sees. Times past midnight say "next day".
 */
export function ShiftTimeline({ shift }: { shift: Shift }) {
  const { t, i18n } = useTranslation('today');
  const language = i18n.language;
  const firstDay = localDayOf(shift.start, shift.timeZone);
  const time = (instant: string) => {
    const text = formatTime(instant, language, shift.timeZone);
    return localDayOf(instant, shift.timeZone) > firstDay
      ? t('timeline.timeNextDay', { time: text, nextDay: t('timeline.nextDay') })
      : text;
  };
  const items = buildShiftTimeline(shift);
  const segmentCount = shift.segments.length;
  return (
    <>
      <h3>{t('timeline.title')}</h3>
      <ol className="shift-timeline">
        {items.map((item) => (
          <li key={`${item.kind}-${item.start}`} className={`shift-timeline-${item.kind}`}>
            <span className="shift-timeline-time">
              {t('nextShift.time', { start: time(item.start), end: time(item.end) })}
            </span>{' '}
            <span className="shift-timeline-what">
              {item.kind === 'segment'
                ? segmentCount > 1
                  ? t('timeline.segment', { number: item.number, count: segmentCount })
                  : t('timeline.work')
                : item.kind === 'gap'
                  ? t('timeline.gap', { duration: formatDurationMinutes(item.minutes, language) })
                  : t(`timeline.${item.kind}`)}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
