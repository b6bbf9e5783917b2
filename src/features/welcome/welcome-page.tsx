import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceActions } from '@/data/workspace-context';
import { discoverDemoServer, type DemoCredentials } from '@/sync/demo-server';
import { Page, Section } from '@/ui/page';
import { SignInForm } from '@/ui/sign-in-form';

/** The demo organisation of the server this app was loaded from, if it runs one. */
function useDemoServer(): DemoCredentials | null {
  const [credentials, setCredentials] = useState<DemoCredentials | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void discoverDemoServer(window.location.origin).then((found) => {
      if (isCurrent) setCredentials(found);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return credentials;
}

/**
 * First start: sign in to the demo organisation when the app came from the reference server,
 * explore a demo agent on this device, start empty, or sign in to an employer's server.
 */
export function WelcomePage() {
  const { t } = useTranslation('welcome');
  const actions = useWorkspaceActions();
  const demoServer = useDemoServer();
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
      {demoServer && (
        <div className="card">
          <button
            type="button"
            className="button button-block"
            disabled={state === 'starting'}
            onClick={() =>
              handleStart(() =>
                actions.signIn({ serverUrl: window.location.origin, ...demoServer }),
              )
            }
          >
            {t('demoServer.button')}
          </button>
          <p className="muted">{t('demoServer.hint', { name: demoServer.displayName })}</p>
        </div>
      )}
      <div className="card">
        <button
          type="button"
          className={demoServer ? 'button button-secondary button-block' : 'button button-block'}
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
      <Section id="sign-in" title={t('signIn.title')}>
        <p className="muted">{t('signIn.hint')}</p>
        <SignInForm
          askServer
          defaultServerUrl={window.location.origin}
          submitLabel={t('signIn.submit')}
          onSubmit={actions.signIn}
        />
      </Section>
    </Page>
  );
}
