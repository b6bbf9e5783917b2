import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import type { EscalationLinks } from './escalation-links';
import { deviceTimeZone } from '@/i18n/format';
import { PrintableRecord } from './printable-record';

/** Long enough for the browser to have started reading the download before the URL goes. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

/** Route component for the printable, downloadable escalation record (issue #4, tamper evidence). */
export function PrintableRecordPage({ links }: { links: EscalationLinks }) {
  const { t } = useTranslation('escalation');
  const repositories = useRepositories();
  const clock = useClock();
  const record = useLiveQuery(
    () => repositories.escalations.exportRecord(clock()),
    [repositories, clock],
  );

  async function handleDownload() {
    const fresh = await repositories.escalations.exportRecord(clock());
    const blob = new Blob([JSON.stringify(fresh, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `escalation-record-${fresh.generatedAt.slice(0, 10)}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }

  return (
    <Page title={t('record.title')}>
      <Link className="back-link no-print" to={links.escalate()}>
        {t('detail.back')}
      </Link>
      {record && (
        <PrintableRecord
          record={record}
          timeZone={deviceTimeZone()}
          onPrint={() => window.print()}
          onDownload={() => void handleDownload()}
        />
      )}
    </Page>
  );
}
