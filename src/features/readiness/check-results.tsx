import { useTranslation } from 'react-i18next';
import { groupOf, isReadinessCheckItem, type CheckGroup } from '@/domain/equipment/readiness-items';
import type { ReadinessCheck } from '@/domain/equipment/readiness-report';
import type { JudgedCheck } from '@/domain/equipment/readiness-verdict';
import { checkFigure, checkLimit, checkName, detailText } from './describe-check';

/** A check as judged now, or as a stored report holds it (without limit and cause). */
export type ShownCheck = ReadinessCheck &
  Partial<Pick<JudgedCheck, 'limit' | 'limitKind' | 'detail' | 'isEvidenceOnly'>>;

const GROUPS: readonly CheckGroup[] = ['network', 'microphone', 'speaker', 'device'];

const BADGE: Record<ReadinessCheck['outcome'], string> = {
  pass: 'badge badge-ok',
  fail: 'badge badge-danger',
  'cannot-check': 'badge badge-warning',
};

function CheckLine({ check }: { check: ShownCheck }) {
  const { t, i18n } = useTranslation('readiness');
  const language = i18n.language;
  const figure = checkFigure(check.item, check.measured, t, language);
  const limit =
    isReadinessCheckItem(check.item) && check.limit !== undefined && check.limitKind !== undefined
      ? checkLimit(check.item, check.limit, check.limitKind, t, language)
      : null;
  // A figure judged against no limit (the screen's size, whether it charges) is evidence only.
  const isRecordOnly = check.outcome === 'pass' && check.isEvidenceOnly === true;
  // A stored report keeps no cause: its badge alone says the check could not be made.
  const detail = check.detail ?? null;
  return (
    <li className="readiness-check">
      <span className="row">
        <span>{checkName(check.item, t)}</span>
        {isRecordOnly ? (
          <span className="badge">{t('checks.recorded')}</span>
        ) : (
          <span className={BADGE[check.outcome]}>{t(`checks.outcome.${check.outcome}`)}</span>
        )}
      </span>
      {(figure !== null || limit !== null || detail !== null) && (
        <span className="readiness-check-figure">
          {figure !== null && <strong>{figure}</strong>}
          {limit !== null && <span className="muted"> ({limit})</span>}
          {detail !== null && <span> {detailText(detail, t)}</span>}
        </span>
      )}
    </li>
  );
}

/**
 * Every automatic check with its plain result and the figure measured, grouped as the agent
 * thinks of them (network, microphone, speaker, device). A check the browser could not perform
 * says so.
 */
export function CheckResults({ checks }: { checks: readonly ShownCheck[] }) {
  const { t } = useTranslation('readiness');
  const known = checks.filter((check) => isReadinessCheckItem(check.item));
  const unknown = checks.filter((check) => !isReadinessCheckItem(check.item));
  return (
    <div className="readiness-results">
      {GROUPS.map((group) => {
        const inGroup = known.filter(
          (check) => isReadinessCheckItem(check.item) && groupOf(check.item) === group,
        );
        if (inGroup.length === 0) return null;
        const headingId = `readiness-group-${group}`;
        return (
          <div key={group}>
            <h3 id={headingId}>{t(`checks.group.${group}`)}</h3>
            <ul className="list" aria-labelledby={headingId}>
              {inGroup.map((check) => (
                <CheckLine key={check.item} check={check} />
              ))}
            </ul>
          </div>
        );
      })}
      {unknown.length > 0 && (
        <ul className="list">
          {unknown.map((check) => (
            <CheckLine key={check.item} check={check} />
          ))}
        </ul>
      )}
    </div>
  );
}
