import { useTranslation } from 'react-i18next';
import { useOpenWorkspace } from '@/data/workspace-context';
import { formatDate, formatNumber, formatTime } from '@/i18n/format';
import { useSyncActions, useSyncStatus } from '@/sync/sync-context';
import { Section } from '@/ui/page';
import { PullProgressBar } from '@/ui/pull-progress-bar';
import { RejectedRecords } from './rejected-records';

export function SyncSection() {
  const { t, i18n } = useTranslation('me');
  const { workspace } = useOpenWorkspace();
  const status = useSyncStatus();
  const { syncNow } = useSyncActions();
  const language = i18n.language;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Section id="sync" title={t('sync.title')}>
      {status.pullProgress && <PullProgressBar {...status.pullProgress} />}
      <dl>
        <dt>{t('sync.mode')}</dt>
        <dd>{t(`sync.${workspace.kind}`)}</dd>
        <dt>{t('sync.state')}</dt>
        <dd>{t(`sync.states.${status.state}`)}</dd>
        <dt>{t('sync.lastOk')}</dt>
        <dd>
          {status.lastSyncOkAt
            ? `${formatDate(status.lastSyncOkAt, language, zone)} ${formatTime(status.lastSyncOkAt, language, zone)}`
            : t('sync.never')}
        </dd>
        <dt>{t('sync.pending')}</dt>
        <dd>{formatNumber(status.pending, language)}</dd>
        <dt>{t('sync.rejected')}</dt>
        <dd>{formatNumber(status.rejected, language)}</dd>
      </dl>
      <RejectedRecords />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void syncNow('manual')}
      >
        {t('sync.syncNow')}
      </button>
    </Section>
  );
}
