import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_CATEGORIES, type EscalationCategory } from '@/domain/policy/project-policy';
import { EmergencyNumbers } from './emergency-numbers';

export interface EscalationDraft {
  category: EscalationCategory;
  description: string;
  caseReference: string;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'missing-category';

/** Category, then send; the rest is optional. Reports "saved" only once `onSubmit` resolves. */
export function EscalationForm({
  onSubmit,
}: {
  onSubmit: (draft: EscalationDraft) => Promise<void>;
}) {
  const { t } = useTranslation('escalation');
  const [category, setCategory] = useState<EscalationCategory | null>(null);
  const [description, setDescription] = useState('');
  const [caseReference, setCaseReference] = useState('');
  const [state, setState] = useState<SaveState>('idle');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!category) {
      setState('missing-category');
      return;
    }
    setState('saving');
    try {
      await onSubmit({
        category,
        description: description.trim(),
        caseReference: caseReference.trim(),
      });
      setState('saved');
      setCategory(null);
      setDescription('');
      setCaseReference('');
    } catch {
      setState('failed');
    }
  }

  const message = {
    idle: '',
    saving: t('sending'),
    saved: t('saved'),
    failed: t('failed'),
    'missing-category': t('chooseCategory'),
  }[state];

  return (
    <form onSubmit={handleSubmit} noValidate>
      <fieldset>
        <legend>{t('category.legend')}</legend>
        {ESCALATION_CATEGORIES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="category"
              value={option}
              checked={category === option}
              onChange={() => setCategory(option)}
            />
            {t(`category.${option}`)}
          </label>
        ))}
      </fieldset>
      {category === 'safety-emergency' && <EmergencyNumbers />}
      <div className="field">
        <label htmlFor="escalation-description">{t('description')}</label>
        <textarea
          id="escalation-description"
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="escalation-case">{t('caseReference')}</label>
        <input
          id="escalation-case"
          type="text"
          maxLength={120}
          value={caseReference}
          onChange={(event) => setCaseReference(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button-danger button-block"
        disabled={state === 'saving'}
      >
        {t('send')}
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
