import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Repositories } from '@/data/repositories';
import { formatDate, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';

export function EscalationList({ repositories }: { repositories: Repositories }) {
  const { t, i18n } = useTranslation(['escalation', 'common']);
  const escalations = useLiveQuery(() => repositories.escalations.list(), [repositories]);
  const language = i18n.language;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!escalations) return null;
  return (
    <Section id="my-escalations" title={t('mine')}>
      {escalations.length === 0 && <p>{t('none')}</p>}
      <ul className="list">
        {escalations.map((escalation) => (
          <li key={escalation.id}>
            <div className="row">
              <strong>{t(`category.${escalation.category}`)}</strong>
              <span
                className={escalation.syncState === 'pending' ? 'badge badge-warning' : 'badge'}
              >
                {t(`common:syncState.${escalation.syncState}`)}
              </span>
            </div>
            <p className="muted">
              {t('raisedAt', {
                time: `${formatDate(escalation.createdAt, language, zone)} ${formatTime(escalation.createdAt, language, zone)}`,
              })}
            </p>
            {escalation.description && <p>{escalation.description}</p>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
