import { useTranslation } from 'react-i18next';

/**
 * Tells the agent a new version is waiting. Never reloads by itself: a silent reload could throw
 * away a half-filled form, so the agent chooses when.
 */
export function UpdateBanner({
  needRefresh,
  offlineReady,
  onReload,
  onDismiss,
}: {
  needRefresh: boolean;
  offlineReady: boolean;
  onReload: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="card update-prompt" role="status" aria-live="polite">
      {needRefresh ? (
        <>
          <p>
            <strong>{t('update.available')}</strong>
          </p>
          <p className="muted">{t('update.availableDetail')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onReload}>
              {t('update.reload')}
            </button>
            <button type="button" className="button button-secondary" onClick={onDismiss}>
              {t('update.later')}
            </button>
          </div>
        </>
      ) : (
        <div className="row">
          <p>{t('update.offlineReady')}</p>
          <button type="button" className="button button-secondary" onClick={onDismiss}>
            {t('update.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
