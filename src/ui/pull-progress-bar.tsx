import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';

/**
 * A download of many records (a first sync of a long history) as a progress bar named by what
 * it has done: determinate when the server estimates what remains, indeterminate otherwise.
 */
export function PullProgressBar({
  received,
  remaining,
}: {
  received: number;
  remaining?: number | undefined;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const total = remaining === undefined ? undefined : received + remaining;
  const label =
    total === undefined
      ? t('syncProgress.soFar', { count: received, received: formatNumber(received, language) })
      : t('syncProgress.ofAbout', {
          count: total,
          received: formatNumber(received, language),
          total: formatNumber(total, language),
        });
  return (
    <div className="pull-progress">
      <label htmlFor={id}>{label}</label>
      <progress
        id={id}
        value={total === undefined ? undefined : received}
        max={total}
        style={{ display: 'block', width: '100%' }}
      />
    </div>
  );
}
