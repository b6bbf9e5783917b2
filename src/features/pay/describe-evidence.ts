/**
 * The agent's records behind a line, and the rule a line follows, in words. KPI days are
 * summarised (a month has twenty of them); shifts and leave are listed one by one.
 */
import type { TFunction } from 'i18next';
import { pickText } from '@/domain/localized-text';
import type { RecordEvidence } from '@/domain/pay/pay-inputs-from-records';
import { isStandardRule } from '@/domain/pay/reconcile-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { formatDay, formatDurationMinutes } from '@/i18n/format';
import { formatQuantity, formatScore } from './describe-reconciliation';

type T = TFunction<'pay'>;

/** The published text of a policy rule, or a translated description of a standard rule. */
export function ruleText(
  rule: string | null,
  policy: ProjectPolicy | null,
  t: T,
  language: string,
): string {
  if (rule === null) return t('detail.noRule');
  if (isStandardRule(rule)) return t(`rule.${rule}`);
  const [prefix, id] = rule.split(/:(.*)/s);
  const published =
    prefix === 'reward'
      ? policy?.payRules.rewards.find((reward) => reward.id === id)
      : prefix === 'penalty'
        ? policy?.payRules.penalties.find((penalty) => penalty.id === id)
        : prefix === 'per-result'
          ? policy?.payRules.hourly?.perResult.find((rate) => rate.id === id)
          : undefined;
  return published ? pickText(published.text, language) : t('rule.unknown', { rule });
}

function quantityOf(evidence: RecordEvidence, language: string): string {
  if (evidence.unit === 'minutes') return formatDurationMinutes(evidence.quantity, language);
  if (evidence.unit === 'days') return formatQuantity(evidence.quantity, 'days', language);
  return formatQuantity(evidence.quantity, 'count', language);
}

/**
 * One sentence per record ("Shift on Sat, Oct 3: 2 hr, from your clock records"), KPI days as
 * one summary with the score they give.
 */
export function describeEvidence(
  evidence: readonly RecordEvidence[],
  assessmentScore: number | null,
  t: T,
  language: string,
): string[] {
  const kpiDays = evidence.filter((entry) => entry.table === 'kpiDaily').map((entry) => entry.day);
  const sentences = evidence
    .filter((entry) => entry.table !== 'kpiDaily')
    .map((entry) => {
      const day = formatDay(entry.day, language);
      const quantity = quantityOf(entry, language);
      if (entry.table === 'shifts') {
        if (entry.timeSource === 'clock') return t('evidence.shiftClock', { day, quantity });
        if (entry.timeSource === 'schedule') return t('evidence.shiftSchedule', { day, quantity });
        return t('evidence.shift', { day, quantity });
      }
      if (entry.table === 'leaveRequests') return t('evidence.leave', { day, quantity });
      return t('evidence.shift', { day, quantity });
    });
  if (kpiDays.length > 0) {
    const sorted = [...kpiDays].sort();
    const range = {
      count: kpiDays.length,
      from: formatDay(sorted[0] ?? '', language),
      to: formatDay(sorted.at(-1) ?? '', language),
    };
    sentences.push(
      assessmentScore === null
        ? t('evidence.kpiNoScore', range)
        : t('evidence.kpi', { ...range, score: formatScore(assessmentScore, language) }),
    );
  }
  return sentences;
}

/** The sentences as one list in the language's own way ("a, b and c" / "a、b和c"). */
export function joinSentences(sentences: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(sentences);
}
