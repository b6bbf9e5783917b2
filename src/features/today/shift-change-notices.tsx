import { lazy, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { Section } from '@/ui/page';
import { OptionalSection } from '@/ui/optional-section';

const ChangeNotice = lazy(async () => ({
  default: (await import('./shift-change-notice')).ChangeNotice,
}));

/**
 * Roster changes the agent has not acknowledged yet, each highlighted with its old and new times.
 * Acknowledging resolves only once it is saved on the device; the live query then drops it.
 */
export function ShiftChangeNotices({
  changes,
  noticeHours,
  changeLogPath,
  onAcknowledge,
}: {
  changes: ShiftChange[];
  noticeHours: number | undefined;
  changeLogPath: string;
  onAcknowledge: (changeId: string) => Promise<void>;
}) {
  const { t } = useTranslation('today');
  // Ids saved as acknowledged: hidden at once, before the live query catches up.
  const [acknowledgedIds, setAcknowledgedIds] = useState<ReadonlySet<string>>(new Set());
  const statusRef = useRef<HTMLParagraphElement>(null);
  const waiting = changes.filter((change) => !acknowledgedIds.has(change.id));
  const acknowledged = acknowledgedIds.size > 0;

  async function handleAcknowledge(changeId: string) {
    await onAcknowledge(changeId);
    setAcknowledgedIds((ids) => new Set([...ids, changeId]));
    // The notice that had focus is gone: move focus to the message that says where it went.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <Section id="changes" title={t('changes.title')}>
      <p role="status" ref={statusRef} tabIndex={-1}>
        {acknowledged ? t('changes.acknowledged') : ''}
      </p>
      {waiting.length === 0 ? (
        <p>{t('changes.none')}</p>
      ) : (
        <>
          <p>{t('changes.intro', { count: waiting.length })}</p>
          <OptionalSection>
            {waiting.map((change) => (
              <ChangeNotice
                key={change.id}
                change={change}
                noticeHours={noticeHours}
                onAcknowledge={() => handleAcknowledge(change.id)}
              />
            ))}
          </OptionalSection>
        </>
      )}
      <p>
        <Link className="today-link" to={changeLogPath}>
          {t('changes.logLink')}
        </Link>
      </p>
    </Section>
  );
}
