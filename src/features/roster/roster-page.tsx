import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { zoneNote } from '@/domain/roster/shift-days';
import { Page } from '@/ui/page';
import { isDay, monthOf } from './calendar-days';
import { CalendarExport } from './calendar-export';
import { ReminderSettings } from './reminder-settings';
import { RosterCalendar } from './roster-calendar';
import type { RosterLinks, RosterView } from './roster-links';
import { useRosterContext } from './use-roster-context';
import { WorkingTimeSection } from './working-time-section';
import './roster.css';

/** The roster: week or month (in the URL), working-time findings, export and reminders. */
export function RosterPage({ links }: { links: RosterLinks }) {
  const { t } = useTranslation('roster');
  const [params] = useSearchParams();
  const context = useRosterContext();
  const view: RosterView = params.get('view') === 'month' ? 'month' : 'week';
  const requestedDay = params.get('day');
  const day = context && (isDay(requestedDay) ? requestedDay : context.today);
  return (
    <Page title={t('title')}>
      {context && (
        <>
          <p className="muted">{t('zoneNote', { zone: context.timeZone })}</p>
          {zoneNote(context.timeZone, context.agentTimeZone, context.now.toISOString()) && (
            <p className="muted">{t('agentZoneNote', { zone: context.agentTimeZone })}</p>
          )}
        </>
      )}
      <ul className="roster-links">
        <li>
          <Link to={links.changes()}>{t('changesLink')}</Link>
        </li>
        <li>
          <Link to={links.leave()}>{t('leaveLink')}</Link>
        </li>
        <li>
          <Link to={links.swaps()}>{t('swapsLink')}</Link>
        </li>
      </ul>
      {context && day && (
        <>
          <RosterCalendar view={view} day={day} context={context} links={links} />
          <WorkingTimeSection month={monthOf(day)} context={context} />
          <CalendarExport context={context} />
          <ReminderSettings />
        </>
      )}
    </Page>
  );
}
