import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Icon, type IconName } from '@/ui/icons';
import { paths } from './paths';

const TABS: {
  key: 'today' | 'roster' | 'training' | 'kpis' | 'pay' | 'me';
  to: string;
  icon: IconName;
}[] = [
  { key: 'today', to: paths.today(), icon: 'today' },
  { key: 'roster', to: paths.roster(), icon: 'roster' },
  { key: 'training', to: paths.training(), icon: 'training' },
  { key: 'kpis', to: paths.kpis(), icon: 'kpis' },
  { key: 'pay', to: paths.pay(), icon: 'pay' },
  { key: 'me', to: paths.me(), icon: 'me' },
];

export function BottomNav() {
  const { t } = useTranslation();
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} end={tab.to === paths.today()}>
              <Icon name={tab.icon} />
              {t(`nav.${tab.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
