import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { Page } from '@/ui/page';
import { paths } from './paths';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    // Leave a trace for diagnosis (devtools, remote debugging); the agent sees the page below.
    console.error('Route failed', error);
  }, [error]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <main id="main" className="app-main">
      <Page title={t('error.title')}>
        <p>{t('error.detail')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </Page>
    </main>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.notFound')}>
      <Link to={paths.today()}>{t('error.backToToday')}</Link>
    </Page>
  );
}
