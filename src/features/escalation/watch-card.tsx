import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Escalation } from '@/domain/escalation/escalation';
import type { WatchFinding } from '@/domain/escalation/watch-after-escalation';
import type { EscalationCategory } from '@/domain/policy/project-policy';
import type { Shift } from '@/domain/roster/shift';
import { Section } from '@/ui/page';
import type { PayLineInContext } from './context-records';
import { describeFinding } from './describe-finding';
import type { EscalationLinks } from './escalation-links';
import { WatchEvidence } from './watch-evidence';

export interface WatchCardProps {
  findings: readonly WatchFinding[];
  escalations: readonly Pick<Escalation, 'id' | 'createdAt'>[];
  /** The project's zone, in which the findings' days and months were counted. */
  timeZone: string;
  /** The records the findings' evidence ids point at. */
  shifts: ReadonlyMap<string, Shift>;
  payLines: ReadonlyMap<string, PayLineInContext>;
  links: Pick<EscalationLinks, 'roster' | 'kpis' | 'payLine'>;
  onRaise: (category: EscalationCategory, description: string) => void;
}

/**
 * Watch after escalating (issue #4): sudden changes in the weeks after an escalation, with the
 * figures and the records behind them, each one tap from being raised. Renders nothing when there
 * is nothing to point out.
 */
export function WatchCard({ findings, escalations, ...rest }: WatchCardProps) {
  const { t } = useTranslation('escalation');
  if (findings.length === 0) return null;
  const raisedAt = new Map(escalations.map((escalation) => [escalation.id, escalation.createdAt]));
  return (
    <Section id="watch" title={t('watch.title')}>
      <p>{t('watch.intro')}</p>
      <ul className="list">
        {findings.map((finding, index) => (
          <WatchFindingItem
            key={`${finding.escalationId}-${finding.kind}-${index}`}
            finding={finding}
            raisedAt={raisedAt.get(finding.escalationId) ?? ''}
            {...rest}
          />
        ))}
      </ul>
    </Section>
  );
}

function WatchFindingItem({
  finding,
  raisedAt,
  timeZone,
  shifts,
  payLines,
  links,
  onRaise,
}: Omit<WatchCardProps, 'findings' | 'escalations'> & { finding: WatchFinding; raisedAt: string }) {
  const { t, i18n } = useTranslation('escalation');
  const titleId = useId();
  if (!raisedAt) return null;
  const text = describeFinding(finding, raisedAt, t, i18n.language, timeZone);
  return (
    <li>
      <article className="watch-finding" aria-labelledby={titleId}>
        <h3 id={titleId}>{text.title}</h3>
        <p className="muted">{text.since}</p>
        <dl className="watch-figures">
          <div>
            <dt>{t('watch.before')}</dt>
            <dd>{text.before.figure}</dd>
            <dd className="muted">{text.before.period}</dd>
          </div>
          <div>
            <dt>{t('watch.after')}</dt>
            <dd>{text.after.figure}</dd>
            <dd className="muted">{text.after.period}</dd>
          </div>
        </dl>
        <WatchEvidence finding={finding} shifts={shifts} payLines={payLines} links={links} />
        <button
          type="button"
          className="button button-block"
          aria-describedby={titleId}
          onClick={() => onRaise(text.category, text.description)}
        >
          {t('watch.raise')}
        </button>
      </article>
    </li>
  );
}
