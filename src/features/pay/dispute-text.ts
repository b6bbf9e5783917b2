import type { TFunction } from 'i18next';
import type { ReconciliationEntry } from '@/domain/pay/reconcile-statement';
import { formatMoney, formatMonth } from '@/i18n/format';
import { describeEvidence, joinSentences } from './describe-evidence';
import { describeCheck, lineName } from './describe-reconciliation';

/**
 * The description a "Dispute this line" link prefills, in the active language: the statement's
 * month, the line, both amounts, what the check found and the records behind it.
 */
export function disputeText(
  period: string,
  entry: ReconciliationEntry,
  assessmentScore: number | null,
  t: TFunction<'pay'>,
  language: string,
): string {
  const kind = entry.issued?.kind ?? entry.expected?.kind ?? 'unknown';
  const { headline, explanation } = describeCheck(entry, t, language);
  const evidence = describeEvidence(entry.evidence, assessmentScore, t, language);
  return t('disputeText', {
    line: lineName(kind, t),
    month: formatMonth(period, language),
    issued: entry.issued ? formatMoney(entry.issued.amount, language) : t('figures.none'),
    expected: entry.expected
      ? formatMoney(entry.expected.amount, language)
      : t('figures.notComputed'),
    check: explanation ?? headline,
    evidence: evidence.length > 0 ? joinSentences(evidence, language) : t('evidence.none'),
  });
}
