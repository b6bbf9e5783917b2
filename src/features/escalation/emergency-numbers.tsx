import { useTranslation } from 'react-i18next';
import type { EmergencyContact } from '@/domain/escalation/escalation-routing';

/**
 * The numbers to call in a safety emergency (the project's own first, then the public numbers of
 * mainland China), shown the moment the category is chosen and before anything is sent: calling
 * must never wait for a network or a form.
 */
export function EmergencyNumbers({ contacts }: { contacts: readonly EmergencyContact[] }) {
  const { t } = useTranslation('escalation');
  return (
    <div className="notice notice-danger" role="alert">
      <h2>{t('emergency.title')}</h2>
      <p>{t('emergency.detail')}</p>
      <ul className="list">
        {contacts.map((contact) => (
          <li key={contact.number}>
            <a className="button button-block" href={`tel:${telNumber(contact.number)}`}>
              {t('emergency.call', {
                // The employer's labels are free text, shown as written.
                label:
                  contact.source === 'policy'
                    ? contact.label
                    : t(`emergency.service.${contact.label}`),
                number: contact.number,
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A `tel:` URI carries digits and a leading +; separators are for reading only (RFC 3966). */
function telNumber(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
