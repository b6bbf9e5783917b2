import { useTranslation } from 'react-i18next';
import type { TimelineStep } from '@/domain/escalation/response-clock';
import { formatInstant } from './format-instant';

/** Saved → sent → received → acknowledged → resolved, each with its time or "pending". */
export function EscalationTimeline({
  steps,
  timeZone,
}: {
  steps: readonly TimelineStep[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('escalation');
  return (
    <ol className="timeline">
      {steps.map(({ step, at, done, response }) => (
        <li key={step} className={done ? 'timeline-step timeline-done' : 'timeline-step'}>
          <span className="timeline-name">{t(`timeline.step.${step}`)}</span>
          <span className="timeline-when">
            {at
              ? formatInstant(at, i18n.language, timeZone)
              : done
                ? t('timeline.doneNoTime')
                : t('timeline.pending')}
          </span>
          {response && (response.by || response.note) && (
            <span className="timeline-response">
              {response.by && t('timeline.by', { by: response.by })}
              {response.note && <q>{response.note}</q>}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
