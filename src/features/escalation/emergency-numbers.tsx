import { useTranslation } from 'react-i18next';

/**
 * Public emergency numbers of mainland China, shown the moment "safety emergency" is chosen and
 * before anything is sent: calling must never wait for a network or a form.
 */
export function EmergencyNumbers() {
  const { t } = useTranslation('escalation');
  return (
    <div className="notice notice-danger" role="alert">
      <h2>{t('emergency.title')}</h2>
      <p>{t('emergency.detail')}</p>
      <ul className="list">
        <li>
          <a className="button button-block" href="tel:110">
            {t('emergency.police')}
          </a>
        </li>
        <li>
          <a className="button button-block" href="tel:120">
            {t('emergency.ambulance')}
          </a>
        </li>
        <li>
          <a className="button button-block" href="tel:119">
            {t('emergency.fire')}
          </a>
        </li>
      </ul>
    </div>
  );
}
