import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatTime } from '@/i18n/format';
import { Page, Section } from '@/ui/page';
import type { ReadinessLinks } from './readiness-links';
import { useReadinessContext } from './use-readiness-context';
import { useReportsByShift, type ShiftReports } from './use-readiness-reports';
import './readiness.css';

/** The readiness reports on the device, by shift, each opening its printable report. */
export function ReadinessHistoryPage({ links }: { links: ReadinessLinks }) {
  const { t } = useTranslation('readiness');
  const groups = useReportsByShift();
  const context = useReadinessContext();
  return (
    <Page title={t('history.title')}>
      <Link className="back-link" to={links.readiness()}>
        {t('title')}
      </Link>
      {!groups || !context ? (
        <p>{t('loading')}</p>
      ) : groups.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        groups.map((group, index) => (
          <ShiftGroup
            key={group.shiftId ?? ''}
            index={index}
            group={group}
            timeZone={context.timeZone}
            links={links}
          />
        ))
      )}
    </Page>
  );
}

function ShiftGroup({
  group,
  index,
  timeZone,
  links,
}: {
  group: ShiftReports;
  index: number;
  timeZone: string;
  links: ReadinessLinks;
}) {
  const { t, i18n } = useTranslation('readiness');
  const language = i18n.language;
  const { shift } = group;
  const zone = shift?.timeZone ?? timeZone;
  const title = shift
    ? t('history.shift', {
        date: formatDate(shift.start, language, zone),
        start: formatTime(shift.start, language, zone),
        end: formatTime(shift.end, language, zone),
      })
    : group.shiftId
      ? t('history.unknownShift', { id: group.shiftId })
      : t('history.noShift');
  return (
    <Section id={`readiness-shift-${index}`} title={title}>
      <ul className="list">
        {group.reports.map((report) => {
          const date = formatDate(report.createdAt, language, zone);
          const time = formatTime(report.createdAt, language, zone);
          return (
            <li key={report.id}>
              <Link className="row" to={links.report(report.id)}>
                <span>
                  {date} {time}
                </span>
                <span className={report.isReady ? 'badge badge-ok' : 'badge badge-danger'}>
                  {report.isReady ? t('verdict.ready') : t('verdict.notReady')}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
