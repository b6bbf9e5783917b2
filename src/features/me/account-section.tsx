import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerAccount, useSyncActions, type ServerAccount } from '@/sync/sync-context';
import { Section } from '@/ui/page';
import { SignInForm } from '@/ui/sign-in-form';

function useIsSignedIn(account: ServerAccount): boolean {
  return useSyncExternalStore(account.subscribe, account.isSignedIn, account.isSignedIn);
}

/** The employer's server: who is signed in, and a way back in when the session has lapsed. */
export function AccountSection() {
  const account = useServerAccount();
  if (!account) return null;
  return <ServerAccountDetails account={account} />;
}

function ServerAccountDetails({ account }: { account: ServerAccount }) {
  const { t } = useTranslation('me');
  const isSignedIn = useIsSignedIn(account);
  const { syncNow } = useSyncActions();
  return (
    <Section id="account" title={t('account.title')}>
      <dl>
        <dt>{t('account.server')}</dt>
        <dd>{account.serverUrl}</dd>
        <dt>{t('account.agent')}</dt>
        <dd>{account.agentId}</dd>
        <dt className="visually-hidden">{t('account.title')}</dt>
        <dd>{isSignedIn ? t('account.signedIn') : t('account.signedOut')}</dd>
      </dl>
      {!isSignedIn && (
        <SignInForm
          askServer={false}
          defaultServerUrl={account.serverUrl}
          submitLabel={t('account.signInAgain')}
          onSubmit={async ({ employeeNumber, password }) => {
            await account.signIn(employeeNumber, password);
            void syncNow('manual');
          }}
        />
      )}
    </Section>
  );
}
