import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@/domain/escalation/response-clock';
import { AttachmentThumbnail, type LoadAttachment } from './attachment-thumbnail';
import { formatInstant } from './format-instant';

/** The agent's notes and the receiving side's messages, in time order. */
export function EscalationMessages({
  entries,
  timeZone,
  loadAttachment,
}: {
  entries: readonly TimelineEntry[];
  timeZone: string;
  loadAttachment: LoadAttachment;
}) {
  const { t, i18n } = useTranslation(['escalation', 'common']);
  if (entries.length === 0) return <p>{t('messages.none')}</p>;
  const when = (at: string) => formatInstant(at, i18n.language, timeZone);
  return (
    <ul className="list messages">
      {entries.map((entry) =>
        entry.kind === 'note' ? (
          <li key={`note-${entry.note.id}`} className="message message-note">
            <p className="muted">
              {t('messages.you', { time: when(entry.at) })}
              {entry.note.syncState !== 'sent' && (
                <>
                  {' '}
                  <span className="badge badge-warning">
                    {t(`common:syncState.${entry.note.syncState}`)}
                  </span>
                </>
              )}
            </p>
            {entry.note.text && <p className="message-text">{entry.note.text}</p>}
            {entry.note.attachment && (
              <AttachmentThumbnail
                attachment={entry.note.attachment}
                loadAttachment={loadAttachment}
              />
            )}
          </li>
        ) : (
          <li key={`message-${entry.response.id}`} className="message message-response">
            <p className="muted">
              {entry.response.by
                ? t('messages.from', { by: entry.response.by, time: when(entry.at) })
                : t('messages.fromReceiver', { time: when(entry.at) })}
            </p>
            <p className="message-text">{entry.response.note}</p>
          </li>
        ),
      )}
    </ul>
  );
}
