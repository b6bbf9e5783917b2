import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessVerdict } from '@/domain/equipment/readiness-verdict';
import type { ReadinessChecklistItem } from '@/domain/policy/project-policy';
import { reasonText } from './describe-check';

/** Ready or not ready, in words and not only colour, with every reason and the notes. */
export function VerdictView({
  verdict,
  checklist,
}: {
  verdict: Pick<ReadinessVerdict, 'isReady' | 'reasons' | 'notes'>;
  checklist: readonly ReadinessChecklistItem[];
}) {
  const { t, i18n } = useTranslation('readiness');
  const language = i18n.language;
  const id = useId();
  return (
    <div
      className={verdict.isReady ? 'readiness-verdict' : 'readiness-verdict readiness-verdict-not'}
    >
      <p className="readiness-verdict-word">
        <strong>{verdict.isReady ? t('verdict.ready') : t('verdict.notReady')}</strong>
      </p>
      {verdict.isReady && <p>{t('verdict.readyDetail')}</p>}
      {verdict.reasons.length > 0 && (
        <>
          <h3 id={`${id}-reasons`}>{t('verdict.reasons')}</h3>
          <ul aria-labelledby={`${id}-reasons`}>
            {verdict.reasons.map((reason, index) => (
              <li key={index}>{reasonText(reason, checklist, t, language)}</li>
            ))}
          </ul>
        </>
      )}
      {verdict.notes.length > 0 && (
        <>
          <h3 id={`${id}-notes`}>{t('verdict.notes')}</h3>
          <ul aria-labelledby={`${id}-notes`}>
            {verdict.notes.map((reason, index) => (
              <li key={index}>{reasonText(reason, checklist, t, language)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
