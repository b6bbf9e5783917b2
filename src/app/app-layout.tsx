import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useOptionalWorkspace } from '@/data/workspace-context';
import { BottomNav } from './bottom-nav';
import { EscalateButton } from './escalate-button';

export function AppLayout() {
  const { t } = useTranslation();
  const open = useOptionalWorkspace();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <main id="main" className="app-main">
        {open?.workspace.kind === 'demo' && (
          <p>
            <span className="badge badge-warning">{t('demoBadge')}</span>
          </p>
        )}
        <Outlet />
      </main>
      <EscalateButton hasBottomNav={open !== null} />
      {open && <BottomNav />}
    </>
  );
}
