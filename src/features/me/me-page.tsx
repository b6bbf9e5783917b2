import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { AccountSection } from './account-section';
import { LanguageSection, ThemeSection } from './preferences-section';
import { ProfileSection } from './profile-section';
import { StorageSection } from './storage-section';
import { SyncSection } from './sync-section';
import { WorkspaceSection } from './workspace-section';

/** `readinessPath`: the equipment readiness screen (issue #9), linked from here and from Today. */
export function MePage({ readinessPath }: { readinessPath?: string } = {}) {
  const { t } = useTranslation(['me', 'common']);
  const clock = useClock();
  const today = localDayOf(clock().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <Page title={t('title')}>
      <ProfileSection today={today} />
      {readinessPath && (
        <p>
          <Link className="button button-secondary button-block" to={readinessPath}>
            {t('common:nav.readiness')}
          </Link>
        </p>
      )}
      <LanguageSection />
      <ThemeSection />
      <AccountSection />
      <SyncSection />
      <StorageSection />
      <WorkspaceSection />
      <Section id="about" title={t('about.title')}>
        <p>{t('about.text')}</p>
        <p className="muted">{t('about.version', { version: __APP_VERSION__ })}</p>
      </Section>
    </Page>
  );
}
