import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KpiInputError } from '@/data/kpi-repository';
import { useRepositories } from '@/data/workspace-context';
import {
  goalProgress,
  type GoalDraft,
  type GoalIssue,
  type GoalProgress,
} from '@/domain/kpi/kpi-goals';
import { metricsShown } from '@/domain/kpi/kpi-scorecard';
import { localDayOf } from '@/domain/zoned-time';
import { formatDay } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { GoalForm } from './goal-form';
import type { KpiLinks } from './kpi-links';
import { formatUnitValue, formatMetricValue } from './metric-text';
import { definitionOf } from '@/domain/kpi/kpi-catalog';
import { useKpiContext } from './use-kpi-context';
import './kpis.css';

const STATUS_BADGE = {
  reached: 'badge badge-ok',
  'on-the-way': 'badge',
  missed: 'badge badge-danger',
  'no-data': 'badge badge-warning',
} as const;

function GoalEntry({ progress, onRemove }: { progress: GoalProgress; onRemove: () => void }) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const { goal } = progress;
  const name = t(`metric.${goal.metric}.name`);
  const progressId = `kpi-goal-progress-${goal.id}`;
  return (
    <li className="kpi-goal">
      <p className="kpi-summary">
        {t('goals.goal', {
          metric: name,
          direction: t(`goals.direction.${goal.direction}`),
          target: formatUnitValue(goal.target, definitionOf(goal.metric).unit, t, language),
        })}
      </p>
      <p className="muted">
        {goal.dueDay ? t('goals.due', { day: formatDay(goal.dueDay, language) }) : t('goals.open')}
        {progress.daysLeft !== null &&
          progress.daysLeft >= 0 &&
          ` · ${t('goals.daysLeft', { count: progress.daysLeft })}`}
      </p>
      <label htmlFor={progressId} className="visually-hidden">
        {t('goals.progress', { metric: name })}
      </label>
      <progress id={progressId} max={100} value={Math.round(progress.progressPercent)} />
      <div className="kpi-goal-actions">
        <span>
          <span className={STATUS_BADGE[progress.status]}>
            {t(`goals.status.${progress.status}`)}
          </span>{' '}
          {t('goals.now', { value: formatMetricValue(goal.metric, progress.value, t, language) })}
        </span>
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('goals.removeGoal', { metric: name })}
          onClick={onRemove}
        >
          {t('goals.remove')}
        </button>
      </div>
    </li>
  );
}

/** The agent's personal goals: set one on any metric, see progress, remove one. */
export function GoalsPage({ links }: { links: KpiLinks }) {
  const { t } = useTranslation('kpis');
  const repositories = useRepositories();
  const clock = useClock();
  const context = useKpiContext();
  const [removedCount, setRemovedCount] = useState(0);
  const today = context?.today;
  const timeZone = context?.timeZone;
  const loaded = useLiveQuery(async () => {
    if (!today || !timeZone) return undefined;
    const goals = await repositories.kpis.listGoals();
    if (goals.length === 0) return { goals, records: [] };
    const from = goals.map((goal) => localDayOf(goal.createdAt, timeZone)).sort()[0]!;
    const { records } = await repositories.kpis.scorecardInputs(
      { from: from < today ? from : today, to: today },
      today,
    );
    return { goals, records };
  }, [repositories, today, timeZone]);
  const progress = useMemo(
    () =>
      loaded && today && timeZone
        ? loaded.goals.map((goal) => goalProgress(goal, loaded.records, today, timeZone))
        : undefined,
    [loaded, today, timeZone],
  );

  async function save(draft: GoalDraft): Promise<GoalIssue[]> {
    if (!context) return [];
    try {
      await repositories.kpis.setGoal(draft, clock(), context.timeZone);
      return [];
    } catch (error) {
      if (error instanceof KpiInputError) return error.issues as GoalIssue[];
      throw error;
    }
  }

  async function remove(id: string) {
    await repositories.kpis.removeGoal(id, clock());
    setRemovedCount((count) => count + 1);
  }

  return (
    <Page title={t('goals.title')}>
      <p>
        <Link className="back-link" to={links.kpis()}>
          {t('back')}
        </Link>
      </p>
      {context && (
        <GoalForm today={context.today} metrics={metricsShown(context.policy)} onSave={save} />
      )}
      <Section id="kpi-goal-list" title={t('goals.listTitle')}>
        {!progress ? (
          <p className="muted">{t('loading')}</p>
        ) : progress.length === 0 ? (
          <p>{t('goals.none')}</p>
        ) : (
          <ul className="list">
            {progress.map((entry) => (
              <GoalEntry
                key={entry.goal.id}
                progress={entry}
                onRemove={() => void remove(entry.goal.id)}
              />
            ))}
          </ul>
        )}
        <p role="status">{removedCount > 0 && t('goals.removed')}</p>
      </Section>
    </Page>
  );
}
