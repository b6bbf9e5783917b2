import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatMonth } from '@/i18n/format';
import { Section } from '@/ui/page';
import { addDays, addMonths, firstDayOf, lastDayOf, mondayOf, monthOf } from './calendar-days';
import { MonthCalendar } from './month-calendar';
import type { RosterLinks, RosterView } from './roster-links';
import type { RosterContext } from './use-roster-context';
import { useShiftsBetween } from './use-shifts-between';
import { WeekAgenda } from './week-agenda';

const VIEWS: readonly RosterView[] = ['week', 'month'];

/** The view switch and the week agenda or month calendar around `day`. */
export function RosterCalendar({
  view,
  day,
  context,
  links,
}: {
  view: RosterView;
  day: string;
  context: RosterContext;
  links: RosterLinks;
}) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const monday = mondayOf(day);
  const month = monthOf(day);
  const first = view === 'week' ? monday : firstDayOf(month);
  const last = view === 'week' ? addDays(monday, 6) : lastDayOf(month);
  const shifts = useShiftsBetween(first, last);
  const weekHref = useCallback((target: string) => links.rosterView('week', target), [links]);
  const title =
    view === 'week'
      ? t('week.title', { from: formatDay(first, language), to: formatDay(last, language) })
      : formatMonth(month, language);
  const previous = view === 'week' ? addDays(monday, -7) : firstDayOf(addMonths(month, -1));
  const next = view === 'week' ? addDays(monday, 7) : firstDayOf(addMonths(month, 1));

  return (
    <Section id="roster-calendar" title={title}>
      <nav aria-label={t('views.label')} className="roster-switch">
        {VIEWS.map((option) => (
          <Link
            key={option}
            className={`button ${option === view ? '' : 'button-secondary'}`}
            aria-current={option === view ? 'page' : undefined}
            to={links.rosterView(option, day)}
          >
            {t(`views.${option}`)}
          </Link>
        ))}
      </nav>
      <div className="roster-steps">
        <Link className="button button-secondary" to={links.rosterView(view, previous)}>
          {t(`${view}.previous`)}
        </Link>
        <Link className="button button-secondary" to={links.rosterView(view, context.today)}>
          {t(`${view}.current`)}
        </Link>
        <Link className="button button-secondary" to={links.rosterView(view, next)}>
          {t(`${view}.next`)}
        </Link>
      </div>
      {!shifts ? (
        <p className="muted">{t('loading')}</p>
      ) : view === 'week' ? (
        <WeekAgenda
          monday={monday}
          shifts={shifts}
          timeZone={context.timeZone}
          agentTimeZone={context.agentTimeZone}
          today={context.today}
        />
      ) : (
        <MonthCalendar
          month={month}
          shifts={shifts}
          timeZone={context.timeZone}
          today={context.today}
          dayHref={weekHref}
        />
      )}
    </Section>
  );
}
