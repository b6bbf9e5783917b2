import { useTranslation } from 'react-i18next';
import { pickText } from '@/domain/localized-text';
import type { Exam, ExamAttempt, ExamResult } from '@/domain/training/training';
import { deviceTimeZone, formatDate, formatPercent, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';
import { AttemptReview } from './attempt-review';

/**
 * A submitted attempt's result: the stored one (synced, or graded on the device in the local
 * mode), the device's own grade of a practice exam, or "submitted, awaiting result" for a
 * certification whose key stays with the training centre.
 */
export function AttemptResult({
  exam,
  attempt,
  result,
  isKeyWithheld,
}: {
  /** As the attempt presented it. */
  exam: Exam;
  attempt: ExamAttempt;
  /** The stored result, or the device's own grade of a practice exam (the repository's). */
  result: ExamResult | undefined;
  /** The device has no key: the training centre grades it. */
  isKeyWithheld: boolean;
}) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language;
  const zone = deviceTimeZone();
  const shown = attempt.syncState === 'rejected' ? undefined : result;
  const submittedAt = attempt.submittedAt;
  return (
    <>
      <Section id="result" title={t('result.title')}>
        {submittedAt && (
          <p className="muted">
            {t('result.submittedAt', {
              time: `${formatDate(submittedAt, language, zone)} ${formatTime(submittedAt, language, zone)}`,
            })}{' '}
            · {t(`result.sync.${attempt.syncState}`)}
          </p>
        )}
        {attempt.syncState === 'rejected' ? (
          <p className="notice notice-warning" role="alert">
            {t('result.rejected')}
          </p>
        ) : !shown ? (
          <div role="status">
            <p>
              <strong>{t('result.awaiting')}</strong>
            </p>
            <p>{t(isKeyWithheld ? 'result.awaitingExplain' : 'result.awaitingSync')}</p>
          </div>
        ) : (
          <>
            <p role="status">
              <span className={`badge ${shown.isPassed ? 'badge-ok' : 'badge-warning'}`}>
                {shown.isPassed ? t('result.passed') : t('result.failed')}
              </span>
            </p>
            <dl className="stat-grid">
              <div>
                <dt>{t('result.score')}</dt>
                <dd>{formatPercent(shown.scorePercent / 100, language, 0)}</dd>
              </div>
              <div>
                <dt>{t('result.passMark')}</dt>
                <dd>{formatPercent(exam.passPercent / 100, language, 0)}</dd>
              </div>
            </dl>
            <p className="muted">{t(`result.gradedBy.${shown.gradedBy}`)}</p>
            {exam.kind === 'certification' && shown.isPassed && (
              <p>{t('result.certificate', { exam: pickText(exam.title, language) })}</p>
            )}
          </>
        )}
      </Section>
      {shown && <AttemptReview exam={exam} attempt={attempt} result={shown} />}
    </>
  );
}
