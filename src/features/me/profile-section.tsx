import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { Section } from '@/ui/page';

export function ProfileSection({ today }: { today: string }) {
  const { t, i18n } = useTranslation('me');
  const repositories = useRepositories();
  const agent = useLiveQuery(
    async () => (await repositories.profile.findAgentContext(today)) ?? null,
    [repositories, today],
  );
  if (agent === undefined) return null;
  return (
    <Section id="profile" title={t('profile.title')}>
      {agent === null ? (
        <p>{t('profile.none')}</p>
      ) : (
        <dl>
          <dt className="visually-hidden">{t('profile.title')}</dt>
          <dd>
            <strong>{agent.profile.displayName}</strong>
          </dd>
          <dt>{t('profile.employeeNumber')}</dt>
          <dd>{agent.profile.employeeNumber}</dd>
          {agent.project && (
            <>
              <dt>{t('profile.project')}</dt>
              <dd>{pickText(agent.project.name, i18n.language)}</dd>
            </>
          )}
          <dt>{t('profile.level')}</dt>
          <dd>{t(`profile.levels.${agent.profile.level}`)}</dd>
          <dt>{t('profile.workPattern')}</dt>
          <dd>{t(`profile.patterns.${agent.profile.workPattern}`)}</dd>
        </dl>
      )}
    </Section>
  );
}
