import type { TFunction } from 'i18next';
import type { GoalIssue } from '@/domain/kpi/kpi-goals';
import type { TallyIssue } from '@/domain/kpi/kpi-tally';

type KpisT = TFunction<'kpis'>;

/** A problem with the agent's tally, translated. */
export function tallyIssueText(issue: TallyIssue, t: KpisT): string {
  switch (issue.code) {
    case 'kpiTally/invalid-day':
      return t('tally.issue.invalidDay');
    case 'kpiTally/future-day':
      return t('tally.issue.futureDay');
    case 'kpiTally/no-counts':
      return t('tally.issue.noCounts');
    case 'kpiTally/not-whole':
      return t('tally.issue.notWhole', { count: t(`tally.count.${issue.count}`) });
    case 'kpiTally/part-over-whole':
      return t('tally.issue.partOverWhole', {
        count: t(`tally.count.${issue.count}`),
        whole: t(`tally.count.${issue.whole}`),
      });
    case 'kpiTally/note-too-long':
      return t('tally.issue.noteTooLong', { max: issue.max });
  }
}

/** A problem with a goal, translated. */
export function goalIssueText(issue: GoalIssue, t: KpisT): string {
  switch (issue.code) {
    case 'kpiGoal/invalid-target':
      return t('goals.issue.invalidTarget');
    case 'kpiGoal/over-100-percent':
      return t('goals.issue.over100');
    case 'kpiGoal/invalid-due-day':
      return t('goals.issue.invalidDueDay');
    case 'kpiGoal/due-day-past':
      return t('goals.issue.dueDayPast');
  }
}
