import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOpenWorkspace } from '@/data/workspace-context';
import { useSyncActions } from '@/sync/sync-context';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import type { NoteInput } from './add-note-form';
import { EscalationDetail } from './escalation-detail';
import type { EscalationLinks } from './escalation-links';
import { deviceTimeZone } from '@/i18n/format';
import { useEscalationDetail } from './use-escalation-detail';
import { useMinuteClock } from './use-minute-clock';

/** Route component for `/escalate/:escalationId`. */
export function EscalationDetailPage({ links }: { links: EscalationLinks }) {
  const { t } = useTranslation('escalation');
  const { escalationId = '' } = useParams();
  const { repositories } = useOpenWorkspace();
  const { syncNow } = useSyncActions();
  const clock = useClock();
  const now = useMinuteClock();
  const detail = useEscalationDetail(escalationId);
  const loadAttachment = useCallback(
    (sha256: string) => repositories.escalations.attachmentBlob(sha256),
    [repositories],
  );

  if (detail === undefined) return null;
  const back = (
    <Link className="back-link" to={links.escalate()}>
      {t('detail.back')}
    </Link>
  );
  if (detail === null) {
    return (
      <Page title={t('title')}>
        {back}
        <p>{t('detail.notFound')}</p>
      </Page>
    );
  }
  const { escalation } = detail;

  async function handleAddNote({ text, attachment }: NoteInput) {
    const note = await repositories.escalations.addNote(
      { escalationId: escalation.id, agentId: escalation.agentId, text, attachment },
      clock(),
    );
    // Like the escalation itself, a note does not wait for the next sync cycle.
    void syncNow('write');
    return note;
  }

  return (
    <Page title={t(`category.${escalation.category}`)}>
      {back}
      <EscalationDetail
        {...detail}
        now={now}
        timeZone={deviceTimeZone()}
        loadAttachment={loadAttachment}
        onAddNote={handleAddNote}
      />
    </Page>
  );
}
