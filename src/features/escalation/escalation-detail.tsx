import { useTranslation } from 'react-i18next';
import type {
  Escalation,
  EscalationNote,
  EscalationResponse,
} from '@/domain/escalation/escalation';
import { escalationTimeline } from '@/domain/escalation/response-clock';
import type { Shift } from '@/domain/roster/shift';
import { Section } from '@/ui/page';
import { AddNoteForm, type NoteInput } from './add-note-form';
import { AttachedContext } from './attached-context';
import type { LoadAttachment } from './attachment-thumbnail';
import type { PayLineInContext } from './context-records';
import { EscalationMessages } from './escalation-messages';
import { EscalationTimeline } from './escalation-timeline';
import { formatInstant } from './format-instant';
import { ResponseClockStatus } from './response-clock-status';
import { RoutingSummary } from './routing-summary';

export interface EscalationDetailProps {
  escalation: Escalation;
  responses: readonly EscalationResponse[];
  notes: readonly EscalationNote[];
  shift: Shift | null;
  payLine: PayLineInContext | null;
  now: Date;
  timeZone: string;
  loadAttachment: LoadAttachment;
  onAddNote: (input: NoteInput) => Promise<unknown>;
}

/** One escalation: its clock, its timeline, what was raised and where it went, notes and messages. */
export function EscalationDetail({
  escalation,
  responses,
  notes,
  shift,
  payLine,
  now,
  timeZone,
  loadAttachment,
  onAddNote,
}: EscalationDetailProps) {
  const { t, i18n } = useTranslation(['escalation', 'common']);
  const timeline = escalationTimeline(escalation, responses, notes);
  return (
    <>
      <Section id="response-clock" title={t('clock.title')}>
        <ResponseClockStatus
          createdAt={escalation.createdAt}
          routing={escalation.routing}
          responses={responses}
          now={now}
          timeZone={timeZone}
        />
      </Section>
      <Section id="timeline" title={t('timeline.title')}>
        {escalation.syncState === 'rejected' && (
          <p className="notice notice-warning">{t('common:syncState.rejected')}</p>
        )}
        <EscalationTimeline steps={timeline.steps} timeZone={timeZone} />
      </Section>
      <Section id="details" title={t('detail.title')}>
        <dl>
          <dt>{t('detail.raisedAt')}</dt>
          <dd>{formatInstant(escalation.createdAt, i18n.language, timeZone)}</dd>
          <dt>{t('severity.legend')}</dt>
          <dd>{t(`severity.${escalation.severity}`)}</dd>
          {escalation.description && (
            <>
              <dt>{t('detail.description')}</dt>
              <dd className="message-text">{escalation.description}</dd>
            </>
          )}
          {escalation.caseReference && (
            <>
              <dt>{t('detail.caseReference')}</dt>
              <dd>{escalation.caseReference}</dd>
            </>
          )}
          <dt>{t('detail.screen')}</dt>
          <dd>
            <code>{escalation.context.screen}</code>
          </dd>
        </dl>
        <AttachedContext shift={shift} payLine={payLine} />
        <RoutingSummary routing={escalation.routing} />
      </Section>
      <Section id="messages" title={t('messages.title')}>
        <EscalationMessages
          entries={timeline.entries}
          timeZone={timeZone}
          loadAttachment={loadAttachment}
        />
        <h3 className="add-note-heading">{t('note.title')}</h3>
        <AddNoteForm onAddNote={onAddNote} />
      </Section>
    </>
  );
}
