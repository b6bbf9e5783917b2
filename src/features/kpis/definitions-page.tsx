import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { definitionOf } from '@/domain/kpi/kpi-catalog';
import { metricsShown } from '@/domain/kpi/kpi-scorecard';
import { targetFor } from '@/domain/kpi/kpi-targets';
import { KPI_METRICS, type KpiMetric, type KpiTarget } from '@/domain/policy/project-policy';
import { Page, Section } from '@/ui/page';
import type { KpiLinks } from './kpi-links';
import { formatTarget } from './metric-text';
import { useKpiContext } from './use-kpi-context';
import './kpis.css';

function Definition({ metric, targets }: { metric: KpiMetric; targets: readonly KpiTarget[] }) {
  const { t, i18n } = useTranslation('kpis');
  const definition = definitionOf(metric);
  const target = targetFor(metric, targets);
  return (
    <li className="kpi-definition">
      <h3>{t(`metric.${metric}.name`)}</h3>
      <dl>
        <dt>{t('definitions.formula')}</dt>
        <dd>{t(`metric.${metric}.formula`)}</dd>
        <dt>{t('definitions.unit')}</dt>
        <dd>{t(`unit.${definition.unit}`)}</dd>
        <dt>{t('definitions.target')}</dt>
        <dd>
          {target ? formatTarget(target, t, i18n.language) : t('definitions.noTarget')}{' '}
          {t(`better.${definition.better}`)}
        </dd>
      </dl>
      {definition.isQueueDependent && <p className="kpi-queue">{t('scorecard.queue')}</p>}
    </li>
  );
}

/**
 * Every metric in plain words: its formula, its unit, which way is better, the project's target,
 * and whether it depends on the queue rather than the agent. The project's metrics come first.
 */
export function DefinitionsPage({ links }: { links: KpiLinks }) {
  const { t } = useTranslation('kpis');
  const context = useKpiContext();
  const shown = context ? metricsShown(context.policy) : [];
  const others = KPI_METRICS.filter((metric) => !shown.includes(metric));
  const targets = context?.policy.kpiTargets ?? [];
  return (
    <Page title={t('definitions.title')}>
      <p>
        <Link className="back-link" to={links.kpis()}>
          {t('back')}
        </Link>
      </p>
      {shown.length > 0 && (
        <Section id="kpi-definitions-project" title={t('definitions.project')}>
          <ul className="list">
            {shown.map((metric) => (
              <Definition key={metric} metric={metric} targets={targets} />
            ))}
          </ul>
        </Section>
      )}
      <Section id="kpi-definitions-other" title={t('definitions.other')}>
        <ul className="list">
          {others.map((metric) => (
            <Definition key={metric} metric={metric} targets={targets} />
          ))}
        </ul>
      </Section>
    </Page>
  );
}
