import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiLinks } from './kpi-links';

/** The ways from the scorecard to the definitions, the agent's own tally and goals. */
export function KpiNav({ links }: { links: KpiLinks }) {
  const { t } = useTranslation('kpis');
  return (
    <nav aria-label={t('links.label')}>
      <ul className="kpi-links">
        <li>
          <Link to={links.definitions()}>{t('links.definitions')}</Link>
        </li>
        <li>
          <Link to={links.tally()}>{t('links.tally')}</Link>
        </li>
        <li>
          <Link to={links.goals()}>{t('links.goals')}</Link>
        </li>
      </ul>
    </nav>
  );
}
