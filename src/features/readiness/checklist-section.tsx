import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import { pickText } from '@/domain/localized-text';
import type { ReadinessChecklistItem } from '@/domain/policy/project-policy';
import { formatBytes } from '@/i18n/format';
import { Section } from '@/ui/page';

/** The agent's answer to one item so far: yes, no or not yet, and an optional photo. */
export interface ChecklistEntry {
  answer: boolean | null;
  photo: File | null;
}

export type ChecklistState = Readonly<Record<string, ChecklistEntry>>;

export const NO_ANSWER: ChecklistEntry = { answer: null, photo: null };

/**
 * The policy's checklist: each item answered yes or no (an item left unanswered is reported as
 * such), with a photo as evidence where the policy allows one.
 */
export function ChecklistSection({
  items,
  state,
  onChange,
  fileInputKey,
}: {
  items: readonly ReadinessChecklistItem[];
  state: ChecklistState;
  onChange: (itemId: string, entry: ChecklistEntry) => void;
  /** Changing it empties the file inputs (their value cannot be set). */
  fileInputKey: number;
}) {
  const { t, i18n } = useTranslation('readiness');
  const language = i18n.language;
  const size = formatBytes(MAX_ATTACHMENT_BYTES, language);
  return (
    <Section id="readiness-checklist" title={t('checklist.title')}>
      <p className="muted">{t('checklist.hint')}</p>
      {items.map((item) => {
        const label = pickText(item.label, language);
        const entry = state[item.id] ?? NO_ANSWER;
        const photoId = `readiness-photo-${item.id}`;
        return (
          <fieldset key={item.id} className="readiness-item">
            <legend>
              {label}{' '}
              <span className="muted">
                {item.isRequired ? t('checklist.required') : t('checklist.optional')}
              </span>
            </legend>
            <div className="readiness-answer">
              {([true, false] as const).map((value) => (
                <label key={String(value)} className="choice">
                  <input
                    type="radio"
                    name={`readiness-answer-${item.id}`}
                    checked={entry.answer === value}
                    onChange={() => onChange(item.id, { ...entry, answer: value })}
                  />
                  {value ? t('checks.figure.yes') : t('checks.figure.no')}
                </label>
              ))}
            </div>
            {item.allowsPhoto && (
              <div className="field">
                <label htmlFor={photoId}>{t('checklist.photo', { item: label })}</label>
                <input
                  key={fileInputKey}
                  id={photoId}
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  aria-describedby={`${photoId}-hint`}
                  onChange={(event) =>
                    onChange(item.id, { ...entry, photo: event.target.files?.[0] ?? null })
                  }
                />
                <p id={`${photoId}-hint`} className="muted">
                  {t('checklist.photoHint', { size })}
                </p>
              </div>
            )}
          </fieldset>
        );
      })}
    </Section>
  );
}
