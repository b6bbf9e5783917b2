import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Escalation, EscalationSeverity } from '@/domain/escalation/escalation';
import type { EmergencyContact } from '@/domain/escalation/escalation-routing';
import { ESCALATION_CATEGORIES, type EscalationCategory } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { AttachedContext } from './attached-context';
import type { PayLineInContext } from './context-records';
import { EmergencyNumbers } from './emergency-numbers';
import { RaisedReceipt } from './raised-receipt';
import type { EscalationDraft } from './use-raise-escalation';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'missing-category';

const SEVERITIES: readonly EscalationSeverity[] = ['normal', 'high'];

/** A safety emergency is urgent unless the agent says otherwise; everything else starts normal. */
function defaultSeverity(category: EscalationCategory | null): EscalationSeverity {
  return category === 'safety-emergency' ? 'high' : 'normal';
}

export interface EscalationFormProps {
  /** Prefilled by a pay line's "Dispute this line" or a watch finding's "Raise this". */
  initialCategory: EscalationCategory | null;
  initialDescription: string;
  emergencyContacts: readonly EmergencyContact[];
  /** What will be attached (the current shift; the pay line, to a pay dispute), shown above Send. */
  shift: Shift | null;
  payLine: PayLineInContext | null;
  /** Resolves with the saved escalation once it is on the device. */
  onSubmit: (draft: EscalationDraft) => Promise<Escalation>;
  escalationHref: (escalationId: string) => string;
}

/**
 * Two taps: a category, then Send; the rest is optional. Reports "saved" only once `onSubmit`
 * resolves, then shows where the escalation goes. Emergency numbers appear as soon as a safety
 * emergency is chosen and stay after it is sent.
 */
export function EscalationForm({
  initialCategory,
  initialDescription,
  emergencyContacts,
  shift,
  payLine,
  onSubmit,
  escalationHref,
}: EscalationFormProps) {
  const { t } = useTranslation('escalation');
  const [category, setCategory] = useState<EscalationCategory | null>(initialCategory);
  const [description, setDescription] = useState(initialDescription);
  const [caseReference, setCaseReference] = useState('');
  const [chosenSeverity, setChosenSeverity] = useState<EscalationSeverity | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [saved, setSaved] = useState<Escalation | null>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const severity = chosenSeverity ?? defaultSeverity(category);

  // "Raise this" prefilled a description: put the agent where they can read it and send.
  const hasPrefill = initialDescription !== '';
  useEffect(() => {
    if (hasPrefill) descriptionRef.current?.focus();
  }, [hasPrefill]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!category) {
      setState('missing-category');
      return;
    }
    setState('saving');
    try {
      const escalation = await onSubmit({
        category,
        description: description.trim(),
        caseReference: caseReference.trim(),
        severity,
      });
      setSaved(escalation);
      setState('saved');
      setCategory(null);
      setDescription('');
      setCaseReference('');
      setChosenSeverity(null);
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
  const showNumbers =
    category === 'safety-emergency' ||
    (category === null && saved?.category === 'safety-emergency');

  return (
    <form onSubmit={handleSubmit} noValidate className="escalation-form">
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
      {showNumbers && <EmergencyNumbers contacts={emergencyContacts} />}
      <div className="field">
        <label htmlFor="escalation-description">{t('description')}</label>
        <textarea
          id="escalation-description"
          ref={descriptionRef}
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
      <fieldset className="severity">
        <legend>{t('severity.legend')}</legend>
        {SEVERITIES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="severity"
              value={option}
              checked={severity === option}
              onChange={() => setChosenSeverity(option)}
            />
            {t(`severity.${option}`)}
          </label>
        ))}
      </fieldset>
      <AttachedContext
        caption={t('attached.title')}
        shift={shift}
        payLine={category === 'pay-dispute' ? payLine : null}
      />
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
      {state === 'saved' && saved && (
        <RaisedReceipt escalation={saved} href={escalationHref(saved.id)} />
      )}
    </form>
  );
}
