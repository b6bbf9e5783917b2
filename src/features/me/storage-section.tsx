import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/i18n/format';
import { Section } from '@/ui/page';
import { useStorageStatus } from './use-storage-status';

export function StorageSection() {
  const { t, i18n } = useTranslation('me');
  const status = useStorageStatus();
  const language = i18n.language;
  const persistence =
    status?.isPersistent == null
      ? t('storage.unknown')
      : status.isPersistent
        ? t('storage.granted')
        : t('storage.notGranted');
  return (
    <Section id="storage" title={t('storage.title')}>
      <dl>
        <dt>{t('storage.persistent')}</dt>
        <dd>{status ? persistence : '…'}</dd>
        <dt>{t('storage.used')}</dt>
        <dd>
          {status?.usedBytes != null && status.quotaBytes != null
            ? t('storage.usedValue', {
                used: formatBytes(status.usedBytes, language),
                quota: formatBytes(status.quotaBytes, language),
              })
            : t('storage.unknown')}
        </dd>
      </dl>
    </Section>
  );
}
