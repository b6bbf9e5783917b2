/**
 * A stored readiness report as rows of text in the active language, for the CSV download: the
 * verdict, each checklist answer and each automatic check with its measured figure.
 */
import type { TFunction } from 'i18next';
import type { ReadinessReport } from '@/domain/equipment/readiness-report';
import type { ReadinessChecklistItem } from '@/domain/policy/project-policy';
import { checkFigure, checkName, checklistLabel } from './describe-check';

type T = TFunction<'readiness'>;

export function reportCsvRows(
  report: ReadinessReport,
  checklist: readonly ReadinessChecklistItem[],
  madeAt: string,
  t: T,
  language: string,
): string[][] {
  const header = [
    t('report.column.kind'),
    t('report.column.check'),
    t('report.column.result'),
    t('report.column.measured'),
  ];
  const verdict = [
    t('report.kind.verdict'),
    madeAt,
    report.isReady ? t('verdict.ready') : t('verdict.notReady'),
    '',
  ];
  const answers = report.checklist.map((answer) => [
    t('report.kind.checklist'),
    checklistLabel(checklist, answer.itemId, language),
    answer.isConfirmed ? t('report.confirmed') : t('report.notConfirmed'),
    answer.photo ? t('report.photo', { item: answer.photo.name }) : '',
  ]);
  const checks = report.checks.map((check) => [
    t('report.kind.check'),
    checkName(check.item, t),
    t(`checks.outcome.${check.outcome}`),
    checkFigure(check.item, check.measured, t, language) ?? '',
  ]);
  return [header, verdict, ...answers, ...checks];
}
