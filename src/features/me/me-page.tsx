import { useTranslation } from 'react-i18next';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { AccountSection } from './account-section';
import { LanguageSection, ThemeSection } from './preferences-section';
import { ProfileSection } from './profile-section';
import { StorageSection } from './storage-section';
import { SyncSection } from './sync-section';
import { WorkspaceSection } from './workspace-section';

export function MePage() {
  const { t } = useTranslation('me');
  const clock = useClock();
  const today = localDayOf(clock().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <Page title={t('title')}>
      <ProfileSection today={today} />
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
