import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Icon } from '@/ui/icons';
import { paths } from './paths';

/** On every screen, above the thumb zone of the bottom bar; remembers where it was pressed. */
export function EscalateButton({ hasBottomNav }: { hasBottomNav: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (location.pathname === paths.escalate()) return null;
  return (
    <Link
      to={paths.escalate()}
      state={{ from: location.pathname }}
      className={hasBottomNav ? 'escalate-button' : 'escalate-button escalate-button-alone'}
    >
      <Icon name="escalate" />
      {t('escalate.button')}
    </Link>
  );
}
