import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { localDayOf } from '@/domain/roster/describe-shift';
import { formatNumber, formatPercent } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';

const PERIOD_DAYS = 30;

/** A first look at the last 30 days; the full scorecard against targets is its own issue. */
export function KpisPage() {
  const { t, i18n } = useTranslation('kpis');
  const repositories = useRepositories();
  const clock = useClock();
  const days = useLiveQuery(() => {
    const now = clock();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const from = localDayOf(new Date(now.getTime() - PERIOD_DAYS * 86_400_000).toISOString(), zone);
    return repositories.kpis.listDays(from, localDayOf(now.toISOString(), zone));
  }, [repositories, clock]);
  const language = i18n.language;

  if (!days) return <Page title={t('title')}>{null}</Page>;
  const total = (pick: (day: KpiDaily) => number) => days.reduce((sum, day) => sum + pick(day), 0);
  const handled = total((day) => day.contactsHandled);
  const ratio = (part: number, whole: number) =>
    whole ? formatPercent(part / whole, language) : '—';

  return (
    <Page title={t('title')}>
      <Section id="period" title={t('period', { days: PERIOD_DAYS })}>
        {days.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <dl className="stat-grid">
            <div>
              <dt>{t('metric.contactsHandled')}</dt>
              <dd>{t('perDay', { value: formatNumber(handled / days.length, language) })}</dd>
            </div>
            <div>
              <dt>{t('metric.averageTalk')}</dt>
              <dd>
                {t('seconds', {
                  value: formatNumber(
                    handled ? total((day) => day.talkSeconds) / handled : 0,
                    language,
                  ),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('metric.afterCallWork')}</dt>
              <dd>
                {t('seconds', {
                  value: formatNumber(
                    handled ? total((day) => day.afterCallWorkSeconds) / handled : 0,
                    language,
                  ),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('metric.satisfaction')}</dt>
              <dd>
                {ratio(
                  total((day) => day.satisfiedResponses),
                  total((day) => day.satisfactionResponses),
                )}
              </dd>
            </div>
            <div>
              <dt>{t('metric.adherence')}</dt>
              <dd>
                {ratio(
                  total((day) => day.adheredSeconds),
                  total((day) => day.scheduledSeconds),
                )}
              </dd>
            </div>
            <div>
              <dt>{t('metric.firstContactResolution')}</dt>
              <dd>
                {ratio(
                  total((day) => day.resolvedFirstContact),
                  handled,
                )}
              </dd>
            </div>
          </dl>
        )}
      </Section>
    </Page>
  );
}
