import { useTranslation } from 'react-i18next';
import type { RejectedKpiDay } from '@/domain/kpi/kpi-validation';
import { formatDay } from '@/i18n/format';
import { isCalendarDay } from '@/domain/kpi/kpi-validation';
import { recordIssueText } from './metric-text';

/** The employer's records with impossible values, each with its problems: none of them is counted. */
export function RejectedRecords({ rejected }: { rejected: readonly RejectedKpiDay[] }) {
  const { t, i18n } = useTranslation('kpis');
  if (rejected.length === 0) return null;
  const language = i18n.language;
  return (
    <section className="kpi-rejected" aria-labelledby="kpi-rejected-heading">
      <h2 id="kpi-rejected-heading">{t('rejected.title')}</h2>
      <p>{t('rejected.intro', { count: rejected.length })}</p>
      <ul>
        {rejected.map(({ record, issues }) => (
          <li key={record.id}>
            <strong>
              {t('rejected.day', {
                day: isCalendarDay(record.day) ? formatDay(record.day, language) : record.day,
              })}
            </strong>{' '}
            {issues.map((issue) => recordIssueText(issue, t)).join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
