import { useTranslation } from 'react-i18next';
import type { ExamAttempt, ExamResult } from '@/domain/training/training';
import { formatPercent } from '@/i18n/format';

/**
 * One submitted attempt in a line: its score and verdict once graded, otherwise "submitted,
 * awaiting result" (a certification graded by the training centre) with whether it has left the
 * device; an attempt the server refused says so.
 */
export function AttemptStatus({
  attempt,
  result,
}: {
  attempt: ExamAttempt;
  result: ExamResult | undefined;
}) {
  const { t, i18n } = useTranslation('training');
  if (attempt.syncState === 'rejected') {
    return <p className="badge badge-warning">{t('result.sync.rejected')}</p>;
  }
  if (!result) {
    return (
      <p>
        <span className="badge">{t('result.awaiting')}</span>{' '}
        <span className="muted">{t(`result.sync.${attempt.syncState}`)}</span>
      </p>
    );
  }
  return (
    <p>
      <span className={`badge ${result.isPassed ? 'badge-ok' : 'badge-warning'}`}>
        {result.isPassed ? t('result.passed') : t('result.failed')}
      </span>{' '}
      {formatPercent(result.scorePercent / 100, i18n.language, 0)}
    </p>
  );
}
