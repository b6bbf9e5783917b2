/**
 * The pay domain's codes in words: one table per kind of code (statement and policy problems,
 * causes of a difference, reasons a line cannot be checked), so a new code fails the typecheck
 * until it has a sentence. Every number and amount goes through Intl in the active language.
 */
import type { TFunction } from 'i18next';
import type { Fen } from '@/domain/money';
import type { PayPolicyIssue } from '@/domain/pay/policy-checks';
import type {
  DifferenceCause,
  LineCheck,
  ReconciliationEntry,
  ReconciliationIssue,
  UnverifiableReason,
} from '@/domain/pay/reconcile-statement';
import { isKnownPayLineKind, type PayStatementLine } from '@/domain/pay/pay-statement';
import { formatMoney, formatNumber, formatPercent } from '@/i18n/format';

type T = TFunction<'pay'>;

const unitFormatters = new Map<string, Intl.NumberFormat>();

/** "10 hours" / "10小时", "2 days" / "2天", or a bare count. */
export function formatQuantity(
  value: number,
  unit: 'hours' | 'days' | 'count',
  language: string,
): string {
  if (unit === 'count') return formatNumber(value, language, 2);
  const key = `${language}:${unit}`;
  let formatter = unitFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: unit === 'hours' ? 'hour' : 'day',
      unitDisplay: 'long',
      maximumFractionDigits: 2,
    });
    unitFormatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** A score in percent (92.5 → "92.5%"). */
export function formatScore(score: number, language: string): string {
  return formatPercent(score / 100, language, 1);
}

/** The line's name: its kind in words, "Unknown line (kind)" for a kind this version lacks. */
export function lineName(kind: string, t: T): string {
  return isKnownPayLineKind(kind) ? t(`line.${kind}`) : t('line.unknown', { kind });
}

/** Money as text, or the raw number for an amount that is not whole fen (never hidden). */
function moneyOrRaw(amount: number, language: string): string {
  return Number.isSafeInteger(amount)
    ? formatMoney(amount as Fen, language)
    : formatNumber(amount, language, 6);
}

export function describeIssue(
  issue: ReconciliationIssue,
  lines: readonly PayStatementLine[],
  t: T,
  language: string,
): string {
  const nameOf = (lineId: string) => {
    const line = lines.find((candidate) => candidate.id === lineId);
    return line ? lineName(line.kind, t) : lineId;
  };
  switch (issue.code) {
    case 'statement/no-lines':
      return t('statementProblem.noLines');
    case 'statement/lines-do-not-sum-to-net':
      return t('statementProblem.linesDoNotSum', {
        sum: moneyOrRaw(issue.linesTotal, language),
        net: moneyOrRaw(issue.net, language),
      });
    case 'statement/positive-lines-do-not-sum-to-gross':
      return t('statementProblem.grossMismatch', {
        sum: moneyOrRaw(issue.positiveTotal, language),
        gross: moneyOrRaw(issue.gross, language),
      });
    case 'statement/unknown-line-kind':
      return t('statementProblem.unknownKind', { kind: issue.kind });
    case 'statement/amount-not-integer':
      return t('statementProblem.amountNotInteger', {
        line: nameOf(issue.lineId),
        amount: formatNumber(issue.amount, language, 6),
      });
    case 'pay/policy-version-differs':
      return t('statementProblem.policyVersionDiffers', {
        issued: issue.issued,
        inForce: issue.inForce,
      });
    case 'pay/no-policy-in-force':
      return t('statementProblem.noPolicy');
    case 'pay/no-band-for-score':
      return t('statementProblem.noBandForScore', { score: formatScore(issue.score, language) });
    case 'pay/unknown-penalty-rule':
      return t('statementProblem.unknownPenaltyRule', { rule: issue.ruleId });
    case 'pay/unknown-reward-rule':
      return t('statementProblem.unknownRewardRule', { rule: issue.ruleId });
    case 'pay/unknown-result-rate':
      return t('statementProblem.unknownResultRate', { rule: issue.rateId });
    case 'pay/no-hourly-rules':
      return t('statementProblem.noHourlyRules');
    case 'pay/invalid-work-pattern':
      return t('statementProblem.invalidWorkPattern');
    case 'pay/invalid-hourly-record':
      return t('statementProblem.invalidHourlyRecord', {
        day: issue.day,
        start: issue.start,
        end: issue.end,
      });
  }
}

export function describePolicyIssue(issue: PayPolicyIssue, t: T, language: string): string {
  switch (issue.code) {
    case 'policy/band-gap':
      return t('policyProblem.bandGap', {
        from: formatScore(issue.from, language),
        to: formatScore(issue.to, language),
      });
    case 'policy/duplicate-band-threshold':
      return t('policyProblem.duplicateBandThreshold', {
        score: formatScore(issue.minScorePercent, language),
      });
    case 'policy/duplicate-band-grade':
      return t('policyProblem.duplicateBandGrade', { grade: issue.grade });
    case 'policy/band-out-of-range':
      return t('policyProblem.bandOutOfRange', {
        grade: issue.grade,
        score: formatNumber(issue.minScorePercent, language, 2),
      });
    case 'policy/band-pays-less':
      return t('policyProblem.bandPaysLess', { grade: issue.grade, lowerGrade: issue.lowerGrade });
    case 'policy/invalid-divisor':
      return t('policyProblem.invalidDivisor', { value: String(issue.value) });
    case 'policy/negative-amount':
      return t('policyProblem.negativeAmount', { field: issue.field });
    case 'policy/amount-not-integer':
      return t('policyProblem.amountNotInteger', { field: issue.field });
    case 'policy/negative-percent':
      return t('policyProblem.negativePercent', { field: issue.field });
    case 'policy/invalid-pay-day':
      return t('policyProblem.invalidPayDay', { value: String(issue.value) });
    case 'policy/duplicate-rule-id':
      return t('policyProblem.duplicateRuleId', { rule: issue.ruleId });
    case 'policy/invalid-unpaid-window':
      return t('policyProblem.invalidUnpaidWindow', { start: issue.start, end: issue.end });
  }
}

export function describeCause(cause: DifferenceCause, t: T, language: string): string {
  switch (cause.code) {
    case 'quantity':
      return t('cause.quantity', {
        issued: formatQuantity(cause.issued, cause.unit, language),
        expected: formatQuantity(cause.expected, cause.unit, language),
      });
    case 'rate':
      return t('cause.rate');
    case 'score': {
      const score = (value: number | null) =>
        value === null ? t('cause.noScore') : formatScore(value, language);
      return t('cause.score', { issued: score(cause.issued), expected: score(cause.expected) });
    }
    case 'policy-version':
      return t('cause.policyVersion', { issued: cause.issued, inForce: cause.inForce });
    case 'not-in-records':
      return t('cause.notInRecords');
    case 'missing-from-statement':
      return t('cause.missingFromStatement');
  }
}

export function describeReason(reason: UnverifiableReason, isDeduction: boolean, t: T): string {
  switch (reason) {
    case 'no-rule':
      return isDeduction ? t('reason.noRuleDeduction') : t('reason.noRule');
    case 'unknown-rule':
      return t('reason.unknownRule');
    case 'unknown-kind':
      return t('reason.unknownKind');
    case 'no-records':
      return t('reason.noRecords');
    case 'no-policy':
      return t('reason.noPolicy');
    case 'invalid-amount':
      return t('reason.invalidAmount');
  }
}

/** The check's headline ("Differs by CN¥58.00") and, when flagged, the sentence explaining it. */
export function describeCheck(
  entry: ReconciliationEntry,
  t: T,
  language: string,
): { headline: string; explanation: string | null } {
  const check: LineCheck = entry.check;
  switch (check.status) {
    case 'matches':
      return { headline: t('check.matches'), explanation: null };
    case 'differs':
      return {
        headline: t('check.differs', {
          amount: entry.difference === null ? '?' : formatMoney(entry.difference, language),
        }),
        explanation: describeCause(check.cause, t, language),
      };
    case 'unverifiable': {
      const amount = entry.issued?.amount ?? entry.expected?.amount ?? 0;
      return {
        headline: t('check.unverifiable'),
        explanation: describeReason(check.reason, amount < 0, t),
      };
    }
  }
}
