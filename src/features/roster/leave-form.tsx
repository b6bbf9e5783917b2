import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredPayRecords } from '@/data/pay-records';
import type { LeaveDraft } from '@/data/roster-repository';
import type { LeaveKind } from '@/domain/roster/shift';
import { formatDay } from '@/i18n/format';
import { Section } from '@/ui/page';
import { isDay } from './calendar-days';
import { checkLeaveDays, type LeaveProblem } from './leave-checks';
import { LeavePayPreview } from './leave-pay-preview';

const KINDS: readonly LeaveKind[] = ['personal', 'sick', 'annual'];

/**
 * The leave request form: kind, days and a note, the pay effect of the chosen days before
 * sending, and the checks (no day, a past day, a day already requested) that keep a bad request
 * from being saved at all.
 */
export function LeaveForm({
  today,
  requestedDays,
  records,
  onSend,
}: {
  today: string;
  /** Days already in a pending or approved request. */
  requestedDays: ReadonlySet<string>;
  records: StoredPayRecords | undefined;
  onSend: (draft: LeaveDraft) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const [kind, setKind] = useState<LeaveKind>('personal');
  const [days, setDays] = useState<string[]>([]);
  const [dayInput, setDayInput] = useState('');
  const [note, setNote] = useState('');
  const [hasTriedToSend, setHasTriedToSend] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const problemsRef = useRef<HTMLDivElement>(null);

  const problems = checkLeaveDays(days, today, requestedDays);
  const problemDays = new Set(
    problems.flatMap((problem) => ('day' in problem ? [problem.day] : [])),
  );
  const previewDays = days.filter((day) => !problemDays.has(day));
  const shownProblems = hasTriedToSend ? problems : [];

  function problemText(problem: LeaveProblem): string {
    if (problem.code === 'leave/no-days') return t('leave.problem.noDays');
    const date = formatDay(problem.day, language);
    return problem.code === 'leave/past-day'
      ? t('leave.problem.pastDay', { date })
      : t('leave.problem.alreadyRequested', { date });
  }

  function handleAddDay() {
    if (!isDay(dayInput)) return;
    setDays((current) => (current.includes(dayInput) ? current : [...current, dayInput].sort()));
    setDayInput('');
    setSavedCount(0);
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (problems.length > 0) {
      setHasTriedToSend(true);
      problemsRef.current?.focus();
      return;
    }
    setIsSaving(true);
    try {
      await onSend({ kind, days, note: note.trim() });
      setDays([]);
      setNote('');
      setHasTriedToSend(false);
      setSavedCount((count) => count + 1);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Section id="leave-form" title={t('leave.formTitle')}>
      <form className="roster-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <fieldset>
          <legend>{t('leave.kindLabel')}</legend>
          {KINDS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="leave-kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {t(`leave.kind.${option}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'sick' && <p className="notice">{t('leave.sickCertificate')}</p>}

        <div className="roster-add-day">
          <div className="field">
            <label htmlFor="leave-day">{t('leave.dayLabel')}</label>
            <input
              id="leave-day"
              type="date"
              min={today}
              value={dayInput}
              onChange={(event) => setDayInput(event.target.value)}
            />
          </div>
          <button
            type="button"
            className="button button-secondary roster-add-day-button"
            onClick={handleAddDay}
          >
            {t('leave.addDay')}
          </button>
        </div>
        {days.length > 0 && (
          <ul className="roster-days-chosen" aria-label={t('leave.chosenDays')}>
            {days.map((day) => (
              <li key={day}>
                <span>
                  {formatDay(day, language)}
                  {problemDays.has(day) && (
                    <span className="form-error"> {t('leave.problem.short')}</span>
                  )}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t('leave.removeDay', { date: formatDay(day, language) })}
                  onClick={() => setDays((current) => current.filter((entry) => entry !== day))}
                >
                  {t('leave.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}

        <div className="field">
          <label htmlFor="leave-note">{t('leave.noteLabel')}</label>
          <textarea
            id="leave-note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>

        <div className="roster-effect" aria-live="polite">
          <h3>{t('leave.effect.title')}</h3>
          <LeavePayPreview kind={kind} days={previewDays} records={records} />
        </div>

        <div ref={problemsRef} tabIndex={-1} role="alert">
          {shownProblems.length > 0 && (
            <>
              <p className="form-error">{t('leave.problem.notSent')}</p>
              <ul>
                {shownProblems.map((problem) => (
                  <li
                    key={problem.code + ('day' in problem ? problem.day : '')}
                    className="form-error"
                  >
                    {problemText(problem)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        <button type="submit" className="button button-block" disabled={isSaving}>
          {t('leave.send')}
        </button>
        <p role="status">{savedCount > 0 && t('leave.saved')}</p>
      </form>
    </Section>
  );
}
