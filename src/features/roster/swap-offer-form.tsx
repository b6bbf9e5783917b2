import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '@/domain/roster/shift';
import { formatDate } from '@/i18n/format';
import { Section } from '@/ui/page';
import { segmentTimes, shiftKindOf } from './shift-text';

/** The label of a shift in the offer list: "Night shift, Thu, Nov 26, 22:00 – 07:00". */
export function useShiftLabel(timeZone: string) {
  const { t, i18n } = useTranslation('roster');
  return (shift: Shift) =>
    t('swap.shiftOption', {
      kind: t(`kind.${shiftKindOf(shift)}`),
      date: formatDate(shift.start, i18n.language, timeZone),
      times: segmentTimes(shift, t, i18n.language, timeZone)
        .map((time) => time.text)
        .join(', '),
    });
}

/** Offering one of the agent's upcoming shifts to colleagues, with a note. */
export function SwapOfferForm({
  shifts,
  timeZone,
  onOffer,
}: {
  /** Upcoming shifts not already offered. */
  shifts: readonly Shift[];
  timeZone: string;
  onOffer: (shiftId: string, note: string) => Promise<void>;
}) {
  const { t } = useTranslation('roster');
  const labelOf = useShiftLabel(timeZone);
  const [shiftId, setShiftId] = useState('');
  const [note, setNote] = useState('');
  const [hasTriedToSend, setHasTriedToSend] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const chosen = shifts.find((shift) => shift.id === shiftId);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setHasTriedToSend(true);
      return;
    }
    setIsSaving(true);
    try {
      await onOffer(chosen.id, note.trim());
      setShiftId('');
      setNote('');
      setHasTriedToSend(false);
      setSavedCount((count) => count + 1);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Section id="swap-offer" title={t('swap.offerTitle')}>
      {shifts.length === 0 ? (
        <p>{t('swap.noShiftsToOffer')}</p>
      ) : (
        <form className="roster-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
          <div className="field">
            <label htmlFor="swap-shift">{t('swap.shiftLabel')}</label>
            <select
              id="swap-shift"
              value={shiftId}
              aria-invalid={hasTriedToSend && !chosen}
              aria-describedby={hasTriedToSend && !chosen ? 'swap-shift-error' : undefined}
              onChange={(event) => setShiftId(event.target.value)}
            >
              <option value="">{t('swap.choose')}</option>
              {shifts.map((shift) => (
                <option key={shift.id} value={shift.id}>
                  {labelOf(shift)}
                </option>
              ))}
            </select>
            {hasTriedToSend && !chosen && (
              <p id="swap-shift-error" role="alert" className="form-error">
                {t('swap.problem.noShift')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="swap-note">{t('swap.noteLabel')}</label>
            <textarea
              id="swap-note"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-block" disabled={isSaving}>
            {t('swap.offer')}
          </button>
        </form>
      )}
      <p role="status">{savedCount > 0 && t('swap.saved')}</p>
    </Section>
  );
}
