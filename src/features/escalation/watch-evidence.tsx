import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WatchFinding } from '@/domain/escalation/watch-after-escalation';
import type { Shift } from '@/domain/roster/shift';
import { formatDate, formatMonth, formatTime } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import type { PayLineInContext } from './context-records';
import type { EscalationLinks } from './escalation-links';
import { displayedLineKind } from '@/domain/pay/pay-statement';

interface WatchEvidenceProps {
  finding: WatchFinding;
  shifts: ReadonlyMap<string, Shift>;
  payLines: ReadonlyMap<string, PayLineInContext>;
  links: Pick<EscalationLinks, 'roster' | 'kpis' | 'payLine'>;
}

/** The records behind a finding: the shifts on each side, the penalty lines, or the KPI days. */
export function WatchEvidence({ finding, shifts, payLines, links }: WatchEvidenceProps) {
  const { t } = useTranslation('escalation');
  if (finding.kind === 'kpi-drop') {
    return (
      <p>
        <Link to={links.kpis()}>{t('watch.evidence.kpis')}</Link>
      </p>
    );
  }
  const sides = [
    { label: t('watch.before'), ids: finding.evidence.before },
    { label: t('watch.after'), ids: finding.evidence.after },
  ];
  return (
    <details className="watch-evidence">
      <summary>{t('watch.evidence.title')}</summary>
      {sides.map(({ label, ids }) => (
        <div key={label}>
          <h4>{label}</h4>
          {ids.length === 0 ? (
            <p className="muted">{t('watch.evidence.none')}</p>
          ) : (
            <ul className="evidence-list">
              {finding.kind === 'new-penalties'
                ? ids.map((id) => (
                    <PenaltyEvidence key={id} entry={payLines.get(id)} links={links} />
                  ))
                : ids.map((id) => <ShiftEvidence key={id} shift={shifts.get(id)} />)}
            </ul>
          )}
        </div>
      ))}
      {finding.kind !== 'new-penalties' && (
        <p>
          <Link to={links.roster()}>{t('watch.evidence.roster')}</Link>
        </p>
      )}
    </details>
  );
}

function ShiftEvidence({ shift }: { shift: Shift | undefined }) {
  const { t, i18n } = useTranslation('escalation');
  if (!shift) return null;
  const language = i18n.language;
  return (
    <li>
      {t('attached.shiftTime', {
        day: formatDate(shift.start, language, shift.timeZone),
        start: formatTime(shift.start, language, shift.timeZone),
        end: formatTime(shift.end, language, shift.timeZone),
      })}
      {shift.status === 'cancelled' && (
        <>
          {' '}
          <span className="badge badge-warning">{t('watch.evidence.cancelled')}</span>
        </>
      )}
    </li>
  );
}

function PenaltyEvidence({
  entry,
  links,
}: {
  entry: PayLineInContext | undefined;
  links: Pick<EscalationLinks, 'payLine'>;
}) {
  const { t, i18n } = useTranslation('escalation');
  if (!entry) return null;
  const { statement, line } = entry;
  return (
    <li>
      <Link className="evidence-link" to={links.payLine(statement.id, line.id)}>
        {t('attached.payLineOf', {
          line: t(`payLine.${displayedLineKind(line.kind)}`),
          month: formatMonth(statement.period, i18n.language),
        })}{' '}
        <MoneyText amount={line.amount} />
      </Link>
      {line.description && <span className="muted"> · {line.description}</span>}
    </li>
  );
}
