import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { gradeFor } from '@/domain/kpi/kpi-grade';
import {
  KPI_PERIODS,
  periodRange,
  TREND_SPANS,
  trendRange,
  type DayRange,
  type KpiPeriod,
  type TrendSpan,
} from '@/domain/kpi/kpi-periods';
import { projectMonth } from '@/domain/kpi/kpi-score';
import { buildScorecard, metricsShown } from '@/domain/kpi/kpi-scorecard';
import type { RejectedKpiDay } from '@/domain/kpi/kpi-validation';
import { measureKpis } from '@/domain/kpi/measure-kpis';
import { KPI_METRICS, type KpiMetric } from '@/domain/policy/project-policy';
import { Page } from '@/ui/page';
import { BonusSimulator } from './bonus-simulator';
import { GradeSection } from './grade-section';
import type { KpiLinks } from './kpi-links';
import { KpiNav } from './kpi-nav';
import { ProjectionSection } from './projection-section';
import { RejectedRecords } from './rejected-records';
import { ScorecardSection } from './scorecard-section';
import { TrendSection } from './trend-section';
import { useKpiContext } from './use-kpi-context';
import { useKpiRecords } from './use-kpi-records';
import './kpis.css';

const DEFAULT_PERIOD: KpiPeriod = 'month';
const DEFAULT_SPAN: TrendSpan = 30;

function readPeriod(value: string | null): KpiPeriod {
  return KPI_PERIODS.find((period) => period === value) ?? DEFAULT_PERIOD;
}

function readSpan(value: string | null): TrendSpan {
  return TREND_SPANS.find((span) => String(span) === value) ?? DEFAULT_SPAN;
}

/** The period's days together with this month's (the grade needs the month whatever is shown). */
function scorecardReadRange(period: KpiPeriod, today: string): DayRange {
  const shown = periodRange(period, today);
  const month = periodRange('month', today);
  return { from: shown.from < month.from ? shown.from : month.from, to: today };
}

/** Each rejected record once, though the scorecard's and the trend's reads may both list it. */
function uniqueRejected(...lists: (readonly RejectedKpiDay[] | undefined)[]): RejectedKpiDay[] {
  const byId = new Map<string, RejectedKpiDay>();
  for (const list of lists) for (const entry of list ?? []) byId.set(entry.record.id, entry);
  return [...byId.values()].sort((a, b) => a.record.day.localeCompare(b.record.day));
}

/**
 * The agent's KPIs: the scorecard for today, this week or this month against the policy's
 * targets, a metric's trend over 7, 30 or 90 days, the month's grade and bonus with the gap to
 * the next band, a bonus simulator and how the month's score is built. Period, span and metric
 * are in the URL.
 */
export function KpisPage({ links }: { links: KpiLinks }) {
  const { t } = useTranslation('kpis');
  const repositories = useRepositories();
  const [params, setParams] = useSearchParams();
  const context = useKpiContext();
  const period = readPeriod(params.get('period'));
  const span = readSpan(params.get('span'));
  const today = context?.today ?? null;

  const readRange = useMemo(
    () => (today ? scorecardReadRange(period, today) : null),
    [period, today],
  );
  const trendDays = useMemo(() => (today ? trendRange(span, today) : null), [span, today]);
  const scorecardInputs = useKpiRecords(readRange, today, true);
  const trendInputs = useKpiRecords(trendDays, today, false);
  const month = today?.slice(0, 7) ?? null;
  const employerScore = useLiveQuery(
    async () => (month ? repositories.kpis.employerScore(month) : null),
    [repositories, month],
  );

  const policy = context?.policy;
  const shown = useMemo(() => (policy ? metricsShown(policy) : []), [policy]);
  const requested = params.get('metric');
  const metric: KpiMetric =
    shown.find((option) => option === requested) ??
    shown.find((option) => policy?.kpiTargets.some((target) => target.metric === option)) ??
    shown[0] ??
    KPI_METRICS[0];

  const scorecard = useMemo(
    () =>
      policy && today && scorecardInputs
        ? buildScorecard(scorecardInputs.records, policy, periodRange(period, today))
        : undefined,
    [policy, today, scorecardInputs, period],
  );
  const projection = useMemo(
    () =>
      policy && today && scorecardInputs
        ? projectMonth(scorecardInputs.records, policy, today)
        : undefined,
    [policy, today, scorecardInputs],
  );
  const monthValues = useMemo(
    () =>
      projection && scorecardInputs
        ? measureKpis(
            scorecardInputs.records.filter(
              (record) => record.day >= projection.range.from && record.day <= projection.range.to,
            ),
          )
        : {},
    [projection, scorecardInputs],
  );

  const hrefWith = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    return `?${next.toString()}`;
  };

  if (context === undefined) {
    return (
      <Page title={t('title')}>
        <p className="muted">{t('loading')}</p>
      </Page>
    );
  }
  if (context === null || !policy || !projection || !month) {
    return (
      <Page title={t('title')}>
        <KpiNav links={links} />
        {context === null && <p>{t('noProfile')}</p>}
      </Page>
    );
  }

  const hasScore = projection.daysWithRecords > 0 || employerScore != null;
  const score = employerScore ?? projection.breakdown.score;
  return (
    <Page title={t('title')}>
      <RejectedRecords
        rejected={uniqueRejected(scorecardInputs?.rejected, trendInputs?.rejected)}
      />
      <KpiNav links={links} />
      <ScorecardSection
        period={period}
        scorecard={scorecard}
        periodHref={(option) => hrefWith('period', option)}
      />
      {trendDays && (
        <TrendSection
          metric={metric}
          metrics={shown}
          span={span}
          range={trendDays}
          records={trendInputs?.records}
          policy={policy}
          spanHref={(option) => hrefWith('span', String(option))}
          onMetricChange={(next) =>
            setParams(
              (current) => {
                const updated = new URLSearchParams(current);
                updated.set('metric', next);
                return updated;
              },
              { replace: true, preventScrollReset: true },
            )
          }
        />
      )}
      <GradeSection
        month={month}
        grade={hasScore ? gradeFor(score, policy.bonusBands) : null}
        isEmployerScore={employerScore != null}
      />
      {hasScore && (
        <BonusSimulator
          score={score}
          values={monthValues}
          metrics={projection.breakdown.contributions.map((item) => item.metric)}
          policy={policy}
        />
      )}
      <ProjectionSection projection={projection} />
    </Page>
  );
}
