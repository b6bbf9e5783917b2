import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceActions } from '@/data/workspace-context';
import { Page } from '@/ui/page';

/** First start: explore a demo agent or start empty; both stay on this device. */
export function WelcomePage() {
  const { t } = useTranslation('welcome');
  const actions = useWorkspaceActions();
  const [state, setState] = useState<'idle' | 'starting' | 'failed'>('idle');

  async function handleStart(start: () => Promise<void>) {
    setState('starting');
    try {
      await start();
    } catch {
      setState('failed');
    }
  }

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <div className="card">
        <button
          type="button"
          className="button button-block"
          disabled={state === 'starting'}
          onClick={() => handleStart(actions.startDemo)}
        >
          {t('demo')}
        </button>
        <p className="muted">{t('demoHint')}</p>
      </div>
      <div className="card">
        <button
          type="button"
          className="button button-secondary button-block"
          disabled={state === 'starting'}
          onClick={() => handleStart(actions.startEmpty)}
        >
          {t('empty')}
        </button>
        <p className="muted">{t('emptyHint')}</p>
      </div>
      <p role="status" aria-live="polite">
        {state === 'starting' ? t('starting') : state === 'failed' ? t('failed') : ''}
      </p>
    </Page>
  );
}
