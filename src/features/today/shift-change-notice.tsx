import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { deviceTimeZone, formatDate, formatTime } from '@/i18n/format';
import { changeKindOf, ShiftChangeTable } from '@/ui/shift-change-table';

/**
 * One unacknowledged change: old and new side by side, late or not, and Acknowledge. Its own
 * module, loaded only when a change is waiting, so Today's first screen does without the table.
 */
export function ChangeNotice({
  change,
  noticeHours,
  onAcknowledge,
}: {
  change: ShiftChange;
  noticeHours: number | undefined;
  onAcknowledge: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('today');
  const language = i18n.language;
  const headingId = useId();
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const shift = (change.current ?? change.previous)!;
  const zone = deviceTimeZone();

  async function handleClick() {
    setState('saving');
    try {
      await onAcknowledge();
    } catch {
      setState('failed');
    }
  }

  return (
    <article className="change-notice" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`changes.heading.${changeKindOf(change)}`, {
          date: formatDate(shift.start, language, shift.timeZone),
        })}
      </h3>
      {change.isLate && (
        <p>
          <span className="badge badge-danger">{t('changes.late')}</span>{' '}
          {noticeHours === undefined
            ? t('changes.lateExplainedNoHours')
            : t('changes.lateExplained', { hours: noticeHours })}
        </p>
      )}
      <p className="muted">
        {t('changes.detected', {
          date: formatDate(change.detectedAt, language, zone),
          time: formatTime(change.detectedAt, language, zone),
        })}
      </p>
      <ShiftChangeTable change={change} />
      {state === 'failed' && (
        <p className="form-error" role="alert">
          {t('changes.acknowledgeFailed')}
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-describedby={headingId}
        disabled={state === 'saving'}
        onClick={() => void handleClick()}
      >
        {state === 'saving' ? t('changes.acknowledging') : t('changes.acknowledge')}
      </button>
    </article>
  );
}
