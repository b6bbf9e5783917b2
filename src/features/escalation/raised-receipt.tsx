import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Escalation } from '@/domain/escalation/escalation';
import { RoutingSummary } from './routing-summary';

/** Shown once an escalation is saved: where it goes, the promised response, and how to follow it. */
export function RaisedReceipt({ escalation, href }: { escalation: Escalation; href: string }) {
  const { t } = useTranslation('escalation');
  return (
    <section className="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">{t('receipt.title')}</h2>
      <RoutingSummary routing={escalation.routing} />
      <Link className="button button-secondary button-block" to={href}>
        {t('receipt.follow')}
      </Link>
    </section>
  );
}
