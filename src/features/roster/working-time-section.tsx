import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import { checkWorkingTime } from '@/domain/roster/working-time';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';
import { formatMonth } from '@/i18n/format';
import { Section } from '@/ui/page';
import { addDays, firstDayOf, lastDayOf, queryRangeOf } from './calendar-days';
import type { RosterContext } from './use-roster-context';
import { describeFinding, isFindingInMonth } from './working-time-text';

/** Days of context around the month, so its first and last ISO weeks and rests are whole. */
const EDGE_DAYS = 7;

/**
 * The month's working time against the policy's limits (issue #6, item 6), from the agent's own
 * clock records where they have them: each finding in words with its figures.
 */
export function WorkingTimeSection({ month, context }: { month: string; context: RosterContext }) {
  const { t, i18n } = useTranslation('roster');
  const repositories = useRepositories();
  const findings = useLiveQuery(async () => {
    const first = addDays(firstDayOf(month), -EDGE_DAYS);
    const last = addDays(lastDayOf(month), EDGE_DAYS);
    const { from, to } = queryRangeOf(first, last);
    const [shifts, clockRecords] = await Promise.all([
      repositories.roster.listShiftsForDays(first, last),
      repositories.roster.clockRecordsBetween(from, to),
    ]);
    const limits = context.policy?.workingTime ?? defaultWorkingTimeLimits();
    return checkWorkingTime(shifts, clockRecords, limits, context.timeZone).filter((finding) =>
      isFindingInMonth(finding, month, context.timeZone),
    );
  }, [repositories, month, context.policy, context.timeZone]);

  return (
    <Section
      id="roster-working-time"
      title={t('workingTime.title', { month: formatMonth(month, i18n.language) })}
    >
      <p className="muted">{t('workingTime.intro')}</p>
      {!context.policy && <p className="muted">{t('workingTime.defaultLimits')}</p>}
      {findings &&
        (findings.length === 0 ? (
          <p>{t('workingTime.none')}</p>
        ) : (
          <ul className="roster-findings">
            {findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`}>
                {describeFinding(finding, t, i18n.language, context.timeZone)}
              </li>
            ))}
          </ul>
        ))}
    </Section>
  );
}
