import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockRecord, Shift } from '@/domain/roster/shift';
import { formatDate, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';
import { clockStateOf, type ClockState } from './clock-state';

type ClockKind = ClockRecord['kind'];

/** What the agent may record next: after ending work a split shift's next segment starts again. */
const ACTIONS: Record<ClockState, ClockKind[]> = {
  notStarted: ['work-start'],
  working: ['break-start', 'work-end'],
  onBreak: ['break-end'],
  finished: ['work-start'],
};

/**
 * The agent's own clock: buttons for what can come next and what is recorded so far. A record is
 * reported only once it is saved on the device with its queued mutation.
 */
export function ClockPanel({
  shift,
  records,
  onRecord,
}: {
  /** The shift being clocked, or none when no shift is under way or about to start. */
  shift: Shift | undefined;
  records: ClockRecord[];
  onRecord: (kind: ClockKind) => Promise<ClockRecord>;
}) {
  // Its strings load with the panel, after the first screen; until then it shows nothing.
  const { t, i18n, ready } = useTranslation('clock');
  const language = i18n.language;
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!ready) return null;
  if (!shift) {
    return (
      <Section id="clock" title={t('clock.title')}>
        <p className="muted">{t('clock.explain')}</p>
        <p>{t('clock.noShift')}</p>
      </Section>
    );
  }
  const zone = shift.timeZone;
  const time = (instant: string) => formatTime(instant, language, zone);
  const sorted = [...records].sort((a, b) => a.at.localeCompare(b.at));
  const { state, since } = clockStateOf(sorted);

  async function handleRecord(kind: ClockKind) {
    setSaving(true);
    setMessage(null);
    try {
      const record = await onRecord(kind);
      setMessage({
        ok: true,
        text: t('clock.saved', { kind: t(`clock.kind.${kind}`), time: time(record.at) }),
      });
    } catch {
      setMessage({ ok: false, text: t('clock.failed') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Section id="clock" title={t('clock.title')}>
      <p className="muted">{t('clock.explain')}</p>
      <p>
        {t('clock.forShift', {
          date: formatDate(shift.start, language, zone),
          start: time(shift.start),
          end: time(shift.end),
        })}
      </p>
      <p className="clock-state">
        <strong>
          {since === null || state === 'notStarted'
            ? t('clock.state.notStarted')
            : t(`clock.state.${state}`, { time: time(since) })}
        </strong>
      </p>
      <div className="clock-actions">
        {ACTIONS[state].map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === 'work-end' ? 'button button-secondary' : 'button'}
            disabled={saving}
            onClick={() => void handleRecord(kind)}
          >
            {t(`clock.action.${kind}`)}
          </button>
        ))}
      </div>
      <p role="status" className={message?.ok === false ? 'form-error' : undefined}>
        {message?.text ?? ''}
      </p>
      {sorted.length > 0 && (
        <>
          <h3>{t('clock.records')}</h3>
          <ol className="clock-records">
            {sorted.map((record) => (
              <li key={record.id}>
                {t('clock.record', { time: time(record.at), kind: t(`clock.kind.${record.kind}`) })}{' '}
                <span className="muted">({t(`clock.sync.${record.syncState}`)})</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
