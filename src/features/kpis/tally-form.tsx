import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TALLY_COUNTS, type TallyCount } from '@/domain/kpi/kpi-records';
import { validateTally, type TallyDraft, type TallyIssue } from '@/domain/kpi/kpi-tally';
import { Section } from '@/ui/page';
import { tallyIssueText } from './tally-issue-text';

/** A count as typed: empty is "not counted", anything else a number (NaN when it is not one). */
function readCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const EMPTY_COUNTS = Object.fromEntries(TALLY_COUNTS.map((count) => [count, ''])) as Record<
  TallyCount,
  string
>;

/**
 * The agent's own counts for a day. Bad input (a future day, no count, a negative or fractional
 * count, more connects than dials) is listed in words and nothing is stored.
 */
export function TallyForm({
  today,
  onSave,
}: {
  today: string;
  /** Stores the tally; rejects with the issues when the repository refuses it. */
  onSave: (draft: TallyDraft) => Promise<TallyIssue[]>;
}) {
  const { t } = useTranslation('kpis');
  const [day, setDay] = useState(today);
  const [counts, setCounts] = useState(EMPTY_COUNTS);
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<TallyIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const problemsRef = useRef<HTMLDivElement>(null);

  const draft: TallyDraft = {
    day,
    note: note.trim(),
    counts: Object.fromEntries(
      TALLY_COUNTS.flatMap((count) => {
        const value = readCount(counts[count]);
        return value === undefined ? [] : [[count, value]];
      }),
    ),
  };
  const badCounts = new Set(issues.flatMap((issue) => ('count' in issue ? [issue.count] : [])));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSavedCount(0);
    const found = validateTally(draft, today);
    if (found.length > 0) {
      setIssues(found);
      problemsRef.current?.focus();
      return;
    }
    setIsSaving(true);
    try {
      const refused = await onSave(draft);
      setIssues(refused);
      if (refused.length > 0) {
        problemsRef.current?.focus();
        return;
      }
      setCounts(EMPTY_COUNTS);
      setNote('');
      setSavedCount((count) => count + 1);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Section id="kpi-tally-form" title={t('tally.formTitle')}>
      <form className="kpi-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <label htmlFor="kpi-tally-day">{t('tally.day')}</label>
          <input
            id="kpi-tally-day"
            type="date"
            max={today}
            value={day}
            aria-invalid={issues.some((issue) => issue.code.endsWith('-day'))}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        {TALLY_COUNTS.map((count) => (
          <div className="field" key={count}>
            <label htmlFor={`kpi-tally-${count}`}>{t(`tally.count.${count}`)}</label>
            <input
              id={`kpi-tally-${count}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={counts[count]}
              aria-invalid={badCounts.has(count)}
              onChange={(event) => setCounts({ ...counts, [count]: event.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="kpi-tally-note">{t('tally.note')}</label>
          <textarea
            id="kpi-tally-note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div ref={problemsRef} tabIndex={-1} role="alert">
          {issues.length > 0 && (
            <>
              <p className="form-error">{t('tally.notSaved')}</p>
              <ul>
                {issues.map((issue) => (
                  <li key={JSON.stringify(issue)} className="form-error">
                    {tallyIssueText(issue, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <button type="submit" className="button button-block" disabled={isSaving}>
          {t('tally.save')}
        </button>
        <p role="status">{savedCount > 0 && t('tally.saved')}</p>
      </form>
    </Section>
  );
}
