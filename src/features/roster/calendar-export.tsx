import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import { buildIcs } from '@/domain/roster/ics-export';
import type { Shift } from '@/domain/roster/shift';
import { formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';
import { shiftKindOf } from './shift-text';
import type { RosterContext } from './use-roster-context';

/** Long enough for the browser to have started reading the download before the URL goes. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Far enough to include every published shift. */
const LAST_INSTANT = '9999-12-31T00:00:00.000Z';

/**
 * Downloads an iCalendar file of the upcoming shifts, one event per segment, its texts in the
 * active language (issue #6, item 7). Importing it again updates the same events.
 */
export function CalendarExport({ context }: { context: RosterContext }) {
  const { t, i18n } = useTranslation('roster');
  const repositories = useRepositories();
  const [result, setResult] = useState<number | null>(null);

  function eventText(shift: Shift, segmentIndex: number) {
    const language = i18n.language;
    const kind = t(`kind.${shiftKindOf(shift)}`);
    const count = shift.segments.length;
    const breaks = [...shift.breaks]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((entry) =>
        t(`break.${entry.kind}`, {
          start: formatTime(entry.start, language, shift.timeZone),
          end: formatTime(entry.end, language, shift.timeZone),
        }),
      );
    return {
      summary:
        count > 1
          ? t('export.summaryPart', { kind, part: segmentIndex + 1, count })
          : t('export.summary', { kind }),
      description: [
        t('queue', { queue: shift.queue, mode: t(`workMode.${shift.workMode}`) }),
        t('export.status', { status: t(`status.${shift.status}`) }),
        ...breaks,
      ].join('\n'),
    };
  }

  async function handleDownload() {
    const now = context.now;
    // A shift still under way started at most a day ago.
    const shifts = await repositories.shifts.listStartingBetween(
      new Date(now.getTime() - DAY_MS).toISOString(),
      LAST_INSTANT,
    );
    const ics = buildIcs(shifts, {
      now: now.toISOString(),
      text: eventText,
      calendarName: t('export.calendarName'),
      language: i18n.language,
    });
    const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = t('export.fileName', { date: context.today });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
    setResult(ics.split('BEGIN:VEVENT').length - 1);
  }

  return (
    <Section id="roster-export" title={t('export.title')}>
      <p>{t('export.intro')}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void handleDownload()}
      >
        {t('export.download')}
      </button>
      <p role="status" className="muted">
        {result !== null && (result === 0 ? t('export.none') : t('export.done', { count: result }))}
      </p>
    </Section>
  );
}
