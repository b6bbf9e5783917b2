import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Repositories } from '@/data/repositories';
import { Section } from '@/ui/page';
import { EscalationList } from './escalation-list';
import type { EscalationLinks } from './escalation-links';
import { deviceTimeZone } from '@/i18n/format';
import { useMinuteClock } from './use-minute-clock';

/** The agent's escalations with their response clocks, and the way to the printable record. */
export function MyEscalations({
  repositories,
  links,
}: {
  repositories: Repositories;
  links: Pick<EscalationLinks, 'escalation' | 'record'>;
}) {
  const { t } = useTranslation('escalation');
  const now = useMinuteClock();
  const data = useLiveQuery(async () => {
    const [escalations, responses] = await Promise.all([
      repositories.escalations.list(),
      repositories.escalations.listResponses(),
    ]);
    return { escalations, responses };
  }, [repositories]);
  if (!data) return null;
  return (
    <Section id="my-escalations" title={t('mine')}>
      <EscalationList
        escalations={data.escalations}
        responses={data.responses}
        now={now}
        timeZone={deviceTimeZone()}
        escalationHref={links.escalation}
      />
      {data.escalations.length > 0 && (
        <p className="record-link">
          <Link to={links.record()}>{t('record.link')}</Link>
        </p>
      )}
    </Section>
  );
}
